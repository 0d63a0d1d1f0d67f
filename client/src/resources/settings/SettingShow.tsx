import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { JsonField } from '../../components/JsonField.tsx';
import { SettingDescriptionField, SettingNameField, SettingValueField } from './SettingFields.tsx';

export const SettingShow = () => (
  <Show>
    <SimpleShowLayout>
      <SettingNameField source="id" label="resources.settings.fields.name" />
      <TextField source="id" />
      <SettingDescriptionField source="description" />
      <SettingValueField source="value" />
      <JsonField source="value" label="resources.settings.fields.valueJson" />
      <DateTimeField source="updatedAt" />
      <TextField source="version" />
    </SimpleShowLayout>
  </Show>
);
