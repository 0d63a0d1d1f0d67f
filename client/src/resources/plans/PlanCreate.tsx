import { Create } from 'react-admin';
import { PlanForm } from './PlanForm.tsx';

// New plans start as drafts, at the French standard VAT rate.
export const PlanCreate = () => (
  <Create redirect="show" record={{ status: 'draft', vatRateBp: 2000, promotional: false }}>
    <PlanForm />
  </Create>
);
