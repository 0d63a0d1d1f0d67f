import { BooleanField, Datagrid, List, NullableBooleanInput, SearchInput, TextArrayField, TextField, TextInput } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

// `q`: the country's name or code.
const countryFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="region" source="region" />,
  <NullableBooleanInput key="available" source="available" />,
];

export const CountryList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={countryFilters} sort={{ field: 'name', order: 'ASC' }} perPage={50}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <TextField source="name" />
      <TextField source="region" />
      <BooleanField source="available" />
      <TextArrayField source="operators" sortable={false} />
    </Datagrid>
  </List>
);
