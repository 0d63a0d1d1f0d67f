import { Alert, Box, Button, Grid, LinearProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, RecordContextProvider, SelectField, TextField, Title, useParams, useTranslate } from 'react-admin';
import { CodeLabelField } from '../../components/CodeLabelField.tsx';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { errorStatus } from '../../httpClient.ts';
import { AbuseFlagsField } from '../referrals/AbuseFlagsField.tsx';
import { deliveryStatusChoices } from '../messages/messageChoices.ts';
import { AccountIdentityCard } from './AccountIdentityCard.tsx';
import { AccountPlansSection } from './AccountPlansSection.tsx';
import { AccountReferralsSection } from './AccountReferralsSection.tsx';
import type { AccountOverview } from './accountTypes.ts';
import { AccountUsageSection } from './AccountUsageSection.tsx';
import { AccountTimeline } from './AccountTimeline.tsx';
import { AuditSentenceField } from '../audit-log/AuditFields.tsx';
import {
  auditOutcomeChoices,
  decisionChoices,
  eligibilityChoices,
  esimStatusChoices,
  messageChannelChoices,
  messageStatusChoices,
  noticeStatusChoices,
  orderStatusChoices,
  paymentMethodChoices,
  redemptionStatusChoices,
  refundStatusChoices,
  reportReasonChoices,
  reportStatusChoices,
  reviewStatusChoices,
  transferStatusChoices,
} from './overviewChoices.ts';
import { OverviewSection } from './OverviewSection.tsx';
import { useAccountOverview, useRefetchOverview } from './useAccountOverview.ts';
import { useRoles } from './useRoles.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { AnswerFromOverviewButton } from '../conversations/AnswerFromOverviewButton.tsx';

