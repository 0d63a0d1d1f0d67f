import { Datagrid, DateInput, List, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { eligibilityChoices, refundSourceChoices, refundStatusChoices } from './refundChoices.ts';

const refundFilters = [
  <SelectInput key="status" source="status" choices={refundStatusChoices} alwaysOn />,
  <SelectInput key="eligibility" source="eligibility" choices={eligibilityChoices} />,
  <SelectInput key="source" source="source" choices={refundSourceChoices} />,
  <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />,
  <DateInput key="decisionDueAt_lte" source="decisionDueAt_lte" />,
];

export const RefundList = () => (
  <List filters={refundFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="requestedAt" />
      <RefField source="orderId" reference="orders" sortable={false} />
      <RefField source="accountId" reference="accounts" sortable={false} />
      <SelectField source="eligibility" choices={eligibilityChoices} />
      <MoneyField source="proposedAmountCents" />
      <MoneyField source="amountCents" />
      <SelectField source="status" choices={refundStatusChoices} />
      <DateTimeField source="decisionDueAt" />
    </Datagrid>
  </List>
);
