import { Datagrid, DateInput, List, NumberInput, TextField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const usageFilters = [
  <NumberInput key="accountPlanId" source="accountPlanId" alwaysOn />,
  <DateInput key="occurredAt_gte" source="occurredAt_gte" />,
];

export const UsageRecordList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={usageFilters} sort={{ field: 'occurredAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="occurredAt" />
      <RefField source="accountPlanId" reference="account-plans" sortable={false} />
      <DataField source="mb" />
      <TextField source="countryCode" sortable={false} />
    </Datagrid>
  </List>
);
