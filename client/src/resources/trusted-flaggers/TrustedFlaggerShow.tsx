import { BooleanField, EmailField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { TdbCodesField } from '../../components/TdbCodesField.tsx';
import { ValidUntilField } from './ValidUntilField.tsx';

export const TrustedFlaggerShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <TextField source="name" />
      <EmailField source="email" />
      <TextField source="designatedBy" />
      <TdbCodesField source="expertise" kind="category" emptyText="resources.trusted-flaggers.all_categories" />
      <ValidUntilField source="validUntil" />
      <BooleanField source="active" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
