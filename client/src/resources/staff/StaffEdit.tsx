import { Edit } from 'react-admin';
import { StaffForm } from './StaffForm.tsx';

export const StaffEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <StaffForm />
  </Edit>
);
