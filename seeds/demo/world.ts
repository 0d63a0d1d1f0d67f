// The demo world is built in memory first (every id chosen here, every ledger line
// computed), then written area by area. Entities mirror their table rows (snake_case);
// fields starting with `_` are build-time links and are never written.
import type { Role } from '../../server/domain/enums.ts';
import { PlanSim } from './ledger.ts';
import { Rng } from './rng.ts';
import type { Ms } from './time.ts';

export type Row = Record<string, unknown>;
/** A table to write: its name and its rows (entities or plain rows). */
export type Table = [string, readonly object[]];

export interface StaffMember {
  id: number;
  email: string;
  name: string;
  roles: Role[];
}
export interface DemoStaff {
  admin: StaffMember;
  support: StaffMember;
  finance: StaffMember;
  finance2: StaffMember;
  moderator: StaffMember;
  catalog: StaffMember;
}

export interface CatalogPlan {
  id: number;
  country_code: string | null;
  region_name: string | null;
  name: string;
  data_mb: number | null;
  fair_use_mb: number | null;
  validity_days: number;
  price_cents: number;
  vat_rate_bp: number;
  status: 'draft' | 'active' | 'retired';
  promotional: boolean;
  created_at: Ms;
  updated_at: Ms;
  version: number;
  /** When it could be ordered: [from, until). */
  _sellFrom: Ms;
  _sellUntil: Ms | null;
  _prices: { from: Ms; cents: number }[];
}

export interface PromoCode {
  id: number;
  code: string;
  kind: 'welcome' | 'partner';
  partner: string | null;
  discount_percent: number | null;
  discount_cents: number | null;
  bonus_mb: number | null;
  valid_from: Ms;
  valid_until: Ms | null;
  max_redemptions: number | null;
  activation_window_days: number;
  status: 'active' | 'disabled';
  created_at: Ms;
  updated_at: Ms;
  version: number;
}

export interface Account {
  id: number;
  email: string;
  status: 'active' | 'deactivated';
  name: string | null;
  phone: string | null;
  locale: 'fr' | 'en';
  referral_code: string;
  referred_by_account_id: number | null;
  signup_device_id: string | null;
  deactivated_at: Ms | null;
  deactivation_reason: string | null;
  data_blocked: boolean;
  created_at: Ms;
  updated_at: Ms;
  version: number;
  /** Card fingerprints this customer pays with. */
  _fingerprints: string[];
  /** Orders of this account are made by a scenario, not by the generic generator. */
  _scripted?: string;
  /** The e-mail before anonymisation (for build-time reasoning only). */
  _originalEmail: string;
  _firstName: string;
}

export interface Esim {
  id: number;
  account_id: number;
  iccid: string;
  device: string | null;
  device_id: string | null;
  status: 'available' | 'installed' | 'removed';
  installed_at: Ms | null;
  created_at: Ms;
  updated_at: Ms;
  version: number;
}

export interface Order {
  id: number;
  account_id: number;
  plan_id: number;
  amount_cents: number;
  vat_cents: number;
  list_price_cents: number;
  currency: 'EUR';
  payment_method: 'card' | 'apple_pay' | 'google_pay' | 'flying_blue';
  payment_reference: string;
  payment_fingerprint: string | null;
  channel: 'app' | 'site';
  promo_code_id: number | null;
  departure_date: string | null;
  status: 'paid' | 'refunded' | 'partially_refunded' | 'cancelled';
  refunded_cents: number;
  ordered_at: Ms;
  retain_until: Ms | null;
  created_at: Ms;
  updated_at: Ms;
  version: number;
  _plan: AccountPlan;
  _catalog: CatalogPlan;
}

export type PlanOrigin = 'paid' | 'promo' | 'welcome' | 'referral_reward' | 'transfer';
export type PlanStatus = 'pending' | 'active' | 'expired' | 'exhausted' | 'refunded' | 'cancelled';

