import { BooleanField, Datagrid, EmailField, List, NullableBooleanInput, SearchInput, TextField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { TdbCodesField } from '../../components/TdbCodesField.tsx';
import { ValidUntilField } from './ValidUntilField.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

// `q`: name or e-mail.
const flaggerFilters = [<SearchInput key="q" source="q" alwaysOn />, <NullableBooleanInput key="active" source="active" />];

export const TrustedFlaggerList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={flaggerFilters} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <EmailField source="email" />
      <TextField source="designatedBy" sortable={false} />
      <TdbCodesField source="expertise" kind="category" emptyText="resources.trusted-flaggers.all_categories" sortable={false} />
      <ValidUntilField source="validUntil" />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
