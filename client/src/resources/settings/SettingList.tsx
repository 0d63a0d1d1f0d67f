import { Datagrid, List } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { SettingDescriptionField, SettingNameField, SettingValueField } from './SettingFields.tsx';

// The settings in words and in their units (euros, MB, minutes); the key stays under the name.
export const SettingList = () => (
  <List exporter={csvExporter} sort={{ field: 'id', order: 'ASC' }} perPage={100} pagination={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <SettingNameField source="id" label="resources.settings.fields.name" />
      <SettingValueField source="value" sortable={false} />
      <SettingDescriptionField source="description" sortable={false} />
      <DateTimeField source="updatedAt" />
    </Datagrid>
  </List>
);
