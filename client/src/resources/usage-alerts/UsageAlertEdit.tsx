import { Edit } from 'react-admin';
import { UsageAlertForm } from './UsageAlertForm.tsx';

export const UsageAlertEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <UsageAlertForm />
  </Edit>
);
