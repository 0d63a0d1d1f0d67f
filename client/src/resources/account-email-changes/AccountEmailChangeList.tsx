import { csvExporter } from '../../components/csvExporter.ts';
import { Datagrid, List, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

const filters = [<ReferenceFilterInput key="accountId" source="accountId" reference="accounts" alwaysOn />];

// Every e-mail an account had: the old address is kept when support corrects it (GCU §5.2).
export const AccountEmailChangeList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid bulkActionButtons={false}>
      <DateTimeField source="createdAt" />
      <RefField source="accountId" reference="accounts" sortable={false} />
      <TextField source="oldEmail" sortable={false} />
      <TextField source="newEmail" sortable={false} />
      <TextField source="reason" sortable={false} />
      <RefField source="staffId" reference="staff" sortable={false} />
    </Datagrid>
  </List>
);
