// Who may do what, per resource (SPEC §1). Pure data shared by the server, which
// enforces it on every route, and the console, which only uses it to hide menus.
import type { Role } from './enums.ts';

export type Verb = 'read' | 'create' | 'update' | 'delete';

export const RESOURCES = [
  'countries', 'plans', 'plan-prices', 'accounts', 'esims', 'account-plans', 'ledger-entries', 'orders',
  'transfers', 'refunds', 'reviews', 'review-reports', 'dsa-notices', 'statements-of-reasons',
  'dsa-complaints', 'law-enforcement-referrals', 'trusted-flaggers', 'misuse-measures', 'referrals', 'promo-codes',
  'promo-redemptions', 'usage-records', 'usage-alerts', 'blocks', 'messages', 'staff', 'audit-log', 'settings', 'job-runs',
  'sor-submissions', 'disputes',
] as const;
export type ResourceName = (typeof RESOURCES)[number];

const SUPPORT_FINANCE = ['support', 'finance'] as const satisfies readonly Role[];
const EVERY_ROLE = ['support', 'finance', 'moderator', 'catalog'] as const satisfies readonly Role[];
const MODERATION = ['moderator'] as const satisfies readonly Role[];

/**
 * A verb missing from a resource is not offered through CRUD at all (405 for
 * everyone): the ledger, the audit log, orders and messages are never edited or
 * deleted, and domain changes go through actions. `admin` may do everything offered.
 */
export const RESOURCE_ACCESS: Record<ResourceName, Partial<Record<Verb, readonly Role[]>>> = {
  countries: { read: EVERY_ROLE, create: ['catalog'], update: ['catalog'], delete: ['catalog'] },
  plans: { read: EVERY_ROLE, create: ['catalog'], update: ['catalog'], delete: ['catalog'] },
  'plan-prices': { read: EVERY_ROLE },
  accounts: { read: ['support', 'finance', 'moderator'] },
  esims: { read: ['support'] },
  'account-plans': { read: SUPPORT_FINANCE },
  'ledger-entries': { read: SUPPORT_FINANCE },
  // Moderators see no payment data (GCU §8 moderation needs none).
  orders: { read: SUPPORT_FINANCE },
  transfers: { read: ['support'] },
  refunds: { read: SUPPORT_FINANCE },
  // Chargebacks: finance's queue (written by the provider's webhook and finance's actions only).
  disputes: { read: ['finance'] },
  reviews: { read: ['support', 'moderator'] },
  'review-reports': { read: MODERATION },
  'dsa-notices': { read: MODERATION },
  'statements-of-reasons': { read: MODERATION },
  // Where each statement stands with the EU Transparency Database (written by the submission job and the actions only).
  'sor-submissions': { read: MODERATION },
  'dsa-complaints': { read: MODERATION },
  'law-enforcement-referrals': { read: MODERATION },
  'trusted-flaggers': { read: MODERATION, create: MODERATION, update: MODERATION },
  'misuse-measures': { read: MODERATION },
  referrals: { read: SUPPORT_FINANCE },
  'promo-codes': { read: SUPPORT_FINANCE, create: ['finance'], update: ['finance'], delete: ['finance'] },
  'promo-redemptions': { read: SUPPORT_FINANCE },
  'usage-records': { read: SUPPORT_FINANCE },
  'usage-alerts': { read: ['support'], create: ['support'], update: ['support'], delete: ['support'] },
  blocks: { read: ['support'] },
  messages: { read: ['support'] },
  staff: { read: [], create: [], update: [] },
  'audit-log': { read: [] },
  settings: { read: [], update: [] },
  'job-runs': { read: [] },
};

export function isOffered(resource: ResourceName, verb: Verb): boolean {
  return RESOURCE_ACCESS[resource][verb] !== undefined;
}

/** True when one of `roles` may use `verb` on `resource` (admin: everything offered). */
export function canUse(roles: readonly Role[], resource: ResourceName, verb: Verb): boolean {
  const allowed = RESOURCE_ACCESS[resource][verb];
  if (!allowed) return false;
  return roles.includes('admin') || roles.some((r) => allowed.includes(r));
}

/** True when one of `roles` is in `allowed` (admin: always). For actions and pages. */
export function holdsAny(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.includes('admin') || roles.some((r) => allowed.includes(r));
}
