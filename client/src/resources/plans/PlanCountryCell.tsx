import { useListContext, useRecordContext, type FieldProps } from 'react-admin';
import { RefField } from '../../components/RefField.tsx';
import type { Plan } from './planTypes.ts';

/** The group a plan belongs to in a list sorted by country: its country, or its multi-country region. */
export const planGroup = (plan: Plan | undefined) => (plan ? (plan.countryCode ?? `region:${plan.regionName ?? ''}`) : '');

/** Whether a row opens its group: the list is sorted by country and the previous row is in another group. */
export function useStartsCountryGroup(plan: Plan | undefined): boolean {
  const { data, sort } = useListContext<Plan>();
  if (!plan || sort?.field !== 'countryCode') return true;
  const index = (data ?? []).findIndex((row) => row.id === plan.id);
  return index <= 0 || planGroup(data?.[index - 1]) !== planGroup(plan);
}

/** The plan's country, written once per group when the list is sorted by country (a grouped list); a click opens the plan, like the rest of the row. */
export const PlanCountryCell = (props: FieldProps) => {
  const plan = useRecordContext<Plan>();
  const starts = useStartsCountryGroup(plan);
  if (!starts) return null;
  return <RefField {...props} source="countryCode" reference="countries" link={false} />;
};
