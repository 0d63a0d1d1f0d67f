import type { ComponentType } from 'react';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import EuroIcon from '@mui/icons-material/Euro';
import GavelIcon from '@mui/icons-material/Gavel';
import PublicIcon from '@mui/icons-material/Public';
import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import AssessmentIcon from '@mui/icons-material/Assessment';
import type { Role } from '../../../server/domain/enums.ts';
import type { ResourceName } from '../../../server/domain/permissions.ts';

/** A page of its own (a custom route of App.tsx), shown in a group to the roles that may open it. */
export interface MenuPage {
  path: string;
  /** i18n key of its menu entry. */
  label: string;
  icon: ComponentType;
  roles: readonly Role[];
}

/** The DSA transparency report (Art. 15, 24(1)). */
export const TRANSPARENCY_REPORT_PAGE: MenuPage = { path: '/dsa-transparency', label: 'menu.transparency_report', icon: AssessmentIcon, roles: ['moderator'] };

export interface MenuGroup {
  /** i18n key `menu.<name>`. */
  name: 'support' | 'finance' | 'moderation' | 'catalog' | 'admin';
  icon: ComponentType;
  resources: readonly ResourceName[];
  /** Pages after the group's resources. */
  pages?: readonly MenuPage[];
}

/** The work areas of SPEC §1, in menu order; each resource appears once (orders under Finance). */
export const MENU_GROUPS: readonly MenuGroup[] = [
  {
    name: 'support',
    icon: SupportAgentIcon,
    resources: ['accounts', 'account-plans', 'transfers', 'esims', 'usage-alerts', 'blocks', 'messages'],
  },
  {
    name: 'finance',
    icon: EuroIcon,
    resources: ['refunds', 'disputes', 'orders', 'referrals', 'promo-codes', 'promo-redemptions'],
  },
  {
    name: 'moderation',
    icon: GavelIcon,
    resources: [
      'reviews', 'review-reports', 'dsa-notices', 'statements-of-reasons', 'dsa-complaints',
      'law-enforcement-referrals', 'trusted-flaggers', 'misuse-measures',
    ],
    pages: [TRANSPARENCY_REPORT_PAGE],
  },
  { name: 'catalog', icon: PublicIcon, resources: ['countries', 'plans', 'plan-prices'] },
  { name: 'admin', icon: AdminPanelSettingsIcon, resources: ['staff', 'audit-log', 'settings', 'job-runs'] },
];

export const MENU_RESOURCES: string[] = [...new Set(MENU_GROUPS.flatMap((group) => group.resources))];