const excerpt = (text: unknown, max = 80) => {
  const s = typeof text === 'string' ? text : '';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

/** The lists of the 360 the staff member's roles read, two by two on a wide screen. */
function useSections(o: AccountOverview): ReactNode[] {
  const { reads } = useRoles();
  const translate = useTranslate();
  const id = o.account.id;
  const t = o.totals;
  const sections: ReactNode[] = [];
  if (reads('esims'))
    sections.push(
      <OverviewSection key="esims" name="esims" resource="esims" data={o.esims} total={t.esims} filter={{ accountId: id }}>
        <DataTable.Col source="iccid" field={CopyField} />
        <DataTable.Col source="device">
          <TextField source="device" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={esimStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="installedAt">
          <DateTimeField source="installedAt" emptyText="—" />
        </DataTable.Col>
      </OverviewSection>,
    );
  if (reads('orders'))
    sections.push(
      <OverviewSection key="orders" name="orders" resource="orders" data={o.orders} total={t.orders} filter={{ accountId: id }}>
        <DataTable.Col source="id" />
        <DataTable.Col source="orderedAt" field={DateTimeField} />
        <DataTable.Col source="amountCents" field={MoneyField} />
        <DataTable.Col source="paymentMethod">
          <SelectField source="paymentMethod" choices={paymentMethodChoices} />
        </DataTable.Col>
        <DataTable.Col source="paymentReference" field={CopyField} />
        <DataTable.Col source="status">
          <SelectField source="status" choices={orderStatusChoices} />
        </DataTable.Col>
      </OverviewSection>,
    );
  if (reads('refunds'))
    sections.push(
      <OverviewSection key="refunds" name="refunds" resource="refunds" data={o.refunds} total={t.refunds} filter={{ accountId: id }}>
        <DataTable.Col source="id" />
        <DataTable.Col source="requestedAt" field={DateTimeField} />
        <DataTable.Col source="orderId" />
        <DataTable.Col source="eligibility">
          <SelectField source="eligibility" choices={eligibilityChoices} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={refundStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="amountCents">
          <MoneyField source="amountCents" emptyText="—" />
        </DataTable.Col>
      </OverviewSection>,
    );
  if (reads('transfers'))
    sections.push(
      <OverviewSection
        key="transfersSent"
        name="transfersSent"
        resource="transfers"
        data={o.transfersSent}
        total={t.transfersSent}
        filter={{ senderAccountId: id }}
      >
        <DataTable.Col source="id" />
        <DataTable.Col source="createdAt" field={DateTimeField} />
        <DataTable.Col source="recipientEmail">
          <TextField source="recipientEmail" sx={{ overflowWrap: 'anywhere' }} />
        </DataTable.Col>
        <DataTable.Col source="amountMb" field={DataField} />
        <DataTable.Col source="status">
          <SelectField source="status" choices={transferStatusChoices} />
        </DataTable.Col>
      </OverviewSection>,
      <OverviewSection
        key="transfersReceived"
        name="transfersReceived"
        resource="transfers"
        data={o.transfersReceived}
        total={t.transfersReceived}
        filter={{ recipientAccountId: id }}
      >
        <DataTable.Col source="id" />
        <DataTable.Col source="createdAt" field={DateTimeField} />
        <DataTable.Col source="senderAccountId" disableSort>
          <RefField source="senderAccountId" reference="accounts">
            <TextField source="email" />
          </RefField>
        </DataTable.Col>
        <DataTable.Col source="amountMb" field={DataField} />
        <DataTable.Col source="status">
          <SelectField source="status" choices={transferStatusChoices} />
        </DataTable.Col>
      </OverviewSection>,
    );
  if (reads('messages'))
    sections.push(
      <OverviewSection key="messages" name="messages" resource="messages" data={o.messages} total={t.messages} filter={{ accountId: id }}>
        <DataTable.Col source="createdAt" field={DateTimeField} />
        <DataTable.Col source="template">
          <CodeLabelField source="template" labels="resources.messages.templates" />
        </DataTable.Col>
        <DataTable.Col source="subject">
          <TextField source="subject" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="channel">
          <SelectField source="channel" choices={messageChannelChoices} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={messageStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="deliveryStatus">
          <SelectField source="deliveryStatus" choices={deliveryStatusChoices} emptyText="—" />
        </DataTable.Col>
      </OverviewSection>,
    );
  // Everyone who reads the account sees who on the staff did what to it; the audit log itself is the administrator's.
  sections.push(
    <OverviewSection
      key="audit"
      name="audit"
      resource="audit-log"
      data={o.audit}
      total={t.audit}
      filter={{ entity: 'accounts', entityId: String(id) }}
    >
      <DataTable.Col source="at" field={DateTimeField} />
      <DataTable.Col source="action" field={AuditSentenceField} />
      <DataTable.Col source="outcome">
        <SelectField source="outcome" choices={auditOutcomeChoices} />
      </DataTable.Col>
    </OverviewSection>,
  );
  if (reads('referrals')) sections.push(<AccountReferralsSection key="referrals" overview={o} />);
  if (reads('promo-redemptions'))
    sections.push(
      <OverviewSection
        key="promoRedemptions"
        name="promoRedemptions"
        resource="promo-redemptions"
        data={o.promoRedemptions}
        total={t.promoRedemptions}
        filter={{ accountId: id }}
      >
        <DataTable.Col source="id" />
        <DataTable.Col source="redeemedAt" field={DateTimeField} />
        <DataTable.Col source="promoCodeId" disableSort>
          <RefField source="promoCodeId" reference="promo-codes">
            <TextField source="code" />
          </RefField>
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={redemptionStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="abuseFlags" disableSort field={AbuseFlagsField} />
      </OverviewSection>,
    );
  if (reads('reviews'))
    sections.push(
      <OverviewSection key="reviews" name="reviews" resource="reviews" data={o.reviews} total={t.reviews} filter={{ accountId: id }}>
        <DataTable.Col source="id" />
        <DataTable.Col source="publishedAt">
          <DateTimeField source="publishedAt" emptyText="—" />
        </DataTable.Col>
        <DataTable.NumberCol source="rating" />
        <DataTable.Col source="comment" render={(r: { comment?: unknown }) => excerpt(r.comment)} />
        <DataTable.Col source="status">
          <SelectField source="status" choices={reviewStatusChoices} />
        </DataTable.Col>
      </OverviewSection>,
    );
  if (reads('review-reports'))
    sections.push(
      <OverviewSection
        key="reportsMade"
        name="reportsMade"
        resource="review-reports"
        data={o.reportsMade}
        total={t.reportsMade}
        filter={{ reporterAccountId: id }}
      >
        <DataTable.Col source="id" />
        <DataTable.Col source="createdAt" field={DateTimeField} />
        <DataTable.Col source="reviewId" />
        <DataTable.Col source="reason">
          <SelectField source="reason" choices={reportReasonChoices} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={reportStatusChoices} />
        </DataTable.Col>
      </OverviewSection>,
    );
  if (reads('dsa-notices'))
    sections.push(
      <OverviewSection
        key="dsaNotices"
        name="dsaNotices"
        resource="dsa-notices"
        data={o.dsaNotices}
        total={t.dsaNotices}
        filter={{ authorAccountId: id }}
      >
        <DataTable.Col source="reference" />
        <DataTable.Col source="receivedAt" field={DateTimeField} />
        <DataTable.Col source="status">
          <SelectField source="status" choices={noticeStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="decision">
          <SelectField source="decision" choices={decisionChoices} emptyText="—" />
        </DataTable.Col>
      </OverviewSection>,
    );
  if (reads('blocks'))
    sections.push(
      <OverviewSection key="blocks" name="blocks" resource="blocks" data={o.blocks} total={t.blocks} filter={{ accountId: id }}>
        <DataTable.Col source="createdAt" field={DateTimeField} />
        <DataTable.Col source="accountPlanId" disableSort>
          <RefField source="accountPlanId" reference="account-plans" emptyText="resources.blocks.whole_account" />
        </DataTable.Col>
        <DataTable.Col source="reason" render={(r: { reason?: unknown }) => excerpt(r.reason)} />
        <DataTable.Col source="liftedAt">
          <DateTimeField source="liftedAt" emptyText="—" />
        </DataTable.Col>
      </OverviewSection>,
    );
  if (reads('goodwill-credits'))
    sections.push(
      <OverviewSection
        key="goodwillCredits"
        name="goodwillCredits"
        resource="goodwill-credits"
        data={o.goodwillCredits ?? []}
        total={t.goodwillCredits ?? 0}
        filter={{ accountId: id }}
      >
        <DataTable.Col source="createdAt" field={DateTimeField} />
        <DataTable.Col source="accountPlanId" disableSort>
          <RefField source="accountPlanId" reference="account-plans" />
        </DataTable.Col>
        <DataTable.Col source="mb" render={(r: { mb?: number }) => translate('resources.goodwill-credits.gifted_mb', { mb: r.mb ?? 0 })} />
        <DataTable.Col source="reasonCode" render={(r: { reasonCode?: string }) => translate(`enums.goodwill_reason.${r.reasonCode}`)} />
        <DataTable.Col source="transferId" disableSort>
          <RefField source="transferId" reference="transfers" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="status" render={(r: { status?: string }) => translate(`enums.goodwill_status.${r.status}`)} />
      </OverviewSection>,
    );
  if (reads('conversations'))
    sections.push(
      <OverviewSection
        key="conversations"
        name="conversations"
        resource="conversations"
        data={o.conversations ?? []}
        total={t.conversations ?? 0}
        filter={{ accountId: id }}
      >
        <DataTable.Col source="lastMessageAt" field={DateTimeField} />
        <DataTable.Col source="subject" render={(r: { subject?: unknown }) => excerpt(r.subject)} />
        <DataTable.Col source="status" render={(r: { status?: string }) => translate(`enums.conversation_status.${r.status}`)} />
        <DataTable.Col source="messageCount" />
        <DataTable.Col>
          <AnswerFromOverviewButton />
        </DataTable.Col>
      </OverviewSection>,
    );
  if (reads('customer-complaints'))
    sections.push(
      <OverviewSection
        key="complaints"
        name="complaints"
        resource="customer-complaints"
        data={o.complaints ?? []}
        total={t.complaints ?? 0}
        filter={{ accountId: id }}
      >
        <DataTable.Col source="receivedAt" field={DateTimeField} />
        <DataTable.Col source="subject" disableSort />
        <DataTable.Col source="channel" render={(r: { channel?: string }) => translate(`enums.complaint_channel.${r.channel}`)} />
        <DataTable.Col source="status" render={(r: { status?: string }) => translate(`enums.complaint_status.${r.status}`)} />
      </OverviewSection>,
    );
  return sections;
}

const Sections = ({ overview }: { overview: AccountOverview }) => (
  <>
    {useSections(overview).map((section, i) => (
      <Grid key={i} size={{ xs: 12, xl: 6 }} sx={{ minWidth: 0 }}>
        {section}
      </Grid>
    ))}
  </>
);

/**
 * The customer 360: everything support needs when a customer writes in, from one call
 * (GET /api/accounts/:id/overview); every action reloads it.
 */
export const AccountShow = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data: overview, isPending, error, refetch, isFetching } = useAccountOverview(id);
  const reload = useRefetchOverview(id);
  const { reads } = useRoles();

  if (isPending)
    return (
      <Box sx={{ mt: 2 }}>
        <LinearProgress aria-label={translate('resources.accounts.show.loading')} />
      </Box>
    );
  if (error || !overview) {
    const notFound = errorStatus(error) === 404;
    return (
      <Alert
        severity="error"
        sx={{ mt: 2 }}
        action={
          notFound ? undefined : (
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              {translate('actions.retry')}
            </Button>
          )
        }
      >
        {translate(notFound ? 'resources.accounts.show.not_found' : 'resources.accounts.show.load_error', { id })}
      </Alert>
    );
  }
  const onDone = () => void reload();
  return (
    <RecordContextProvider value={overview.account}>
      <Box sx={{ mt: 2, mb: 3, position: 'relative' }} data-testid="account-360">
        <Title title={translate('resources.accounts.show.title', { email: overview.account.email ?? `#${overview.account.id}` })} />
        {isFetching && (
          <LinearProgress sx={{ position: 'absolute', top: -6, left: 0, right: 0, height: 2 }} data-testid="overview-refreshing" />
        )}
        <Grid container spacing={2}>
          <Grid size={12}>
            <AccountIdentityCard overview={overview} onDone={onDone} />
          </Grid>
          {reads('account-plans') && (
            <Grid size={{ xs: 12, xl: 7 }} sx={{ minWidth: 0 }}>
              <AccountPlansSection overview={overview} onDone={onDone} />
            </Grid>
          )}
          {reads('usage-records') && (
            <Grid size={{ xs: 12, xl: 5 }} sx={{ minWidth: 0 }}>
              <AccountUsageSection overview={overview} />
            </Grid>
          )}
          <Grid size={12} sx={{ minWidth: 0 }}>
            <AccountTimeline accountId={overview.account.id} />
          </Grid>
          <Sections overview={overview} />
        </Grid>
      </Box>
    </RecordContextProvider>
  );
};
