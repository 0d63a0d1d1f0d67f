import { DataTable, DateInput, List, NumberInput } from 'react-admin';
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
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="occurredAt" field={DateTimeField} />
      <DataTable.Col source="accountPlanId" disableSort>
        <RefField source="accountPlanId" reference="account-plans" />
      </DataTable.Col>
      <DataTable.Col source="mb" field={DataField} />
      <DataTable.Col source="countryCode" disableSort />
    </DataTable>
  </List>
);
