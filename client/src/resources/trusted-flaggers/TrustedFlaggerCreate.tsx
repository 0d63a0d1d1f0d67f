import { Create } from 'react-admin';
import { TrustedFlaggerForm } from './TrustedFlaggerForm.tsx';

export const TrustedFlaggerCreate = () => (
  <Create redirect="show" record={{ active: true }}>
    <TrustedFlaggerForm />
  </Create>
);