export interface AccountPlan {
  id: number;
  account_id: number;
  order_id: number | null;
  plan_id: number | null;
  country_code: string | null;
  region_name: string | null;
  name: string;
  origin: PlanOrigin;
  data_total_mb: number;
  data_used_mb: number;
  data_remaining_mb: number;
  data_gifted_mb: number;
  unlimited: boolean;
  status: PlanStatus;
  esim_id: number | null;
  validity_days: number;
  ordered_at: Ms;
  activate_by: Ms | null;
  installed_at: Ms | null;
  activated_at: Ms | null;
  expires_at: Ms | null;
  data_blocked: boolean;
  created_at: Ms;
  updated_at: Ms;
  version: number;
  _sim: PlanSim;
  _account: Account;
  /** Taken by a scenario (transfer, refund, block…): the generic pickers leave it alone. */
  _reserved?: string;
}

export interface Transfer {
  id: number;
  sender_account_id: number;
  source_account_plan_id: number;
  recipient_email: string;
  recipient_account_id: number | null;
  recipient_account_plan_id: number | null;
  amount_gb: number | null;
  amount_mb: number;
  corrects_transfer_id: number | null;
  status: 'pending' | 'delivered' | 'redirected' | 'reversed';
  delivered_at: Ms | null;
  fixed_at: Ms | null;
  fixed_by_staff_id: number | null;
  fix_reason: string | null;
  redirected_to_email: string | null;
  redirected_to_account_id: number | null;
  recovered_mb: number | null;
  unrecoverable_mb: number | null;
  fix_reason_code: string | null;
  intended_email: string | null;
  fix_override_reason: string | null;
  created_at: Ms;
  updated_at: Ms;
  version: number;
  /** Accounts concerned by the fix, for the messages. */
  _redirectPlanId?: number;
  _returnPlanId?: number;
}

export interface Refund {
  id: number;
  order_id: number;
  account_id: number;
  status: 'requested' | 'awaiting_second_approval' | 'approved' | 'rejected' | 'paid_out' | 'failed';
  source: 'email' | 'agent';
  customer_reason: string;
  logged_by_staff_id: number | null;
  requested_at: Ms;
  eligibility: 'full' | 'partial' | 'not_eligible';
  eligibility_reasons: string[];
  proposed_amount_cents: number;
  decision_due_at: Ms;
  amount_cents: number | null;
  reject_reason_code: string | null;
  decision_note: string | null;
  decided_at: Ms | null;
  decided_by_staff_id: number | null;
  payout_due_at: Ms | null;
  payout_method: Order['payment_method'] | null;
  payout_reference: string | null;
  paid_out_at: Ms | null;
  failure_reason: string | null;
  request_facts: string | null;
  decision_facts: string | null;
  backdate_reason: string | null;
  backdate_confirmed_by_staff_id: number | null;
  created_at: Ms;
  updated_at: Ms;
  version: number;
  _scenario: string;
}

export interface Referral {
  id: number;
  sponsor_account_id: number;
  referred_account_id: number;
  status: 'pending' | 'qualifying' | 'rewarded' | 'void';
  qualifying_account_plan_id: number | null;
  reward_mb: number;
  reward_account_plan_id: number | null;
  rewarded_at: Ms | null;
  voided_at: Ms | null;
  voided_by_staff_id: number | null;
  void_reason: string | null;
  abuse_flags: string[];
  created_at: Ms;
  updated_at: Ms;
  version: number;
}

export interface UsageRecord {
  id: number;
  account_plan_id: number;
  mb: number;
  charged_mb: number;
  country_code: string | null;
  occurred_at: Ms;
  created_at: Ms;
}

export interface LedgerRow {
  id: number;
  account_plan_id: number;
  kind: string;
  delta_mb: number;
  gifted_delta_mb: number;
  balance_after_mb: number;
  gifted_after_mb: number;
  reverses_id: number | null;
  order_id: number | null;
  transfer_id: number | null;
  refund_id: number | null;
  usage_record_id: number | null;
  referral_id: number | null;
  actor_kind: 'staff' | 'customer' | 'integration' | 'system' | 'public';
  actor_id: number | null;
  note: string | null;
  created_at: Ms;
}

