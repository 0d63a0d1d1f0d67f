import { BooleanField, Show, SimpleShowLayout, TextArrayField, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';

export const CountryShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <TextField source="name" />
      <TextField source="region" />
      <BooleanField source="available" />
      <TextArrayField source="operators" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
