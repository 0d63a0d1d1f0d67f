import { describe, expect, test } from 'vitest';
import {
  abuseFlags,
  activateBy,
  homeCountryOf,
  promotionConditionsRefusal,
  redemptionRefusal,
  referralOutcome,
  type PromotionConditions,
  type RedemptionFacts,
} from '../../server/domain/accounts/promotions.ts';

// GCS §5.3.3.1 (promotional offers), GCU §7 (sponsorship), docs/ACCOUNTS.md "Promo codes", "Abuse flags", "Referral lifecycle".
const NOW = new Date('2026-11-22T10:00:00.000Z');
const offer = (over: Partial<RedemptionFacts> = {}): RedemptionFacts => ({
  kind: 'welcome',
  status: 'active',
  validFrom: new Date('2026-01-01T00:00:00.000Z'),
  validUntil: new Date('2026-12-31T23:00:00.000Z'),
  now: NOW,
  maxRedemptions: null,
  redemptions: 0,
  usedByAccount: false,
  usedByEmail: false,
  usedByDevice: false,
  disposableDomain: false,
  ...over,
});

describe('who may redeem an offer', () => {
  test('a first welcome offer on a new device and e-mail is granted', () => {
    expect(redemptionRefusal(offer())).toBeNull();
  });
  test('a disabled code is refused', () => {
    expect(redemptionRefusal(offer({ status: 'disabled' }))).toBe('promo_inactive');
  });
  test('a code is refused before it starts', () => {
    expect(redemptionRefusal(offer({ validFrom: new Date(NOW.getTime() + 1) }))).toBe('promo_not_started');
  });
  test('a code may be used from the very instant it starts', () => {
    expect(redemptionRefusal(offer({ validFrom: NOW }))).toBeNull();
  });
  test('a code is refused after it ends', () => {
    expect(redemptionRefusal(offer({ validUntil: new Date(NOW.getTime() - 1) }))).toBe('promo_expired');
  });
  test('a code may still be used at the instant it ends', () => {
    expect(redemptionRefusal(offer({ validUntil: NOW }))).toBeNull();
  });
  test('a code with no end date never expires', () => {
    expect(redemptionRefusal(offer({ validUntil: null, now: new Date('2036-01-01T00:00:00.000Z') }))).toBeNull();
  });
  test('a code used as many times as allowed is refused', () => {
    expect(redemptionRefusal(offer({ maxRedemptions: 100, redemptions: 100 }))).toBe('promo_exhausted');
  });
  test('the last allowed redemption is granted', () => {
    expect(redemptionRefusal(offer({ maxRedemptions: 100, redemptions: 99 }))).toBeNull();
  });
  test('a welcome offer is once per person: an account that had it is refused', () => {
    expect(redemptionRefusal(offer({ usedByAccount: true }))).toBe('promo_already_used');
  });
  test('a welcome offer is once per e-mail address', () => {
    expect(redemptionRefusal(offer({ usedByEmail: true }))).toBe('promo_email_used');
  });
  test('a welcome offer is once per device', () => {
    expect(redemptionRefusal(offer({ usedByDevice: true }))).toBe('promo_device_used');
  });
  test('a disposable e-mail cannot redeem a welcome offer', () => {
    expect(redemptionRefusal(offer({ disposableDomain: true }))).toBe('disposable_email');
  });
  test('a partner code is once per account', () => {
    expect(redemptionRefusal(offer({ kind: 'partner', usedByAccount: true }))).toBe('promo_already_used');
  });
  test('a partner code is once per e-mail address and per device too (GCS §5.3.3.1: any offer)', () => {
    expect(redemptionRefusal(offer({ kind: 'partner', usedByEmail: true }))).toBe('promo_email_used');
    expect(redemptionRefusal(offer({ kind: 'partner', usedByDevice: true }))).toBe('promo_device_used');
  });
  test('a disposable e-mail cannot redeem a partner offer either (GCS §5.3.3.1: no temporary address for any offer)', () => {
    expect(redemptionRefusal(offer({ kind: 'partner', disposableDomain: true }))).toBe('disposable_email');
  });
  test('the code itself is checked before the customer: an expired code says expired, not used', () => {
    expect(redemptionRefusal(offer({ validUntil: new Date('2026-06-30T00:00:00.000Z'), usedByAccount: true }))).toBe('promo_expired');
  });
});

