import { Datagrid, EmailField, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RolesField } from '../../components/RolesField.tsx';
import { staffStatusChoices } from './staffChoices.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

// `q`: name or e-mail.
const staffFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={staffStatusChoices} />,
];

export const StaffList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={staffFilters} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <EmailField source="email" />
      <RolesField source="roles" sortable={false} />
      <SelectField source="status" choices={staffStatusChoices} />
      <DateTimeField source="lastLoginAt" />
    </Datagrid>
  </List>
);
