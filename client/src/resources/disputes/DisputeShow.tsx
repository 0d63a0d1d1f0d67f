import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  Labeled,
  maxLength,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import type { KoletDataProvider } from '../../dataProvider.ts';
import { DisputeStatusField } from './DisputeStatusField.tsx';

interface Dispute {
  id: number;
  status: 'open' | 'won' | 'lost';
  source: 'provider' | 'manual';
  orderId: number;
}

/**
 * The bank's decision on a dispute recorded by hand (Stripe's arrives by webhook): won or lost, with an optional
 * note, in a two-step dialog that says what it will do to the order and its plan.
 */
const CloseDisputeDialog = ({ dispute, outcome, onClose }: { dispute: Dispute; outcome: 'won' | 'lost'; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.disputes.close.${key}`, args);
  const action = useIdempotentAction<Dispute>('disputes', dispute.id, 'close');
  const confirm = async (values: CloseValues) => {
    const note = values.note?.trim();
    const done = await action.run({ outcome, ...(note ? { note } : {}) });
    if (!done.ok) return;
    notify('resources.disputes.closed', { type: 'info', messageArgs: { outcome: translate(`enums.dispute_status.${outcome}`) } });
    onClose();
    refresh();
  };
  return (
    <ActionDialog<CloseValues>
      name="close-dispute"
      title={t(`title_${outcome}`, { id: dispute.id })}
      initialValues={{ note: null }}
      fields={
        <TextInput
          source="note"
          label="resources.disputes.fields.outcomeNote"
          multiline
          minRows={2}
          fullWidth
          validate={[maxLength(2000)]}
          helperText={t('note_hint')}
        />
      }
      question={() => (
        <Alert severity={outcome === 'won' ? 'info' : 'warning'} data-testid="close-dispute-question">
          {t(`question_${outcome}`, { id: dispute.id, order: dispute.orderId })}
        </Alert>
      )}
      reviewLabel={translate('resources.refunds.dialog.review')}
      confirmLabel={translate(`resources.disputes.actions.${outcome}`)}
      runningLabel={t('running')}
      confirmColor={outcome === 'won' ? 'success' : 'error'}
      isPending={action.isPending}
      failure={
        action.failure && (
          <ActionFailureAlert failure={action.failure} codes="resources.disputes.errors" fields="resources.disputes.fields" />
        )
      }
      onBack={action.clearFailure}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};

interface CloseValues extends Record<string, unknown> {
  note: string | null;
}

/** Won / lost, for a dispute recorded by hand (Stripe's outcome arrives by webhook). */
const CloseButtons = () => {
  const record = useRecordContext<Dispute>();
  const translate = useTranslate();
  const [open, setOpen] = useState<'won' | 'lost' | null>(null);
  if (!record || record.status !== 'open' || record.source !== 'manual') return null;
  return (
    <TopToolbar>
      <Button onClick={() => setOpen('won')} data-testid="dispute-won">
        {translate('resources.disputes.actions.won')}
      </Button>
      <Button color="error" onClick={() => setOpen('lost')} data-testid="dispute-lost">
        {translate('resources.disputes.actions.lost')}
      </Button>
      {open && <CloseDisputeDialog dispute={record} outcome={open} onClose={() => setOpen(null)} />}
    </TopToolbar>
  );
};

/** The 360 facts to attach as evidence: installs, usage, transfers, messages (GET /api/disputes/:id/evidence). */
const Evidence = () => {
  const record = useRecordContext<Dispute>();
  const dataProvider = useDataProvider<KoletDataProvider>();
  const translate = useTranslate();
  const [facts, setFacts] = useState<Record<string, unknown> | null>(null);
  useEffect(() => {
    if (!record) return;
    void dataProvider
      .get<Record<string, unknown>>(`disputes/${record.id}/evidence`)
      .then(({ data }) => setFacts(data))
      .catch(() => setFacts(null));
  }, [record, dataProvider]);
  if (!facts) return null;
  const installs = facts.installs as { installedAt: string | null; activatedAt: string | null } | null;
  const usage = facts.usage as { totalMb: number; records: unknown[] };
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="dispute-evidence">
      <CardContent>
        <Typography variant="h6">{translate('resources.disputes.evidence.title')}</Typography>
        <Typography variant="body2">
          {translate('resources.disputes.evidence.installs', {
            installed: installs?.installedAt ?? '—',
            activated: installs?.activatedAt ?? '—',
          })}
        </Typography>
        <Typography variant="body2">
          {translate('resources.disputes.evidence.usage', { mb: usage.totalMb, n: usage.records.length })}
        </Typography>
        <Typography variant="body2">
          {translate('resources.disputes.evidence.transfers', { n: (facts.transfers as unknown[]).length })}
        </Typography>
        <Typography variant="body2">
          {translate('resources.disputes.evidence.messages', { n: (facts.messages as unknown[]).length })}
        </Typography>
        <Box component="pre" sx={{ fontSize: 11, maxHeight: 240, overflow: 'auto', bgcolor: 'action.hover', p: 1 }}>
          {JSON.stringify(facts, null, 2)}
        </Box>
      </CardContent>
    </Card>
  );
};

const Outcome = () => {
  const record = useRecordContext<Dispute>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Alert severity={record.status === 'open' ? 'warning' : record.status === 'won' ? 'success' : 'error'} sx={{ mb: 2 }}>
      {translate(`resources.disputes.outcome.${record.status}`)}
    </Alert>
  );
};

export const DisputeShow = () => (
  <Show actions={<CloseButtons />}>
    <SimpleShowLayout>
      <Outcome />
      <NumberField source="id" />
      <RefField source="orderId" reference="orders" />
      <RefField source="accountId" reference="accounts" />
      <Labeled source="status">
        <DisputeStatusField source="status" />
      </Labeled>
      <TextField source="source" />
      <TextField source="providerDisputeId" emptyText="—" />
      <TextField source="reason" />
      <MoneyField source="amountCents" />
      <DateTimeField source="openedAt" />
      <DateTimeField source="evidenceDueBy" />
      <DateTimeField source="closedAt" />
      <NumberField source="writtenOffMb" />
      <TextField source="outcomeNote" emptyText="—" />
      <Evidence />
    </SimpleShowLayout>
  </Show>
);
