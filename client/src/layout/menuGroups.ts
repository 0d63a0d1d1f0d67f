import type { ComponentType } from 'react';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import EuroIcon from '@mui/icons-material/Euro';
import GavelIcon from '@mui/icons-material/Gavel';
import PublicIcon from '@mui/icons-material/Public';
import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import AssessmentIcon from '@mui/icons-material/Assessment';
import type { Role } from '../../../server/domain/enums.ts';
import { isAdmin, type PageGrant, type ResourceName } from '../../../server/domain/permissions.ts';

/** A page of its own (a custom route of App.tsx), shown in a group to the roles its grant names. */
export interface MenuPage {
  path: PageGrant;
  /** i18n key of its menu entry. */
  label: string;
  icon: ComponentType;
}

/** The DSA transparency report (Art. 15, 24(1)). */
export const TRANSPARENCY_REPORT_PAGE: MenuPage = { path: '/dsa-transparency', label: 'menu.transparency_report', icon: AssessmentIcon };

export interface MenuGroup {
  /** i18n key `menu.<name>`. */
  name: 'support' | 'finance' | 'moderation' | 'catalog' | 'admin';
  icon: ComponentType;
  resources: readonly ResourceName[];
  /** Pages after the group's resources. */
  pages?: readonly MenuPage[];
}

/** The work areas of docs/PRODUCT.md §1, in menu order; each resource appears once (orders under Finance). */
export const MENU_GROUPS: readonly MenuGroup[] = [
  {
    name: 'support',
    icon: SupportAgentIcon,
    resources: [
      'accounts',
      'conversations',
      'account-plans',
      'transfers',
      'customer-complaints',
      'deletion-requests',
      'access-requests',
      'goodwill-credits',
      'esims',
      'usage-alerts',
      'blocks',
      'messages',
      'account-email-changes',
    ],
  },
  {
    name: 'finance',
    icon: EuroIcon,
    resources: ['refunds', 'disputes', 'payout-discrepancies', 'orders', 'referrals', 'promo-codes', 'promo-redemptions'],
  },
  {
    name: 'moderation',
    icon: GavelIcon,
    resources: [
      'reviews',
      'review-reports',
      'dsa-notices',
      'statements-of-reasons',
      'dsa-complaints',
      'law-enforcement-referrals',
      'trusted-flaggers',
      'misuse-measures',
    ],
    pages: [TRANSPARENCY_REPORT_PAGE],
  },
  { name: 'catalog', icon: PublicIcon, resources: ['countries', 'plans', 'plan-prices'] },
  { name: 'admin', icon: AdminPanelSettingsIcon, resources: ['staff', 'audit-log', 'settings', 'job-runs', 'customer-notices'] },
];

export const MENU_RESOURCES: string[] = [...new Set(MENU_GROUPS.flatMap((group) => group.resources))];

const GROUP_OF_ROLE: Record<Role, MenuGroup['name']> = {
  support: 'support',
  finance: 'finance',
  moderator: 'moderation',
  catalog: 'catalog',
  admin: 'admin',
};

/**
 * The staff member's own work areas first (support opens on Support), then, apart, the areas they only
 * read (a moderator reads the catalog and accounts, acts on neither). An admin acts everywhere: no split.
 */
export function menuOrder(roles: readonly Role[]): { own: MenuGroup[]; readOnly: MenuGroup[] } {
  if (isAdmin(roles)) return { own: [...MENU_GROUPS], readOnly: [] };
  const mine = new Set(roles.map((role) => GROUP_OF_ROLE[role]));
  return { own: MENU_GROUPS.filter((g) => mine.has(g.name)), readOnly: MENU_GROUPS.filter((g) => !mine.has(g.name)) };
}
