import { Datagrid, EmailField, List, NumberField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { transferStatusChoices } from './transferChoices.ts';

// `q`: recipient e-mail, as typed by the sender (a typo is what support comes to fix).
const transferFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={transferStatusChoices} alwaysOn />,
  <ReferenceFilterInput key="senderAccountId" source="senderAccountId" reference="accounts" />,
  <ReferenceFilterInput key="recipientAccountId" source="recipientAccountId" reference="accounts" />,
];

export const TransferList = () => (
  <List filters={transferFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="createdAt" />
      <RefField source="senderAccountId" reference="accounts" sortable={false} />
      <EmailField source="recipientEmail" />
      <RefField source="recipientAccountId" reference="accounts" sortable={false} />
      <NumberField source="amountGb" />
      <SelectField source="status" choices={transferStatusChoices} />
    </Datagrid>
  </List>
);
