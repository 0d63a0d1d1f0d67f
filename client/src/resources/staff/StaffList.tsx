import { DataTable, EmailField, List, SearchInput, SelectField, SelectInput } from 'react-admin';
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
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="roles" field={RolesField} disableSort />
      <DataTable.Col source="status">
        <SelectField source="status" choices={staffStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="lastLoginAt" field={DateTimeField} />
    </DataTable>
  </List>
);
