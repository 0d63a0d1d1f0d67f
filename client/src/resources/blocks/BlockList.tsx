import { Datagrid, List, NumberInput, TextField } from 'react-admin';
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
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="createdAt" />
      <RefField source="accountId" reference="accounts" sortable={false} />
      <RefField source="accountPlanId" reference="account-plans" emptyText="resources.blocks.whole_account" sortable={false} />
      <TextField source="reason" sortable={false} />
      <DateTimeField source="liftedAt" />
    </Datagrid>
  </List>
);
