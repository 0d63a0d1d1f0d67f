import { Create } from 'react-admin';
import { promoTransform } from './promoBenefit.ts';
import { PromoCodeForm } from './PromoCodeForm.tsx';

// GCS §5.3.3.1: an offer not activated within 90 days may be withheld.
export const PromoCodeCreate = () => (
  <Create redirect="show" record={{ kind: 'partner', status: 'active', activationWindowDays: 90 }} transform={promoTransform}>
    <PromoCodeForm />
  </Create>
);
