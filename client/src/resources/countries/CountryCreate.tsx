import { Create } from 'react-admin';
import { CountryForm } from './CountryForm.tsx';

export const CountryCreate = () => (
  <Create redirect="show" record={{ available: true, operators: [] }}>
    <CountryForm isCreate />
  </Create>
);
