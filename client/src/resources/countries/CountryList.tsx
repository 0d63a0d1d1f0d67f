import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, TextArrayField, TextInput } from 'react-admin';
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
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="name" />
      <DataTable.Col source="region" />
      <DataTable.Col source="available" field={BooleanField} />
      <DataTable.Col source="operators" disableSort field={TextArrayField} />
    </DataTable>
  </List>
);
