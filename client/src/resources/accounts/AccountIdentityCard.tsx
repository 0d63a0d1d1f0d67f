import { Alert, AlertTitle, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { RecordContextProvider, SelectField, TextField, useTranslate } from 'react-admin';
import { ACCOUNT_STATUSES } from '../../../../server/domain/enums.ts';
import { CodeLabelField } from '../../components/CodeLabelField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { enumChoices } from '../../enumChoices.ts';
import { AccountActions } from './AccountActions.tsx';
import { AccountLinkField } from './AccountLinkField.tsx';
import type { AccountOverview } from './accountTypes.ts';
import { MaskedField } from './MaskedField.tsx';

const statusChoices = enumChoices('account_status', ACCOUNT_STATUSES);

/** Who the customer is, whether the account is open, blocked or closed, and support's account actions. */
export const AccountIdentityCard = ({ overview, onDone }: { overview: AccountOverview; onDone: () => void }) => {
  const translate = useTranslate();
  const { account, masked } = overview;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.accounts.show.${key}`, args);
  return (
    <Card variant="outlined" data-testid="account-identity">
      <CardContent>
        {account.status === 'deactivated' && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="account-deactivated">
            <AlertTitle>{t('deactivated_title')}</AlertTitle>
            <RecordContextProvider value={account}>
              {t('deactivated_on')} <DateTimeField source="deactivatedAt" />
            </RecordContextProvider>
            {account.deactivationReason && (
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {t('deactivated_reason', { reason: account.deactivationReason })}
              </Typography>
            )}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1, rowGap: 1 }}>
          <Typography variant="h6" component="h2" sx={{ overflowWrap: 'anywhere' }} data-testid="account-email">
            {account.email ?? t('no_email')}
          </Typography>
          <Chip
            size="small"
            label={translate(`enums.account_status.${account.status}`)}
            color={account.status === 'active' ? 'success' : 'default'}
          />
          {account.dataBlocked && <Chip size="small" color="error" label={t('data_blocked')} data-testid="account-blocked-chip" />}
          {overview.smsOptOut && (
            // The customer texted STOP (or the provider refused their number): no SMS goes to it until START.
            <Chip
              size="small"
              color="warning"
              label={t('sms_opted_out', { phone: overview.smsOptOut.phone ?? '' })}
              title={`${translate(`enums.sms_opt_out_source.${overview.smsOptOut.source}`)} · ${new Date(overview.smsOptOut.optedOutAt).toLocaleString()}`}
              data-testid="account-sms-opted-out"
            />
          )}
          <Stack direction="row" sx={{ flexGrow: 1, justifyContent: 'flex-end' }}>
            <AccountActions account={account} onDone={onDone} />
          </Stack>
        </Stack>
        <RecordContextProvider value={account}>
          <Grid container spacing={1}>
            <Cell>
              <TextField source="id" />
            </Cell>
            <Cell>
              <MaskedField source="email" masked={masked.email} />
            </Cell>
            <Cell>
              <MaskedField source="name" masked={masked.name} />
            </Cell>
            <Cell>
              <MaskedField source="phone" masked={masked.phone} />
            </Cell>
            <Cell>
              <SelectField source="status" choices={statusChoices} />
            </Cell>
            <Cell>
              <CodeLabelField source="locale" labels="resources.accounts.languages" emptyText="—" />
            </Cell>
            <Cell>
              <TextField source="referralCode" emptyText="—" />
            </Cell>
            <Cell>
              <AccountLinkField source="referredByAccountId" />
            </Cell>
            <Cell>
              <TextField source="signupDeviceId" emptyText="—" />
            </Cell>
            <Cell>
              <DateTimeField source="createdAt" />
            </Cell>
          </Grid>
        </RecordContextProvider>
      </CardContent>
    </Card>
  );
};
