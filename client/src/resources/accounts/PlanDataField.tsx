import { useRecordContext, type FieldProps } from 'react-admin';
import { PlanRemainingBar } from '../account-plans/PlanRemainingBar.tsx';
import type { OverviewPlan } from './accountTypes.ts';

/** The plan's remaining data, as a bar, in a list column. */
export const PlanDataField = (_props: FieldProps) => {
  const plan = useRecordContext<OverviewPlan>();
  return plan ? <PlanRemainingBar plan={plan} /> : null;
};
