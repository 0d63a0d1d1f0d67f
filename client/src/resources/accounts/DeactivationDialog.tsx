import { Alert, List, ListItem, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { FormDataConsumer, RadioButtonGroupInput, TextInput, useDataProvider, useNotify, useTranslate, type Identifier } from 'react-admin';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import type { KoletDataProvider } from '../../dataProvider.ts';
import { validateReason } from './reasonValidators.ts';

interface Preview {
  openRefunds: { id: number; orderId: number; status: string; amountCents: number | null; closable: boolean }[];
  pendingTransfers: { id: number; recipientEmail: string; amountMb: number }[];
  livePlans: { id: number; name: string; status: string; dataRemainingMb: number; dataBlocked: boolean }[];
}
interface Values extends Record<string, unknown> {
  reason: string;
  openRefunds: 'continue' | 'close' | '';
  refundCloseReason: string;
}

/**
 * Deactivation that finishes what it touches (GCU §5.3, docs/ACCOUNTS.md): the agent sees the open
 * refunds (and says whether they continue or are closed), the pending transfers that will return,
 * the plans that will end; then confirms. From the 360 (`accounts/<id>/deactivate`) or from a
 * deletion request (`deletion-requests/<id>/process`, whose reason is the request).
 */
export const DeactivationDialog = ({
  accountId,
  via,
  onDone,
  onClose,
}: {
  accountId: Identifier;
  via: { resource: 'accounts' | 'deletion-requests'; id: Identifier; action: string };
  onDone: () => void;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KoletDataProvider>();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.accounts.deactivate.${key}`, args);
  const preview = useQuery({
    queryKey: ['accounts', 'deactivation-preview', String(accountId)],
    queryFn: async () => (await dataProvider.get<Preview>(`accounts/${accountId}/deactivation-preview`)).data,
  });
  const run = useIdempotentAction(via.resource, via.id, via.action);
  const fromRequest = via.resource === 'deletion-requests';
  const closable = preview.data?.openRefunds.filter((r) => r.closable) ?? [];

  const confirm = async (v: Values) => {
    const body: Record<string, unknown> = {};
    if (!fromRequest || v.reason.trim()) body.reason = v.reason.trim() || undefined;
    if (closable.length) body.openRefunds = v.openRefunds;
    if (v.openRefunds === 'close') body.refundCloseReason = v.refundCloseReason.trim();
    const outcome = await run.run(body);
    if (!outcome.ok) return;
    notify('resources.accounts.deactivate.success', { type: 'success' });
    onDone();
    onClose();
  };

  const facts = preview.data && (
    <Stack spacing={1} sx={{ mb: 2 }} data-testid="deactivation-preview">
      <Typography variant="body2">
        <strong>{t('erased_title')}</strong> {t('erased')}
      </Typography>
      <Typography variant="body2">
        <strong>{t('kept_title')}</strong> {t('kept')}
      </Typography>
      <Typography variant="body2" data-testid="deactivation-plans">
        <strong>{t('plans_title')}</strong>{' '}
        {preview.data.livePlans.length
          ? t('plans', {
              smart_count: preview.data.livePlans.length,
              mb: preview.data.livePlans.reduce((n, p) => n + p.dataRemainingMb, 0),
            })
          : t('no_plans')}
      </Typography>
      {preview.data.pendingTransfers.length > 0 && (
        <Typography variant="body2" data-testid="deactivation-transfers">
          <strong>{t('transfers_title')}</strong> {t('transfers', { smart_count: preview.data.pendingTransfers.length })}
        </Typography>
      )}
      {preview.data.openRefunds.length > 0 && (
        <Alert severity="warning" data-testid="deactivation-refunds">
          <strong>{t('refunds_title', { smart_count: preview.data.openRefunds.length })}</strong>
          <List dense disablePadding>
            {preview.data.openRefunds.map((r) => (
              <ListItem key={r.id} disableGutters>
                <Link to={`/refunds/${r.id}/show`}>
                  {t('refund_line', { id: r.id, orderId: r.orderId, status: translate(`enums.refund_status.${r.status}`) })}
                </Link>
                {!r.closable && <>&nbsp;— {t('refund_continues')}</>}
              </ListItem>
            ))}
          </List>
        </Alert>
      )}
      <Typography variant="body2" color="error.main">
        {t('irreversible')}
      </Typography>
    </Stack>
  );

  return (
    <ActionDialog<Values>
      name="account-deactivate"
      title={t('title', { id: accountId })}
      initialValues={{ reason: '', openRefunds: '', refundCloseReason: '' }}
      reviewDisabled={!preview.data}
      fields={
        <>
          {facts}
          {closable.length > 0 && (
            <>
              <RadioButtonGroupInput
                source="openRefunds"
                label="resources.accounts.deactivate.refunds_choice"
                validate={(v: string) => (v ? undefined : 'ra.validation.required')}
                choices={[
                  { id: 'continue', name: 'resources.accounts.deactivate.refunds_continue' },
                  { id: 'close', name: 'resources.accounts.deactivate.refunds_close' },
                ]}
              />
              <FormDataConsumer<Values>>
                {({ formData }) =>
                  formData.openRefunds === 'close' && (
                    <TextInput
                      source="refundCloseReason"
                      label="resources.accounts.deactivate.refund_close_reason"
                      validate={validateReason}
                      fullWidth
                    />
                  )
                }
              </FormDataConsumer>
            </>
          )}
          <TextInput
            source="reason"
            label={fromRequest ? 'resources.accounts.deactivate.note_optional' : 'resources.accounts.actions.reason'}
            validate={fromRequest ? undefined : validateReason}
            multiline
            minRows={2}
            fullWidth
            helperText="resources.accounts.actions.reason_hint"
          />
        </>
      }
      question={(v) => (
        <Alert severity="warning" data-testid="account-deactivate-question">
          {t('question', { id: accountId })}
          {v.openRefunds === 'close' && <> {t('question_refunds_close', { smart_count: closable.length })}</>}
          {v.openRefunds === 'continue' && <> {t('question_refunds_continue', { smart_count: closable.length })}</>}
        </Alert>
      )}
      reviewLabel={translate('resources.accounts.actions.review')}
      confirmLabel={t('confirm')}
      runningLabel={translate('resources.accounts.actions.running')}
      confirmColor="error"
      isPending={run.isPending}
      failure={
        run.failure && <ActionFailureAlert failure={run.failure} codes="resources.accounts.errors" fields="resources.accounts.actions" />
      }
      onConfirm={(v) => void confirm(v)}
      onBack={run.clearFailure}
      onClose={onClose}
    />
  );
};
