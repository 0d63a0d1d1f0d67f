// Referrals (GCU §7) and welcome / partner offers (GCS §5.3.3.1): who may redeem, and the abuse flags.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { requestedInTime } from '../refunds/clocks.ts';
export type AbuseFlag = 'same_device' | 'same_payment' | 'disposable_domain' | 'account_cluster';
export const CLUSTER_SIZE = 3;

export interface AbuseFacts {
  domainDisposable: boolean;
  otherAccountsOnDevice: number;
  otherAccountsOnPayment: number;
}

export function abuseFlags(f: AbuseFacts): AbuseFlag[] {
  const flags: AbuseFlag[] = [];
  if (f.otherAccountsOnDevice > 0) flags.push('same_device');
  if (f.otherAccountsOnPayment > 0) flags.push('same_payment');
  if (f.domainDisposable) flags.push('disposable_domain');
  if (f.otherAccountsOnDevice + 1 >= CLUSTER_SIZE || f.otherAccountsOnPayment + 1 >= CLUSTER_SIZE) flags.push('account_cluster');
  return flags;
}

export interface RedemptionFacts {
  kind: 'welcome' | 'partner';
  status: 'active' | 'disabled';
  validFrom: Date;
  validUntil: Date | null;
  now: Date;
  maxRedemptions: number | null;
  redemptions: number;
  usedByAccount: boolean;
  usedByEmail: boolean;
  usedByDevice: boolean;
  disposableDomain: boolean;
}

export type RedemptionRefusal =
  | 'promo_inactive'
  | 'promo_not_started'
  | 'promo_expired'
  | 'promo_exhausted'
  | 'promo_already_used'
  | 'promo_device_used'
  | 'promo_email_used'
  | 'disposable_email';

/**
 * Why an offer may not be redeemed, or null. GCS §5.3.3.1 holds for every promotional
 * offer, welcome or partner: no temporary or single-use address, and one use per
 * person, per device and per e-mail address ("use more than once by the same person or
 * the same device or the same e-mail address of the said offer" is misuse).
 */
export function redemptionRefusal(f: RedemptionFacts): RedemptionRefusal | null {
  if (f.status !== 'active') return 'promo_inactive';
  if (f.now < f.validFrom) return 'promo_not_started';
  if (f.validUntil && f.now > f.validUntil) return 'promo_expired';
  if (f.maxRedemptions != null && f.redemptions >= f.maxRedemptions) return 'promo_exhausted';
  if (f.usedByAccount) return 'promo_already_used';
  if (f.disposableDomain) return 'disposable_email';
  if (f.usedByEmail) return 'promo_email_used';
  if (f.usedByDevice) return 'promo_device_used';
  return null;
}

/** An offer not activated within its window (default 90 days) may be withheld. */
export const activateBy = (redeemedAt: Date, windowDays: number): Date => new Date(redeemedAt.getTime() + windowDays * 86_400_000);

export interface ReferralFacts {
  status: string;
  /** The friend's first paid plan: its status, when its validity ends, when it was ordered. */
  plan: { status: string; expiresAt: Date | null; orderedAt: Date } | null;
  refundRequested: boolean;
  now: Date;
}

/**
 * GCU §7.2: the sponsor is rewarded "when the first paying Plan purchased by the Referred Friend
 * expires, if the Referred Friend has not requested a partial or total refund". Expired means its
 * validity ended (using all its data is not expiry), and "has not requested" can only be known once
 * the 30-day window to ask (GCS §5.5) has closed. A refund request, a refund or a cancellation voids it.
 */
export function referralOutcome(r: ReferralFacts): 'reward' | 'void' | 'wait' {
  if (r.status !== 'qualifying' || !r.plan) return 'wait';
  if (r.refundRequested || r.plan.status === 'refunded' || r.plan.status === 'cancelled') return 'void';
  const validityEnded = r.plan.expiresAt !== null && r.plan.expiresAt <= r.now;
  const windowClosed = !requestedInTime(r.plan.orderedAt, r.now);
  return validityEnded && windowClosed ? 'reward' : 'wait';
}

/** The country a phone number belongs to (E.164 or a French national number): where the customer is local. */
export function homeCountryOf(phone: string | null): string | null {
  if (!phone) return null;
  return parsePhoneNumberFromString(phone, 'FR')?.country ?? null;
}

export type PromotionConditionRefusal =
  | 'promo_app_only'
  | 'welcome_already_used'
  | 'promo_needs_phone'
  | 'promo_needs_departure_date'
  | 'invalid_departure_date'
  | 'promo_home_market';

export interface PromotionConditions {
  channel: 'app' | 'site';
  kind: 'welcome' | 'partner' | 'referral';
  /** The customer already had a welcome offer, with this code or another (per account, e-mail or device). */
  welcomeAlreadyUsed: boolean;
  phone: string | null;
  /** YYYY-MM-DD. */
  departureDate: string | null;
  /** The order's Paris day, YYYY-MM-DD. */
  orderDay: string;
  /** The plan's country; null for a multi-country region plan. */
  planCountry: string | null;
}

const DAY = 86_400_000;
const dayDistance = (a: string, b: string) => Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY);

/**
 * The conditions of every promotional advantage (GCS §5.3.3.1, §5.3.4, §7.1; GCU §7): codes are used
 * in the Application only; a welcome offer once per customer whatever the code; the customer gives a
 * phone number and a departure date; offers are for travellers abroad, never in their local market
 * (their local market: the country of their phone number; a region plan is taken as travel).
 */
export function promotionConditionsRefusal(f: PromotionConditions): PromotionConditionRefusal | null {
  if (f.channel !== 'app') return 'promo_app_only';
  if (f.kind === 'welcome' && f.welcomeAlreadyUsed) return 'welcome_already_used';
  if (f.kind === 'referral') return null; // the friend's benefit (GCU §7.3) has its own conditions: first order, in the app
  if (!f.phone) return 'promo_needs_phone';
  if (!f.departureDate) return 'promo_needs_departure_date';
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(f.departureDate) ||
    Number.isNaN(Date.parse(`${f.departureDate}T00:00:00Z`)) ||
    Math.abs(dayDistance(f.departureDate, f.orderDay)) > 366
  )
    return 'invalid_departure_date';
  const home = homeCountryOf(f.phone);
  if (home && f.planCountry === home) return 'promo_home_market';
  return null;
}
