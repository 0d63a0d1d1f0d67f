import { describe, expect, test } from 'vitest';
import { applyMovement, applyUsage, usageRefusal, type PlanBalances } from '../../server/domain/ledger/usage.ts';

const NOW = new Date('2026-06-15T12:00:00Z');
const plan = (over: Partial<PlanBalances> = {}): PlanBalances => ({
  status: 'active',
  origin: 'paid',
  unlimited: false,
  remainingMb: 1000,
  giftedMb: 0,
  totalMb: 1000,
  usedMb: 0,
  expiresAt: '2026-07-01T00:00:00.000Z',
  ...over,
});
const facts = { planBlocked: false, accountBlocked: false, accountStatus: 'active', planStatus: 'active' };

describe('usage refusals', () => {
  test('a block on the plan or the account, a closed account, a plan not activated, usage in the future: in that order', () => {
    expect(usageRefusal(facts, NOW, NOW)).toBeNull();
    expect(usageRefusal({ ...facts, planBlocked: true, accountStatus: 'deactivated' }, NOW, NOW)).toBe('data_blocked');
    expect(usageRefusal({ ...facts, accountBlocked: true }, NOW, NOW)).toBe('data_blocked');
    expect(usageRefusal({ ...facts, accountStatus: 'deactivated', planStatus: 'pending' }, NOW, NOW)).toBe('account_inactive');
    for (const planStatus of ['pending', 'refunded', 'cancelled'])
      expect(usageRefusal({ ...facts, planStatus }, NOW, NOW)).toBe('plan_not_active');
    for (const planStatus of ['exhausted', 'expired']) expect(usageRefusal({ ...facts, planStatus }, NOW, NOW)).toBeNull();
    expect(usageRefusal(facts, new Date(NOW.getTime() + 1), NOW)).toBe('occurred_in_future');
  });
});

describe('what a usage record does to a plan', () => {
  test('charges what the plan holds, the rest is overshoot; a limited plan used up is exhausted', () => {
    const first = applyUsage(plan(), { mb: 400, occurredAt: NOW }, NOW);
    expect(first.chargedMb).toBe(400);
    expect(first.plan).toMatchObject({ remainingMb: 600, usedMb: 400, totalMb: 1000, status: 'active' });
    const past = applyUsage(first.plan, { mb: 700, occurredAt: NOW }, NOW);
    expect(past.chargedMb).toBe(600);
    expect(past.lines.map((l) => [l.kind, l.deltaMb, l.balanceAfterMb])).toEqual([['usage', -600, 0]]);
    expect(past.plan).toMatchObject({ remainingMb: 0, usedMb: 1000, status: 'exhausted' });
    expect(applyUsage(plan({ unlimited: true, remainingMb: 10 }), { mb: 10, occurredAt: NOW }, NOW).plan.status).toBe('active');
  });

  test('usage after the validity ended is overshoot; the plan expires now and its data is written off', () => {
    const ended = plan({ expiresAt: '2026-06-01T00:00:00.000Z', giftedMb: 200 });
    const before = applyUsage(ended, { mb: 100, occurredAt: new Date('2026-05-31T00:00:00Z') }, NOW);
    expect(before.chargedMb).toBe(100);
    expect(before.lines.map((l) => [l.kind, l.deltaMb, l.giftedDeltaMb])).toEqual([
      ['usage', -100, -100],
      ['expiry', -900, -100],
    ]);
    expect(before.plan).toMatchObject({ status: 'expired', remainingMb: 0, giftedMb: 0, usedMb: 100, totalMb: 1000 });
    const after = applyUsage(before.plan, { mb: 50, occurredAt: new Date('2026-05-31T00:00:00Z') }, NOW);
    expect([after.chargedMb, after.lines, after.plan]).toEqual([0, [], before.plan]);
    expect(applyUsage(ended, { mb: 100, occurredAt: new Date('2026-06-02T00:00:00Z') }, NOW).chargedMb).toBe(0);
  });

  test('a movement never takes a plan below zero, and data sent is paid data only', () => {
    expect(applyMovement(plan({ remainingMb: 10 }), { kind: 'usage', deltaMb: -11 })).toEqual({ refusal: 'insufficient_data', heldMb: 10 });
    expect(applyMovement(plan({ remainingMb: 100, giftedMb: 60 }), { kind: 'transfer_out', deltaMb: -50 })).toEqual({
      refusal: 'insufficient_paid_data',
      paidMb: 40,
    });
    const bonus = applyMovement(plan(), { kind: 'bonus', deltaMb: 500 });
    expect('line' in bonus && bonus.plan).toMatchObject({ remainingMb: 1500, giftedMb: 500, totalMb: 1500 });
  });
});
