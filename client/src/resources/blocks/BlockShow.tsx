import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';

export const BlockShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <RefField source="accountId" reference="accounts" />
      <RefField source="accountPlanId" reference="account-plans" emptyText="resources.blocks.whole_account" />
      <TextField source="reason" />
      <RefField source="createdByStaffId" reference="staff" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="liftedAt" />
      <RefField source="liftedByStaffId" reference="staff" />
      <TextField source="liftReason" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
