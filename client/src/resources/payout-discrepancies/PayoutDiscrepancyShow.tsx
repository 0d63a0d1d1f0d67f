import { Alert } from '@mui/material';
import { Labeled, NumberField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { JsonField } from '../../components/JsonField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { StaffNameText } from '../../components/StaffName.tsx';
import { ExplainButton, type PayoutDiscrepancy } from './ExplainDiscrepancy.tsx';

const Actions = () => (
  <TopToolbar>
    <ExplainButton record={useRecordContext<PayoutDiscrepancy>()} />
  </TopToolbar>
);

const What = () => {
  const record = useRecordContext<PayoutDiscrepancy>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Alert severity={record.explainedAt ? 'success' : 'warning'} sx={{ mb: 2 }}>
      {translate(`resources.payout-discrepancies.explain.what_${record.kind}`, {
        _: record.kind,
        reference: record.providerReference,
        provider: record.provider,
      })}
    </Alert>
  );
};

const ExplainedBy = () => {
  const record = useRecordContext<PayoutDiscrepancy & { explainedByStaffId: number | null }>();
  return (
    <Labeled source="explainedByStaffId">
      <StaffNameText id={record?.explainedByStaffId} />
    </Labeled>
  );
};

export const PayoutDiscrepancyShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <What />
      <NumberField source="id" />
      <TextField source="provider" />
      <TextField source="providerReference" />
      <RefField source="refundId" reference="refunds" emptyText="—" />
      <NumberField source="refundPayoutId" emptyText="—" />
      <JsonField source="detail" />
      <DateTimeField source="foundAt" />
      <DateTimeField source="explainedAt" emptyText="—" />
      <TextField source="explanation" emptyText="—" />
      <ExplainedBy />
    </SimpleShowLayout>
  </Show>
);
