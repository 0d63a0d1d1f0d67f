import { BooleanField, DataTable, EmailField, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { TdbCodesField } from '../../components/TdbCodesField.tsx';
import { ValidUntilField } from './ValidUntilField.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

// `q`: name or e-mail.
const flaggerFilters = [<SearchInput key="q" source="q" alwaysOn />, <NullableBooleanInput key="active" source="active" />];

export const TrustedFlaggerList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={flaggerFilters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="designatedBy" disableSort />
      <DataTable.Col source="expertise" disableSort>
        <TdbCodesField source="expertise" kind="category" emptyText="resources.trusted-flaggers.all_categories" />
      </DataTable.Col>
      <DataTable.Col source="validUntil" field={ValidUntilField} />
      <DataTable.Col source="active" field={BooleanField} disableSort />
    </DataTable>
  </List>
);
