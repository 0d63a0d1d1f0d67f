import { Create } from 'react-admin';
import { StaffForm } from './StaffForm.tsx';

export const StaffCreate = () => (
  <Create redirect="show" record={{ roles: [], status: 'active' }}>
    <StaffForm isCreate />
  </Create>
);
