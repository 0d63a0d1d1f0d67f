// Who may do what, written from docs/PRODUCT.md §1 (roles) and §3 (API contract) by hand, NOT
// derived from server/domain/permissions.ts: the role-matrix and OpenAPI tests compare
// the running server against this table, so a wrong entry in either place fails a test.
//
// How docs/PRODUCT.md §1 reads, resource by resource:
// - support "finds accounts, inspects everything a customer owns (eSIMs, account plans,
//   orders, transfers, refund requests, reviews, referrals, promo redemptions, usage,
//   usage alerts, blocks, message history), fixes transfers, handles usage alerts and
//   data blocks";
// - finance "works the refund queue, records payouts, sees orders and payments, referral
//   rewards" (and what a refund's eligibility rests on: account plans, usage, ledger);
// - moderator "works reported reviews, DSA notices, DSA complaints; sees no payment data"
//   (so never orders, refunds, ledger; it sees the accounts that wrote reviews);
// - catalog "manages countries and the plans sold in each" (and their price history);
// - admin "everything above, staff accounts and roles, audit log, settings".
// Reference data (countries, plans, plan prices) is readable by every role.
// Verbs never offered (405 for everyone, admin included): the ledger, the audit log,
// orders and messages are never edited or deleted; domain changes go through actions;
// staff are disabled, never deleted; settings are neither created nor deleted.

export const ROLE_NAMES = ['support', 'finance', 'moderator', 'catalog', 'admin'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];
export type VerbName = 'list' | 'getOne' | 'create' | 'update' | 'delete';
export const VERB_NAMES: readonly VerbName[] = ['list', 'getOne', 'create', 'update', 'delete'];

type Who = readonly RoleName[];
/** read covers list and getOne; a missing verb is not offered (405). Admin is added below, never listed. */
interface Access {
  read: Who;
  create?: Who;
  update?: Who;
  delete?: Who;
}

const ALL: Who = ['support', 'finance', 'moderator', 'catalog'];
const NOBODY_BUT_ADMIN: Who = [];

export const SPEC_ACCESS: Record<string, Access> = {
  countries: { read: ALL, create: ['catalog'], update: ['catalog'], delete: ['catalog'] },
  plans: { read: ALL, create: ['catalog'], update: ['catalog'], delete: ['catalog'] },
  'plan-prices': { read: ALL },
  accounts: { read: ['support', 'finance', 'moderator'] },
  esims: { read: ['support'] },
  'account-plans': { read: ['support', 'finance'] },
  'ledger-entries': { read: ['support', 'finance'] },
  orders: { read: ['support', 'finance'] },
  transfers: { read: ['support'] },
  refunds: { read: ['support', 'finance'] },
  reviews: { read: ['support', 'moderator'] },
  'review-reports': { read: ['moderator'] },
  'dsa-notices': { read: ['moderator'] },
  'statements-of-reasons': { read: ['moderator'] },
  // Issue 20: each statement's submission to the Transparency Database, read by moderators.
  'sor-submissions': { read: ['moderator'] },
  // Issue 16: chargebacks, finance's queue.
  disputes: { read: ['finance'] },
  'payout-discrepancies': { read: ['finance'] },
  'dsa-complaints': { read: ['moderator'] },
  'law-enforcement-referrals': { read: ['moderator'] },
  'trusted-flaggers': { read: ['moderator'], create: ['moderator'], update: ['moderator'] },
  // Issue 5: Art. 23 measures are read by moderators; the record of scheduled jobs by admins.
  'misuse-measures': { read: ['moderator'] },
  'job-runs': { read: NOBODY_BUT_ADMIN },
  // Issue 17: customer-data operations are support's queues (moderators never); goodwill credits are data finance reads too.
  'deletion-requests': { read: ['support'] },
  'access-requests': { read: ['support'] },
  'goodwill-credits': { read: ['support', 'finance'] },
  // Issue 17: the complaints register is support's; notices are composed and sent by admins, read by support.
  'customer-complaints': { read: ['support'] },
  'customer-notices': { read: ['support'] },
  'account-email-changes': { read: ['support'] },
  // Issue 19: the support inbox is support's (docs/PRODUCT.md §1 "answering their messages").
  conversations: { read: ['support'] },
  'conversation-messages': { read: ['support'] },
  referrals: { read: ['support', 'finance'] },
  'promo-codes': { read: ['support', 'finance'], create: ['finance'], update: ['finance'], delete: ['finance'] },
  'promo-redemptions': { read: ['support', 'finance'] },
  'usage-records': { read: ['support', 'finance'] },
  'usage-alerts': { read: ['support'], create: ['support'], update: ['support'], delete: ['support'] },
  blocks: { read: ['support'] },
  messages: { read: ['support'] },
  staff: { read: NOBODY_BUT_ADMIN, create: NOBODY_BUT_ADMIN, update: NOBODY_BUT_ADMIN },
  'audit-log': { read: NOBODY_BUT_ADMIN },
  settings: { read: NOBODY_BUT_ADMIN, update: NOBODY_BUT_ADMIN },
};

