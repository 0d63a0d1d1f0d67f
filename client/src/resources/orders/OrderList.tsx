import { BooleanInput, DataTable, DateInput, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { MoneyField } from '../../components/MoneyField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { OrderArchivedBadge } from './OrderArchivedBadge.tsx';
import { channelChoices, orderStatusChoices, paymentMethodChoices } from './orderChoices.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

// Orders the law keeps 10 years (over 120 € incl. VAT) carry a retention date; any date finds them all.
const ARCHIVED_SINCE = '2000-01-01';

// `q`: payment reference (docs/PRODUCT.md §3).
const orderFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={orderStatusChoices} />,
  <SelectInput key="paymentMethod" source="paymentMethod" choices={paymentMethodChoices} />,
  <SelectInput key="channel" source="channel" choices={channelChoices} />,
  <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />,
  <DateInput key="orderedAt_gte" source="orderedAt_gte" />,
  <DateInput key="orderedAt_lte" source="orderedAt_lte" />,
  <BooleanInput
    key="retainUntil_gte"
    source="retainUntil_gte"
    label="resources.refunds.archived.filter"
    parse={(checked: boolean) => (checked ? ARCHIVED_SINCE : null)}
    format={(value: unknown) => Boolean(value)}
  />,
];

export const OrderList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={orderFilters} sort={{ field: 'orderedAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="orderedAt" field={DateTimeField} />
      <DataTable.Col source="accountId" disableSort>
        <RefField source="accountId" reference="accounts" />
      </DataTable.Col>
      <DataTable.Col source="planId" disableSort>
        <RefField source="planId" reference="plans" />
      </DataTable.Col>
      <DataTable.Col source="amountCents" field={MoneyField} />
      <DataTable.Col source="paymentMethod">
        <SelectField source="paymentMethod" choices={paymentMethodChoices} />
      </DataTable.Col>
      <DataTable.Col source="channel" disableSort>
        <SelectField source="channel" choices={channelChoices} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={orderStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="retainUntil" label="resources.refunds.archived.column" field={OrderArchivedBadge} />
    </DataTable>
  </List>
);
