import { csvExporter } from '../../components/csvExporter.ts';
import { DataTable, List } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const filters = [<ReferenceFilterInput key="accountId" source="accountId" reference="accounts" alwaysOn />];

// Every e-mail an account had: the old address is kept when support corrects it (GCU §5.2).
export const AccountEmailChangeList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="createdAt" field={DateTimeField} />
      <DataTable.Col source="accountId" disableSort>
        <RefField source="accountId" reference="accounts" />
      </DataTable.Col>
      <DataTable.Col source="oldEmail" disableSort />
      <DataTable.Col source="newEmail" disableSort />
      <DataTable.Col source="reason" disableSort />
      <DataTable.Col source="staffId" disableSort>
        <RefField source="staffId" reference="staff" />
      </DataTable.Col>
    </DataTable>
  </List>
);
