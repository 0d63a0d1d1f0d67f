import { BooleanField, Datagrid, EmailField, List, NullableBooleanInput, SearchInput, TextField } from 'react-admin';

// `q`: name or e-mail.
const flaggerFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

export const TrustedFlaggerList = () => (
  <List filters={flaggerFilters} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <EmailField source="email" />
      <TextField source="designatedBy" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
