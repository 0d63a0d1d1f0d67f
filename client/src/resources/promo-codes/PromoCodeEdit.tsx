import { Edit } from 'react-admin';
import { promoTransform } from './promoBenefit.ts';
import { PromoCodeForm } from './PromoCodeForm.tsx';

export const PromoCodeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={promoTransform}>
    <PromoCodeForm />
  </Edit>
);