export interface Review {
  id: number;
  account_id: number;
  order_id: number | null;
  rating: number;
  comment: string | null;
  status: 'published' | 'removed' | 'expired';
  collected_at: Ms;
  published_at: Ms;
  published_late: boolean;
  content_updated_at: Ms | null;
  delete_after: Ms;
  report_count: number;
  severity: number;
  last_reported_at: Ms | null;
  removal_ground: string | null;
  removal_note: string | null;
  removed_at: Ms | null;
  removed_by_staff_id: number | null;
  created_at: Ms;
  updated_at: Ms;
  version: number;
  _locale: 'fr' | 'en';
}

/** Something a staff member did in the demo's past, replayed into the hash-chained audit log. */
export interface DemoAudit {
  at: Ms;
  staff: StaffMember;
  action: string;
  entity: string;
  entityId: number;
  before?: Row;
  after?: Row;
  reason?: string;
  /** A refused attempt, kept for a supervisor's eye (e.g. a fix asked for a final transfer). */
  outcome?: 'failure';
}

export interface World {
  now: Ms;
  rng: Rng;
  staff: DemoStaff;
  serviceTokenId: number;
  countries: Row[];
  catalogPlans: CatalogPlan[];
  planPrices: Row[];
  promoCodes: PromoCode[];
  accounts: Account[];
  esims: Esim[];
  orders: Order[];
  accountPlans: AccountPlan[];
  transfers: Transfer[];
  refunds: Refund[];
  refundApprovals: Row[];
  refundPayouts: Row[];
  referrals: Referral[];
  redemptions: Row[];
  usageRecords: UsageRecord[];
  ledger: LedgerRow[];
  reviews: Review[];
  reviewReports: Row[];
  trustedFlaggers: Row[];
  dsaNotices: Row[];
  /** The `dsa_notice` reports of the notices (written after the notices they point at). */
  dsaReports: Row[];
  statements: Row[];
  misuseMeasures: Row[];
  sorBatches: Row[];
  sorSubmissions: Row[];
  sorItems: Row[];
  complaints: Row[];
  lawEnforcementReferrals: Row[];
  usageAlerts: Row[];
  blocks: Row[];
  esimMoves: Row[];
  messages: Row[];
  /** Numbers that texted STOP (docs/OPERATIONS.md "SMS"). */
  smsOptOuts: Row[];
  audit: DemoAudit[];
  /** Hand-offs between scenarios of different areas (e.g. the referral voided by a refund request). */
  marks: Map<string, number>;
  /** Build-time sequence: orders events that share an instant. */
  seq: () => number;
  id: (table: string) => number;
}

export function createWorld(now: Ms): World {
  const counters = new Map<string, number>();
  let seq = 0;
  return {
    now,
    rng: new Rng(),
    staff: undefined as unknown as DemoStaff,
    serviceTokenId: 1,
    countries: [],
    catalogPlans: [],
    planPrices: [],
    promoCodes: [],
    accounts: [],
    esims: [],
    orders: [],
    accountPlans: [],
    transfers: [],
    refunds: [],
    refundApprovals: [],
    refundPayouts: [],
    referrals: [],
    redemptions: [],
    usageRecords: [],
    ledger: [],
    reviews: [],
    reviewReports: [],
    trustedFlaggers: [],
    dsaNotices: [],
    dsaReports: [],
    statements: [],
    misuseMeasures: [],
    sorBatches: [],
    sorSubmissions: [],
    sorItems: [],
    complaints: [],
    lawEnforcementReferrals: [],
    usageAlerts: [],
    blocks: [],
    esimMoves: [],
    messages: [],
    smsOptOuts: [],
    audit: [],
    marks: new Map(),
    seq: () => ++seq,
    id: (table) => {
      const next = (counters.get(table) ?? 0) + 1;
      counters.set(table, next);
      return next;
    },
  };
}

export const accountById = (w: World, id: number): Account => {
  const a = w.accounts[id - 1];
  if (!a || a.id !== id) throw new Error(`no account ${id}`);
  return a;
};
export const planById = (w: World, id: number): AccountPlan => {
  const p = w.accountPlans[id - 1];
  if (!p || p.id !== id) throw new Error(`no account plan ${id}`);
  return p;
};
