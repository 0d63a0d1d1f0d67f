import { Datagrid, DateInput, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { channelChoices, orderStatusChoices, paymentMethodChoices } from './orderChoices.ts';

// `q`: payment reference (SPEC §3).
const orderFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={orderStatusChoices} />,
  <SelectInput key="paymentMethod" source="paymentMethod" choices={paymentMethodChoices} />,
  <SelectInput key="channel" source="channel" choices={channelChoices} />,
  <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />,
  <DateInput key="orderedAt_gte" source="orderedAt_gte" />,
  <DateInput key="orderedAt_lte" source="orderedAt_lte" />,
];

export const OrderList = () => (
  <List filters={orderFilters} sort={{ field: 'orderedAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="orderedAt" />
      <RefField source="accountId" reference="accounts" sortable={false} />
      <RefField source="planId" reference="plans" sortable={false} />
      <MoneyField source="amountCents" />
      <SelectField source="paymentMethod" choices={paymentMethodChoices} />
      <SelectField source="channel" choices={channelChoices} sortable={false} />
      <SelectField source="status" choices={orderStatusChoices} />
    </Datagrid>
  </List>
);
