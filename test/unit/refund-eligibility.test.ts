import { describe, expect, test } from 'vitest';
import {
  assessRefund,
  changedFacts,
  partialAmountCents,
  refundEligibility,
  underOnePercent,
  type RefundFacts,
} from '../../server/domain/refunds/eligibility.ts';

const ORDERED = new Date('2026-10-01T21:30:00Z'); // 23:30 on 1 October, Paris
function facts(
  over: { order?: Partial<RefundFacts['order']>; plan?: Partial<RefundFacts['plan']>; request?: Partial<RefundFacts['request']> } = {},
): RefundFacts {
  return {
    order: { amountCents: 1999, refundedCents: 0, orderedAt: ORDERED, ...over.order },
    plan: { dataTotalMb: 10240, dataUsedMb: 0, dataSentMb: 0, installedAt: null, activatedAt: null, refunded: false, ...over.plan },
    request: { requestedAt: new Date('2026-10-10T10:00:00Z'), lostOrStolenDevice: false, ...over.request },
  };
}
const INSTALLED = new Date('2026-10-02T08:00:00Z');
const ACTIVATED = new Date('2026-10-03T08:00:00Z');

describe('refund eligibility (GCS §5.5, §6)', () => {
  test('eSIM not installed, asked within 30 days → full refund', () => {
    expect(refundEligibility(facts())).toEqual({ eligibility: 'full', reasons: ['not_installed'], proposedAmountCents: 1999 });
  });
  test('installed but the plan never activated → full refund', () => {
    expect(refundEligibility(facts({ plan: { installedAt: INSTALLED } }))).toEqual({
      eligibility: 'full',
      reasons: ['installed_not_activated'],
      proposedAmountCents: 1999,
    });
  });
  test('activated with less than 1 % used → partial, price × unused share rounded down to the cent', () => {
    // 100 MB of 10,240 used: 1999 × 10140 / 10240 = 1979.47… → 1979
    const v = refundEligibility(facts({ plan: { installedAt: INSTALLED, activatedAt: ACTIVATED, dataUsedMb: 100 } }));
    expect(v).toEqual({ eligibility: 'partial', reasons: ['under_one_percent_used'], proposedAmountCents: 1979 });
  });
  test('exactly 1 % used → not eligible (the rule is strict: used × 100 < total)', () => {
    const v = refundEligibility(facts({ plan: { installedAt: INSTALLED, activatedAt: ACTIVATED, dataTotalMb: 10000, dataUsedMb: 100 } }));
    expect(v).toEqual({ eligibility: 'not_eligible', reasons: ['data_used'], proposedAmountCents: 0 });
  });
  test('day 30 at 23:59 Paris time → eligible; day 31 at 00:01 → not', () => {
    expect(refundEligibility(facts({ request: { requestedAt: new Date('2026-10-31T22:59:00Z') } })).eligibility).toBe('full');
    expect(refundEligibility(facts({ request: { requestedAt: new Date('2026-10-31T23:01:00Z') } }))).toEqual({
      eligibility: 'not_eligible',
      reasons: ['late_request'],
      proposedAmountCents: 0,
    });
  });
  test('a discounted order is refundable up to what was paid (GCS §5.5: "only the amount of the Order")', () => {
    // 10 % off a 19.99 € plan: 17.99 € paid, never installed → 17.99 €.
    expect(refundEligibility(facts({ order: { amountCents: 1799 } }))).toEqual({
      eligibility: 'full',
      reasons: ['not_installed'],
      proposedAmountCents: 1799,
    });
    // Activated, 50 MB of 10,240 used: 1799 × 10190 / 10240 = 1790.2… → 1790.
    expect(
      refundEligibility(facts({ order: { amountCents: 1799 }, plan: { installedAt: INSTALLED, activatedAt: ACTIVATED, dataUsedMb: 50 } }))
        .proposedAmountCents,
    ).toBe(1790);
  });
  test('a free order is not eligible: nothing was paid', () => {
    expect(refundEligibility(facts({ order: { amountCents: 0 } }))).toEqual({
      eligibility: 'not_eligible',
      reasons: ['promo_order'],
      proposedAmountCents: 0,
    });
  });
  test('data sent to someone else counts as consumed: 40 MB used and 1 GB sent of 10 GB → not eligible', () => {
    expect(
      refundEligibility(facts({ plan: { installedAt: INSTALLED, activatedAt: ACTIVATED, dataUsedMb: 40, dataSentMb: 1024 } })).reasons,
    ).toEqual(['data_used']);
  });
  test('a lost, stolen or changed device is not eligible', () => {
    expect(refundEligibility(facts({ request: { lostOrStolenDevice: true } }))).toEqual({
      eligibility: 'not_eligible',
      reasons: ['lost_or_stolen_device'],
      proposedAmountCents: 0,
    });
  });
  test('every reason that applies is listed', () => {
    const v = refundEligibility(
      facts({
        order: { amountCents: 0 },
        request: { requestedAt: new Date('2026-12-01T10:00:00Z'), lostOrStolenDevice: true },
        plan: { installedAt: INSTALLED, activatedAt: ACTIVATED, dataUsedMb: 5000 },
      }),
    );
    expect(v.reasons).toEqual(['late_request', 'lost_or_stolen_device', 'promo_order', 'data_used']);
  });
  test('what was already refunded caps the proposal, and a fully refunded order is not eligible', () => {
    expect(refundEligibility(facts({ order: { refundedCents: 500 } })).proposedAmountCents).toBe(1499);
    expect(refundEligibility(facts({ order: { refundedCents: 1999 } })).reasons).toContain('already_refunded');
    expect(refundEligibility(facts({ order: { refundedCents: 500 }, plan: { refunded: true } })).reasons).toEqual(['already_refunded']);
  });
});

