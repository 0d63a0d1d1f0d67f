import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';

export const UsageRecordShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <RefField source="accountPlanId" reference="account-plans" />
      <DataField source="mb" />
      <RefField source="countryCode" reference="countries" />
      <DateTimeField source="occurredAt" />
      <DateTimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
