import { Create } from 'react-admin';
import { PlanForm } from './PlanForm.tsx';
import { planTransform } from './planFormValues.ts';

// New plans start as drafts, at the French standard VAT rate.
export const PlanCreate = () => (
  <Create redirect="show" record={{ status: 'draft', vatRateBp: 2000, promotional: false }} transform={planTransform}>
    <PlanForm />
  </Create>
);