export type Expected = 'allowed' | 'forbidden' | 'not_offered';

export function expected(resource: string, verb: VerbName, role: RoleName): Expected {
  const access = SPEC_ACCESS[resource];
  if (!access) throw new Error(`no docs/PRODUCT.md entry for ${resource}`);
  const who = verb === 'list' || verb === 'getOne' ? access.read : access[verb];
  if (!who) return 'not_offered';
  return role === 'admin' || who.includes(role) ? 'allowed' : 'forbidden';
}

/**
 * The domain actions of docs/PRODUCT.md §3 (`POST /api/R/:id/<action>`) and who may take them
 * (docs/PRODUCT.md §1/§2; admin always): support fixes transfers, handles deactivation requests
 * and data blocks and retries dead messages; finance works the refund queue and
 * payouts; moderators work reviews, DSA notices and complaints.
 */
export const SPEC_ACTIONS: Record<string, Who> = {
  'messages/retry': ['support'],
  'transfers/redirect': ['support'],
  'transfers/reverse': ['support'],
  'refunds/approve': ['finance'],
  'refunds/reject': ['finance'],
  'refunds/payout': ['finance'],
  // Issue 4: a failed payout reopens the case (finance); an agent logs a customer's request on its order.
  'refunds/payout-failed': ['finance'],
  'orders/request-refund': ['support', 'finance'],
  // Issue 6: the catalog team clones plans, changes prices in bulk and imports a country's plans.
  'plans/clone': ['catalog'],
  'plans/price-change': ['catalog'],
  'countries/plans-import': ['catalog'],
  // Issue 5: moderators keep, remove, restore and bulk-dismiss reviews; claim, release, decide and escalate notices;
  // resolve complaints; warn, suspend and lift Art. 23 measures.
  'reviews/keep': ['moderator'],
  'reviews/dismiss-reports': ['moderator'],
  'dsa-notices/claim': ['moderator'],
  'dsa-notices/release': ['moderator'],
  'misuse-measures/warn': ['moderator'],
  'misuse-measures/suspend': ['moderator'],
  'misuse-measures/lift': ['moderator'],
  'reviews/remove': ['moderator'],
  'reviews/restore': ['moderator'],
  'dsa-notices/decide': ['moderator'],
  'dsa-notices/escalate': ['moderator'],
  'dsa-complaints/resolve': ['moderator'],
  // Issue 20: moderators record a submission made outside the API, and send a refused statement again.
  'statements-of-reasons/mark-submitted': ['moderator'],
  'statements-of-reasons/resubmit': ['moderator'],
  'accounts/deactivate': ['support'],
  // Issue 7: support and finance void abusive referrals and promo redemptions.
  'referrals/void': ['support', 'finance'],
  'promo-redemptions/void': ['support', 'finance'],
  'account-plans/block': ['support'],
  'account-plans/unblock': ['support'],
  'accounts/block': ['support'],
  'accounts/unblock': ['support'],
  // Issue 13: admins unlock a colleague's sign-in and reset a lost second factor.
  'staff/unlock': [],
  'staff/reset-two-factor': [],
  // Issue 17: support corrects details, logs access requests, processes deletion requests, credits goodwill (a second agent confirms above the threshold).
  'accounts/correct-details': ['support'],
  'accounts/access-request': ['support'],
  'deletion-requests/process': ['support'],
  'account-plans/goodwill': ['support'],
  'goodwill-credits/approve': ['support'],
  'goodwill-credits/reject': ['support'],
  // Issue 19: support claims, releases and answers conversations, and moves their status.
  'conversations/claim': ['support'],
  'conversations/release': ['support'],
  'conversations/answer': ['support'],
  'conversations/wait-customer': ['support'],
  'conversations/resolve': ['support'],
  'conversations/reopen': ['support'],
  // Issue 17: support logs, answers and closes complaints and sends the mediator; admins compose and send notices.
  'accounts/log-complaint': ['support'],
  'customer-complaints/start': ['support'],
  'customer-complaints/answer': ['support'],
  'customer-complaints/refer-mediator': ['support'],
  'customer-complaints/close': ['support'],
  'customer-notices/compose': [],
  'customer-notices/send': [],
  // Issue 16: finance records a chargeback (manual provider) and the bank's decision; support and finance send an order's documents.
  'orders/record-dispute': ['finance'],
  'disputes/close': ['finance'],
  'payout-discrepancies/explain': ['finance'],
  'orders/send-documents': ['support', 'finance'],
};

export const mayAct = (action: string, role: RoleName): boolean => role === 'admin' || (SPEC_ACTIONS[action] ?? []).includes(role);
