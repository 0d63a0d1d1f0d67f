import { Edit } from 'react-admin';
import { PromoCodeForm } from './PromoCodeForm.tsx';

export const PromoCodeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <PromoCodeForm />
  </Edit>
);
