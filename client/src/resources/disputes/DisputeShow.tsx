import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  Labeled,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
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

/** Won / lost, for a dispute recorded by hand (Stripe's outcome arrives by webhook). */
const CloseButtons = () => {
  const record = useRecordContext<Dispute>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const action = useIdempotentAction<Dispute>('disputes', record?.id ?? 0, 'close');
  if (!record || record.status !== 'open' || record.source !== 'manual') return null;
  const close = async (outcome: 'won' | 'lost') => {
    const done = await action.run({ outcome });
    if (done.ok) {
      notify('resources.disputes.closed', { type: 'info', messageArgs: { outcome: translate(`enums.dispute_status.${outcome}`) } });
      refresh();
    } else notify(done.failure.serverMessage ?? done.failure.message, { type: 'error' });
  };
  return (
    <TopToolbar>
      <Button onClick={() => close('won')} disabled={action.isPending}>
        {translate('resources.disputes.actions.won')}
      </Button>
      <Button color="error" onClick={() => close('lost')} disabled={action.isPending}>
        {translate('resources.disputes.actions.lost')}
      </Button>
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
