import { EmailField, NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { transferStatusChoices } from './transferChoices.ts';

export const TransferShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <DateTimeField source="createdAt" />
      <SelectField source="status" choices={transferStatusChoices} />
      <RefField source="senderAccountId" reference="accounts" />
      <RefField source="sourceAccountPlanId" reference="account-plans" />
      <EmailField source="recipientEmail" />
      <RefField source="recipientAccountId" reference="accounts" />
      <RefField source="recipientAccountPlanId" reference="account-plans" />
      <NumberField source="amountGb" />
      <DataField source="amountMb" />
      <DateTimeField source="deliveredAt" />
      <DateTimeField source="fixedAt" />
      <RefField source="fixedByStaffId" reference="staff" />
      <TextField source="fixReason" />
      <EmailField source="redirectedToEmail" />
      <RefField source="redirectedToAccountId" reference="accounts" />
      <DataField source="recoveredMb" />
      <DataField source="unrecoverableMb" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
