import { Datagrid, List, TextField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { JsonField } from '../../components/JsonField.tsx';

export const SettingList = () => (
  <List exporter={csvExporter} sort={{ field: 'id', order: 'ASC' }} perPage={100} pagination={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <JsonField source="value" sortable={false} />
      <TextField source="description" sortable={false} />
      <DateTimeField source="updatedAt" />
    </Datagrid>
  </List>
);