describe('integer arithmetic, no float drift', () => {
  test('under 1 % is computed in integers', () => {
    expect(underOnePercent(99, 10000)).toBe(true);
    expect(underOnePercent(100, 10000)).toBe(false);
    expect(underOnePercent(0, 1)).toBe(true);
  });
  test('the partial amount never exceeds the price and rounds down', () => {
    expect(partialAmountCents(999, 1, 3)).toBe(666);
    expect(partialAmountCents(1, 1, 1024)).toBe(0);
    expect(partialAmountCents(12345, 0, 5120)).toBe(12345);
  });
});

describe('the verdict with its facts, then and now (docs/RULES.md "Refunds": re-assessed at the decision)', () => {
  test('stores the facts it rests on: days since the order (Paris days), installed, activated, used, sent away', () => {
    const r = assessRefund(
      facts({ plan: { installedAt: INSTALLED, activatedAt: ACTIVATED, dataUsedMb: 51 } }),
      new Date('2026-10-10T10:00:00Z'),
    );
    expect(r.facts).toEqual({
      daysSinceOrder: 9,
      installed: true,
      activated: true,
      dataTotalMb: 10240,
      dataUsedMb: 51,
      dataSentMb: 0,
      amountPaidCents: 1999,
      refundedCents: 0,
      lostOrStolenDevice: false,
    });
    expect(r.verdict.eligibility).toBe('partial');
  });
  test('a partial refund asked at 0.5 % used, then 4 GB sent away before the decision: now not eligible', () => {
    const asked = facts({ plan: { installedAt: INSTALLED, activatedAt: ACTIVATED, dataUsedMb: 51 } });
    const then = assessRefund(asked, new Date('2026-10-10T10:00:00Z'));
    const now = assessRefund({ ...asked, plan: { ...asked.plan, dataSentMb: 4096 } }, new Date('2026-10-12T10:00:00Z'));
    expect(then.verdict.proposedAmountCents).toBe(1989);
    expect(now.verdict).toEqual({ eligibility: 'not_eligible', reasons: ['data_used'], proposedAmountCents: 0 });
    expect(changedFacts(then.facts, now.facts)).toEqual(['dataSentMb']);
  });
});