describe('the activation window of an offer', () => {
  test('activation is due within 90 days', () => {
    expect(activateBy(new Date('2026-11-22T10:00:00.000Z'), 90).toISOString()).toBe('2027-02-20T10:00:00.000Z');
  });
  test('the window is counted in whole days of 24 hours, whatever the clocks do in Paris', () => {
    expect(activateBy(new Date('2026-03-01T10:00:00.000Z'), 30).toISOString()).toBe('2026-03-31T10:00:00.000Z');
  });
  test('a shorter window set on the code applies', () => {
    expect(activateBy(new Date('2026-11-22T10:00:00.000Z'), 7).toISOString()).toBe('2026-11-29T10:00:00.000Z');
  });
});

describe('abuse flags on a referral or a redemption', () => {
  const clean = { domainDisposable: false, otherAccountsOnDevice: 0, otherAccountsOnPayment: 0 };
  test('nothing shared, nothing flagged', () => {
    expect(abuseFlags(clean)).toEqual([]);
  });
  test('same device flags the redemption', () => {
    expect(abuseFlags({ ...clean, otherAccountsOnDevice: 1 })).toEqual(['same_device']);
  });
  test('same payment fingerprint flags the redemption', () => {
    expect(abuseFlags({ ...clean, otherAccountsOnPayment: 1 })).toEqual(['same_payment']);
  });
  test('a disposable domain flags the redemption', () => {
    expect(abuseFlags({ ...clean, domainDisposable: true })).toEqual(['disposable_domain']);
  });
  test('three accounts on one device are a cluster', () => {
    expect(abuseFlags({ ...clean, otherAccountsOnDevice: 2 })).toEqual(['same_device', 'account_cluster']);
  });
  test('three accounts on one payment fingerprint are a cluster', () => {
    expect(abuseFlags({ ...clean, otherAccountsOnPayment: 2 })).toEqual(['same_payment', 'account_cluster']);
  });
  test('two accounts on a device and two on a card are not a cluster', () => {
    expect(abuseFlags({ ...clean, otherAccountsOnDevice: 1, otherAccountsOnPayment: 1 })).not.toContain('account_cluster');
  });
  test('every flag at once, cluster last', () => {
    expect(abuseFlags({ domainDisposable: true, otherAccountsOnDevice: 4, otherAccountsOnPayment: 3 })).toEqual([
      'same_device',
      'same_payment',
      'disposable_domain',
      'account_cluster',
    ]);
  });
});

