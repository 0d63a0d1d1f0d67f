import { DataTable, List, NumberInput } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const blockFilters = [
  <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" alwaysOn />,
  <NumberInput key="accountPlanId" source="accountPlanId" />,
];

// Only staff block or unblock data, always with a reason (seed 002).
export const BlockList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={blockFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="createdAt" field={DateTimeField} />
      <DataTable.Col source="accountId" disableSort>
        <RefField source="accountId" reference="accounts" />
      </DataTable.Col>
      <DataTable.Col source="accountPlanId" disableSort>
        <RefField source="accountPlanId" reference="account-plans" emptyText="resources.blocks.whole_account" />
      </DataTable.Col>
      <DataTable.Col source="reason" disableSort />
      <DataTable.Col source="liftedAt" field={DateTimeField} />
    </DataTable>
  </List>
);
