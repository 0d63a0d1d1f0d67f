import { DataTable, List } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { SettingDescriptionField, SettingNameField, SettingValueField } from './SettingFields.tsx';

// The settings in words and in their units (euros, MB, minutes); the key stays under the name.
export const SettingList = () => (
  <List exporter={csvExporter} sort={{ field: 'id', order: 'ASC' }} perPage={100} pagination={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" label="resources.settings.fields.name" field={SettingNameField} />
      <DataTable.Col source="value" field={SettingValueField} disableSort />
      <DataTable.Col source="description" field={SettingDescriptionField} disableSort />
      <DataTable.Col source="updatedAt" field={DateTimeField} />
    </DataTable>
  </List>
);
