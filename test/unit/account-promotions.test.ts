import { describe, expect, test } from 'vitest';
import { abuseFlags, activateBy, redemptionRefusal, referralOutcome, type RedemptionFacts } from '../../server/domain/accounts/promotions.ts';

// GCS §5.3.3.1 (promotional offers), GCU §7 (sponsorship), docs/ACCOUNTS.md "Promo codes", "Abuse flags", "Referral lifecycle".
const NOW = new Date('2026-11-22T10:00:00.000Z');
const offer = (over: Partial<RedemptionFacts> = {}): RedemptionFacts => ({
  kind: 'welcome', status: 'active', validFrom: new Date('2026-01-01T00:00:00.000Z'), validUntil: new Date('2026-12-31T23:00:00.000Z'), now: NOW,
  maxRedemptions: null, redemptions: 0, usedByAccount: false, usedByEmail: false, usedByDevice: false, disposableDomain: false, ...over,
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
    expect(abuseFlags({ domainDisposable: true, otherAccountsOnDevice: 4, otherAccountsOnPayment: 3 })).toEqual(['same_device', 'same_payment', 'disposable_domain', 'account_cluster']);
  });
});

describe('GCU §7: the sponsor\'s reward', () => {
  const qualifying = (planStatus: string | null, refundRequested = false) => referralOutcome({ status: 'qualifying', planStatus, refundRequested });
  test('the sponsor is rewarded once the friend\'s first paid plan has expired without a refund request', () => {
    expect(qualifying('expired')).toBe('reward');
  });
  test('a first plan whose data is all used has ended too: the sponsor is rewarded', () => {
    expect(qualifying('exhausted')).toBe('reward');
  });
  test.each(['pending', 'active'])('the reward waits while the friend\'s plan is %s', (status) => {
    expect(qualifying(status)).toBe('wait');
  });
  test('a refund request on the friend\'s plan voids the referral, even once it has expired', () => {
    expect(qualifying('expired', true)).toBe('void');
  });
  test('a refund request voids the referral while the plan is still active', () => {
    expect(qualifying('active', true)).toBe('void');
  });
  test.each(['refunded', 'cancelled'])('a %s first plan voids the referral', (status) => {
    expect(qualifying(status)).toBe('void');
  });
  test('a friend who has not ordered yet (pending referral) waits', () => {
    expect(referralOutcome({ status: 'pending', planStatus: null, refundRequested: false })).toBe('wait');
  });
  test('a qualifying referral whose plan is not known yet waits', () => {
    expect(qualifying(null)).toBe('wait');
  });
  test.each(['rewarded', 'void'])('a %s referral is final: nothing more happens', (status) => {
    expect(referralOutcome({ status, planStatus: 'expired', refundRequested: false })).toBe('wait');
  });
});
