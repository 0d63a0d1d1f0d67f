import { Edit } from 'react-admin';
import { CountryForm } from './CountryForm.tsx';

export const CountryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <CountryForm />
  </Edit>
);
