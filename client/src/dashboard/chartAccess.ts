import { holdsAny } from '../../../server/domain/permissions.ts';
import type { Role } from '../../../server/domain/enums.ts';

/** The dashboard's chart sections, in page order, and the roles whose work each one shows (admin: all). */
export const CHART_SECTIONS = {
  sales: ['finance'],
  salesByCountry: ['finance'],
  topDestinations: ['support', 'finance', 'catalog'],
  transfers: ['support'],
  reviews: ['moderator'],
  dsa: ['moderator'],
} as const satisfies Record<string, readonly Role[]>;

export type ChartSection = keyof typeof CHART_SECTIONS;

/** The sections a staff member's roles may see (the API checks the same roles on /api/stats/*). */
export function chartSectionsFor(roles: readonly Role[]): ChartSection[] {
  return (Object.keys(CHART_SECTIONS) as ChartSection[]).filter((section) => holdsAny(roles, CHART_SECTIONS[section]));
}
