import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { JsonField } from '../../components/JsonField.tsx';

export const SettingShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <TextField source="description" />
      <JsonField source="value" />
      <DateTimeField source="updatedAt" />
      <TextField source="version" />
    </SimpleShowLayout>
  </Show>
);
