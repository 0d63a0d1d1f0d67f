import type { Validator } from 'react-admin';
import type { Plan } from './planTypes.ts';

/** The form's own switch, never sent: unlimited data is `dataMb: null` with a fair-use cap. */
export interface PlanFormValues extends Partial<Plan> {
  dataUnlimited?: boolean;
}

/** What the API receives: the switch folded into dataMb/fairUseMb (a cap only makes sense when unlimited). */
export function planTransform({ dataUnlimited, ...plan }: PlanFormValues): Partial<Plan> {
  return dataUnlimited ? { ...plan, dataMb: null } : { ...plan, fairUseMb: null };
}

const REQUIRED = 'ra.validation.required';

/** dataMb is required unless the plan is unlimited. */
export const requiredUnlessUnlimited: Validator = (value: unknown, values: PlanFormValues) =>
  !values.dataUnlimited && (value === null || value === undefined || value === '') ? REQUIRED : undefined;

/** fairUseMb is required when the plan is unlimited (docs/PRODUCT.md: unlimited = null with a fair-use cap). */
export const requiredWhenUnlimited: Validator = (value: unknown, values: PlanFormValues) =>
  values.dataUnlimited && (value === null || value === undefined || value === '')
    ? 'resources.plans.validation.fair_use_required'
    : undefined;

/**
 * A plan is sold in one country or in one named multi-country region, not both, not neither.
 * A field validator (on countryCode): a form-level validate would replace every field's own.
 */
export const countryOrRegion: Validator = (_value: unknown, values: PlanFormValues) => {
  const hasCountry = !!values.countryCode;
  const hasRegion = !!values.regionName?.trim();
  if (hasCountry !== hasRegion) return undefined;
  return hasCountry ? 'resources.plans.validation.country_xor_region' : 'resources.plans.validation.country_or_region';
};
