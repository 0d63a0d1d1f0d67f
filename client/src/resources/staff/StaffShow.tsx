import { EmailField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RolesField } from '../../components/RolesField.tsx';
import { staffStatusChoices } from './staffChoices.ts';
import { StaffShowActions } from './StaffSecurityActions.tsx';

export const StaffShow = () => (
  <Show actions={<StaffShowActions />}>
    <SimpleShowLayout>
      <TextField source="id" />
      <TextField source="name" />
      <EmailField source="email" />
      <RolesField source="roles" />
      <SelectField source="status" choices={staffStatusChoices} />
      <DateTimeField source="lastLoginAt" />
      <DateTimeField source="twoFactorEnabledAt" emptyText="—" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
