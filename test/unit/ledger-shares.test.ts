import { describe, expect, test } from 'vitest';
import { giftedPart, sizeDelta, type Movement } from '../../server/domain/ledger/shares.ts';

const move = (kind: Movement['kind'], deltaMb: number, giftedPlan = false): Movement => ({ kind, deltaMb, giftedPlan });

describe('paid and gifted data (seed 000; docs/RULES.md "Paid and gifted data")', () => {
  test('a paid purchase is paid data; the purchase of a free plan is a gift', () => {
    expect(giftedPart(move('purchase', 1024), { remainingMb: 0, giftedMb: 0 })).toEqual({ giftedDeltaMb: 0 });
    expect(giftedPart(move('purchase', 1024, true), { remainingMb: 0, giftedMb: 0 })).toEqual({ giftedDeltaMb: 1024 });
  });
  test.each(['bonus', 'goodwill', 'referral_reward'] as const)('a %s credit is gifted data', (kind) => {
    expect(giftedPart(move(kind, 512), { remainingMb: 1024, giftedMb: 0 })).toEqual({ giftedDeltaMb: 512 });
  });
  test('data received by transfer, or returned to its sender, counts as paid', () => {
    expect(giftedPart(move('transfer_in', 2048), { remainingMb: 0, giftedMb: 0 })).toEqual({ giftedDeltaMb: 0 });
    expect(giftedPart(move('reversal', 2048), { remainingMb: 10, giftedMb: 10 })).toEqual({ giftedDeltaMb: 0 });
  });
  test('usage spends the gift first, then paid data', () => {
    expect(giftedPart(move('usage', -300), { remainingMb: 2048, giftedMb: 1024 })).toEqual({ giftedDeltaMb: -300 });
    expect(giftedPart(move('usage', -1500), { remainingMb: 2048, giftedMb: 1024 })).toEqual({ giftedDeltaMb: -1024 });
  });
  test('write-offs end the gift with the rest', () => {
    expect(giftedPart(move('expiry', -2048), { remainingMb: 2048, giftedMb: 1024 })).toEqual({ giftedDeltaMb: -1024 });
    expect(giftedPart(move('refund_write_off', -2048), { remainingMb: 2048, giftedMb: 2048 })).toEqual({ giftedDeltaMb: -2048 });
  });
  test('data sent or recovered is paid data only, refused beyond the paid share', () => {
    expect(giftedPart(move('transfer_out', -1024), { remainingMb: 2048, giftedMb: 1024 })).toEqual({ giftedDeltaMb: 0 });
    expect(giftedPart(move('transfer_out', -2048), { remainingMb: 2048, giftedMb: 1024 })).toEqual({
      refusal: 'insufficient_paid_data',
      paidMb: 1024,
    });
    expect(giftedPart(move('reversal', -600), { remainingMb: 1000, giftedMb: 500 })).toEqual({
      refusal: 'insufficient_paid_data',
      paidMb: 500,
    });
  });
});

describe('the size of a plan as the customer sees it', () => {
  test('purchases, gifts and data received give the plan its size', () => {
    for (const kind of ['purchase', 'bonus', 'goodwill', 'referral_reward', 'transfer_in'] as const)
      expect(sizeDelta({ kind, deltaMb: 1024, reversesOwnEntry: false })).toBe(1024);
  });
  test('sending data away, using it, or losing it does not shrink the plan', () => {
    for (const kind of ['transfer_out', 'usage', 'expiry', 'refund_write_off', 'write_off'] as const)
      expect(sizeDelta({ kind, deltaMb: -1024, reversesOwnEntry: false })).toBe(0);
  });
  test('a reversal returning data to the plan that sent it does not grow it', () => {
    expect(sizeDelta({ kind: 'reversal', deltaMb: 4096, reversesOwnEntry: true })).toBe(0);
  });
  test('returned data landing on a new plan gives that plan its size; data withdrawn from a wrong recipient shrinks theirs', () => {
    expect(sizeDelta({ kind: 'reversal', deltaMb: 4096, reversesOwnEntry: false })).toBe(4096);
    expect(sizeDelta({ kind: 'reversal', deltaMb: -1024, reversesOwnEntry: false })).toBe(-1024);
  });
});
