// Ordering a plan (GCS §5.1, §5.3; docs/RULES.md "Orders"): what may be sold, and until when an
// order may be activated.
import { nextDay, parisDate, startOfParisDay } from '../calendar.ts';

/**
 * "The Plan Order is valid for one (1) year" (GCS §5.3.1), a calendar year in Paris: an order of
 * 1 March 2023 may be activated until the end of 1 March 2024. An order of 29 February runs to the
 * end of 28 February (a period in years ends on the same date; without one, the month's last day:
 * French civil procedure, CPC art. 641).
 */
export function activationDeadline(orderedAt: Date): Date {
  const [y, m, d] = parisDate(orderedAt).split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  const day = `${y + 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return new Date(startOfParisDay(nextDay(day)).getTime() - 1000);
}

export type SaleRefusal = 'plan_not_on_sale' | 'country_unavailable';

/** A plan is sold while it is active and, for a country plan, while the seller offers that country (GCS §5.1). */
export function saleRefusal(plan: { status: string; countryAvailable: boolean | null }): SaleRefusal | null {
  if (plan.status !== 'active') return 'plan_not_on_sale';
  if (plan.countryAvailable === false) return 'country_unavailable';
  return null;
}
