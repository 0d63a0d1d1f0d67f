import { mayQuery, type QueryGrant } from '../../../server/domain/permissions.ts';
import type { Role } from '../../../server/domain/enums.ts';

/** The dashboard's chart sections, in page order, and the read each one shows (its grant says who sees it). */
export const CHART_SECTIONS = {
  sales: 'stats.sales',
  salesByCountry: 'stats.sales',
  topDestinations: 'stats.top-destinations',
  transfers: 'stats.transfers',
  reviews: 'stats.reviews',
  dsa: 'stats.dsa',
} as const satisfies Record<string, QueryGrant>;

export type ChartSection = keyof typeof CHART_SECTIONS;

/** The sections a staff member's roles may see (the API checks the same roles on /api/stats/*). */
export function chartSectionsFor(roles: readonly Role[]): ChartSection[] {
  return (Object.keys(CHART_SECTIONS) as ChartSection[]).filter((section) => mayQuery(roles, CHART_SECTIONS[section]));
}
