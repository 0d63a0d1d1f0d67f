// Who may do what: every grant of the back office in one table — CRUD per resource, domain actions,
// read endpoints and exports beyond CRUD, and console pages. Pure data shared by the server, whose
// routers refuse to mount anything without a grant here, and the console (`canAccess`), which uses it
// only to hide what the API would refuse. `admin` may do everything offered.
import { CONVERSATION_WORKFLOW } from './conversations/conversationStates.ts';
import { COMPLAINT_WORKFLOW } from './complaints/complaintStates.ts';
import { NOTICE_WORKFLOW } from './dsa/noticeStates.ts';
import type { Role } from './enums.ts';
import { REFUND_MOVES } from './refunds/refundStates.ts';
import { REVIEW_WORKFLOW } from './reviews/reviewStates.ts';
import { TRANSFER_WORKFLOW } from './transfers/transferStates.ts';

export type Verb = 'read' | 'create' | 'update' | 'delete';

export const RESOURCES = [
  'countries',
  'plans',
  'plan-prices',
  'accounts',
  'esims',
  'account-plans',
  'ledger-entries',
  'orders',
  'transfers',
  'refunds',
  'reviews',
  'review-reports',
  'dsa-notices',
  'statements-of-reasons',
  'dsa-complaints',
  'law-enforcement-referrals',
  'trusted-flaggers',
  'misuse-measures',
  'referrals',
  'promo-codes',
  'promo-redemptions',
  'usage-records',
  'usage-alerts',
  'blocks',
  'messages',
  'staff',
  'audit-log',
  'settings',
  'job-runs',
  'sor-submissions',
  'deletion-requests',
  'access-requests',
  'goodwill-credits',
  'account-email-changes',
  'disputes',
  'conversations',
  'conversation-messages',
  'customer-complaints',
  'customer-notices',
  'payout-discrepancies',
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
  // What the payouts reconciliation found between our payouts and the provider's refunds (written by the job and `explain` only).
  'payout-discrepancies': { read: ['finance'] },
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
  // Customer-data operations (docs/ACCOUNTS.md "Customer data"): support's queues; moderators never.
  'deletion-requests': { read: ['support'] },
  'access-requests': { read: ['support'] },
  'goodwill-credits': { read: SUPPORT_FINANCE },
  'account-email-changes': { read: ['support'] },
  // The support inbox (docs/CONVERSATIONS.md): written by the integration API and support's actions only.
  conversations: { read: ['support'] },
  'conversation-messages': { read: ['support'] },
  // Customer complaints (GCU §14, GCS §18): support's register. Notices to customers: admins compose and send; support reads what was announced.
  'customer-complaints': { read: ['support'] },
  'customer-notices': { read: ['support'] },
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

/** True when one of `roles` is in `allowed` (admin: always). */
export function holdsAny(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return isAdmin(roles) || roles.some((r) => allowed.includes(r));
}

/** The one test of "is an admin" (an empty grant below means: admins only). */
export function isAdmin(roles: readonly Role[]): boolean {
  return roles.includes('admin');
}

const ADMINS_ONLY = [] as const satisfies readonly Role[];

/**
 * Domain actions, `POST /api/<resource>/[:id/]<name>`, keyed `<resource>.<name>`. A workflow's moves take
 * their roles from its state table. The action router refuses to mount an action missing here.
 */
export const ACTION_ACCESS = {
  'accounts.deactivate': ['support'],
  'accounts.correct-details': ['support'],
  'accounts.access-request': ['support'],
  'deletion-requests.process': ['support'],
  'account-plans.goodwill': ['support'],
  'goodwill-credits.approve': ['support'],
  'goodwill-credits.reject': ['support'],
  'accounts.log-complaint': ['support'],
  'customer-complaints.start': COMPLAINT_WORKFLOW.moves.start.roles,
  'customer-complaints.answer': COMPLAINT_WORKFLOW.moves.answer.roles,
  'customer-complaints.refer-mediator': COMPLAINT_WORKFLOW.moves.refer_mediator.roles,
  'customer-complaints.close': COMPLAINT_WORKFLOW.moves.close.roles,
  'customer-notices.compose': ADMINS_ONLY,
  'customer-notices.send': ADMINS_ONLY,
  'accounts.block': ['support'],
  'accounts.unblock': ['support'],
  'account-plans.block': ['support'],
  'account-plans.unblock': ['support'],
  'referrals.void': SUPPORT_FINANCE,
  'promo-redemptions.void': SUPPORT_FINANCE,
  'plans.clone': ['catalog'],
  'plans.price-change': ['catalog'],
  'countries.plans-import': ['catalog'],
  'dsa-notices.claim': NOTICE_WORKFLOW.moves.claim.roles,
  'dsa-notices.release': NOTICE_WORKFLOW.moves.release.roles,
  'dsa-notices.decide': NOTICE_WORKFLOW.moves.decide.roles,
  'dsa-notices.escalate': MODERATION,
  'dsa-complaints.resolve': MODERATION,
  'misuse-measures.warn': MODERATION,
  'misuse-measures.suspend': MODERATION,
  'misuse-measures.lift': MODERATION,
  'messages.retry': ['support'],
  'refunds.approve': REFUND_MOVES.approve.roles,
  'refunds.reject': REFUND_MOVES.reject.roles,
  'refunds.payout': REFUND_MOVES.payout.roles,
  'refunds.payout-failed': REFUND_MOVES.payout_failed.roles,
  'orders.request-refund': SUPPORT_FINANCE,
  'reviews.keep': REVIEW_WORKFLOW.moves.keep.roles,
  'reviews.remove': REVIEW_WORKFLOW.moves.remove.roles,
  'reviews.restore': REVIEW_WORKFLOW.moves.restore.roles,
  'reviews.dismiss-reports': MODERATION,
  'staff.unlock': ADMINS_ONLY,
  'staff.reset-two-factor': ADMINS_ONLY,
  'statements-of-reasons.mark-submitted': MODERATION,
  'statements-of-reasons.resubmit': MODERATION,
  'transfers.redirect': TRANSFER_WORKFLOW.moves.redirect.roles,
  'transfers.reverse': TRANSFER_WORKFLOW.moves.reverse.roles,
  // Chargebacks recorded by hand (manual provider) and the bank's decision; an order's documents sent to the customer.
  'orders.record-dispute': ['finance'],
  'disputes.close': ['finance'],
  'payout-discrepancies.explain': ['finance'],
  'orders.send-documents': SUPPORT_FINANCE,
  // The support inbox: its workflow table's moves (docs/CONVERSATIONS.md).
  'conversations.claim': CONVERSATION_WORKFLOW.moves.claim.roles,
  'conversations.release': CONVERSATION_WORKFLOW.moves.release.roles,
  'conversations.answer': CONVERSATION_WORKFLOW.moves.answer.roles,
  'conversations.wait-customer': CONVERSATION_WORKFLOW.moves.wait_customer.roles,
  'conversations.resolve': CONVERSATION_WORKFLOW.moves.resolve.roles,
  'conversations.reopen': CONVERSATION_WORKFLOW.moves.reopen.roles,
} as const satisfies Record<string, readonly Role[]>;
export type ActionGrant = keyof typeof ACTION_ACCESS;

/** Read endpoints and exports beyond CRUD (`GET /api/...`), each named once here and in its router. */
export const QUERY_ACCESS = {
  // The app bar's search: every staff member, each finding only what their role reads (docs/SEARCH.md).
  search: EVERY_ROLE,
  'accounts.search': ['support', 'finance', 'moderator'],
  'accounts.overview': ['support', 'finance', 'moderator'],
  // The 360's activity timeline: each reader gets the kinds of records it reads, masked as everywhere.
  'accounts.timeline': ['support', 'finance', 'moderator'],
  'accounts.deactivation-preview': ['support'],
  'transfers.fix-preview': ['support'],
  'transfers.timeline': ['support'],
  'countries.plans-export': ['catalog'],
  'refunds.assessment': ['finance'],
  'refunds.history': ['finance'],
  'refund-rules': SUPPORT_FINANCE,
  'account-plans.sendable': SUPPORT_FINANCE,
  'account-plans.esim-moves': SUPPORT_FINANCE,
  'dsa-notices.evidence': MODERATION,
  'statements-of-reasons.export': MODERATION,
  'statements-of-reasons.submissions': MODERATION,
  'reviews.content-languages': MODERATION,
  'dsa.transparency-report': MODERATION,
  'dsa.misuse': MODERATION,
  jobs: ADMINS_ONLY,
  // Names only (no e-mails, no roles): who on the staff did what, readable by every role.
  'staff-directory': EVERY_ROLE,
  // Invoices, credit notes and the copy of the contract (PDF); a dispute's facts for its evidence.
  'orders.invoice': SUPPORT_FINANCE,
  'orders.documents': SUPPORT_FINANCE,
  'orders.contract': SUPPORT_FINANCE,
  'refunds.credit-note': SUPPORT_FINANCE,
  'disputes.evidence': ['finance'],
  // GDPR access: the ZIP of everything held about the customer (audited).
  'access-requests.export': ['support'],
  // A notice's audience counted now and the message in each language, before it is sent (admins).
  'customer-notices.preview': ADMINS_ONLY,
  // The dashboard: the cards answer every role with what it works on; each chart to its team.
  'stats.cards': EVERY_ROLE,
  'stats.sales': ['finance'],
  'stats.top-destinations': ['support', 'finance', 'catalog'],
  'stats.transfers': ['support'],
  'stats.reviews': MODERATION,
  'stats.dsa': MODERATION,
} as const satisfies Record<string, readonly Role[]>;
export type QueryGrant = keyof typeof QUERY_ACCESS;

/** Console pages of their own (custom routes), keyed by path. */
export const PAGE_ACCESS = {
  '/dsa-transparency': MODERATION,
} as const satisfies Record<string, readonly Role[]>;
export type PageGrant = keyof typeof PAGE_ACCESS;

export function mayRunAction(roles: readonly Role[], grant: ActionGrant): boolean {
  return holdsAny(roles, ACTION_ACCESS[grant]);
}
export function mayQuery(roles: readonly Role[], grant: QueryGrant): boolean {
  return holdsAny(roles, QUERY_ACCESS[grant]);
}
export function mayOpenPage(roles: readonly Role[], page: PageGrant): boolean {
  return holdsAny(roles, PAGE_ACCESS[page]);
}

/** The grant of an action, or undefined when none is declared (its router then refuses to mount it). */
export function actionGrant(resource: string, name: string): readonly Role[] | undefined {
  return (ACTION_ACCESS as Record<string, readonly Role[]>)[`${resource}.${name}`];
}