describe("GCU §7.2: the sponsor's reward", () => {
  // The friend's first paid plan: ordered on 1 October (Paris), valid until 20 October.
  const ORDERED = new Date('2026-10-01T08:00:00Z');
  const ENDS = new Date('2026-10-20T08:00:00Z');
  const at = (iso: string) => new Date(iso);
  const outcome = (status: string, now: Date, o: { expiresAt?: Date | null; refundRequested?: boolean; referral?: string } = {}) =>
    referralOutcome({
      status: o.referral ?? 'qualifying',
      plan: { status, expiresAt: o.expiresAt === undefined ? ENDS : o.expiresAt, orderedAt: ORDERED },
      refundRequested: o.refundRequested ?? false,
      now,
    });
  test('rewarded once the plan has expired and its 30-day refund window has closed without a request', () => {
    expect(outcome('expired', at('2026-11-01T08:00:00Z'))).toBe('reward');
  });
  test('an expired plan still inside its refund window waits: a request may still come (day 31 in Paris is the first day past it)', () => {
    expect(outcome('expired', at('2026-10-31T22:59:00Z'))).toBe('wait');
    expect(outcome('expired', at('2026-10-31T23:01:00Z'))).toBe('reward');
  });
  test('a plan whose data is all used has not expired: the reward waits for the end of its validity', () => {
    expect(outcome('exhausted', at('2026-10-05T08:00:00Z'), { expiresAt: ENDS })).toBe('wait');
    expect(outcome('exhausted', at('2026-11-02T08:00:00Z'), { expiresAt: ENDS })).toBe('reward');
  });
  test('an active plan past its validity (the expiry job has not run yet) counts as expired', () => {
    expect(outcome('active', at('2026-11-02T08:00:00Z'))).toBe('reward');
  });
  test.each(['pending', 'active'])("the reward waits while the friend's plan is %s and valid", (status) => {
    expect(outcome(status, at('2026-10-10T08:00:00Z'), { expiresAt: status === 'pending' ? null : ENDS })).toBe('wait');
  });
  test("a refund request on the friend's plan voids the referral, even once it has expired", () => {
    expect(outcome('expired', at('2026-11-02T08:00:00Z'), { refundRequested: true })).toBe('void');
  });
  test.each(['refunded', 'cancelled'])('a %s first plan voids the referral', (status) => {
    expect(outcome(status, at('2026-10-10T08:00:00Z'))).toBe('void');
  });
  test('a friend who has not ordered yet (pending referral) waits', () => {
    expect(referralOutcome({ status: 'pending', plan: null, refundRequested: false, now: at('2026-11-02T08:00:00Z') })).toBe('wait');
  });
  test.each(['rewarded', 'void'])('a %s referral is final: nothing more happens', (referral) => {
    expect(outcome('expired', at('2026-11-02T08:00:00Z'), { referral })).toBe('wait');
  });
});

describe('GCS §5.3.3.1, §5.3.4, §7.1: the conditions of a promotion', () => {
  const base: PromotionConditions = {
    channel: 'app',
    kind: 'partner',
    welcomeAlreadyUsed: false,
    phone: '+33612345678',
    departureDate: '2026-12-20',
    orderDay: '2026-12-07',
    planCountry: 'JP',
  };
  test('granted in the app, with a phone number and a departure date, abroad', () => {
    expect(promotionConditionsRefusal(base)).toBeNull();
  });
  test('a code on a web-site order is refused: codes are used in the Application only', () => {
    expect(promotionConditionsRefusal({ ...base, channel: 'site' })).toBe('promo_app_only');
  });
  test('a second welcome offer is refused whatever its code', () => {
    expect(promotionConditionsRefusal({ ...base, kind: 'welcome', welcomeAlreadyUsed: true })).toBe('welcome_already_used');
  });
  test('a promotion needs the phone number and the departure date', () => {
    expect(promotionConditionsRefusal({ ...base, phone: null })).toBe('promo_needs_phone');
    expect(promotionConditionsRefusal({ ...base, departureDate: null })).toBe('promo_needs_departure_date');
    expect(promotionConditionsRefusal({ ...base, departureDate: '2026-13-40' })).toBe('invalid_departure_date');
  });
  test("no promotion in the customer's local market: a French number on a France plan", () => {
    expect(promotionConditionsRefusal({ ...base, planCountry: 'FR' })).toBe('promo_home_market');
    expect(promotionConditionsRefusal({ ...base, phone: '06 12 34 56 78', planCountry: 'FR' })).toBe('promo_home_market');
    expect(promotionConditionsRefusal({ ...base, phone: '+32470123456', planCountry: 'FR' })).toBeNull();
  });
  test('a region plan is taken as travel', () => {
    expect(promotionConditionsRefusal({ ...base, planCountry: null })).toBeNull();
  });
  test("the phone number's country is the home market", () => {
    expect(homeCountryOf('+33 6 25 06 95 71')).toBe('FR');
    expect(homeCountryOf('+81 90 1234 5678')).toBe('JP');
    expect(homeCountryOf(null)).toBeNull();
  });
});
