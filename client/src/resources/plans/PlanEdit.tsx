import { Edit } from 'react-admin';
import { PlanForm } from './PlanForm.tsx';
import { planTransform } from './planFormValues.ts';

// A price change applies to new orders only; the API keeps the history (plan-prices).
export const PlanEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={planTransform}>
    <PlanForm />
  </Edit>
);
