import { Edit } from 'react-admin';
import { TrustedFlaggerForm } from './TrustedFlaggerForm.tsx';

export const TrustedFlaggerEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <TrustedFlaggerForm />
  </Edit>
);
