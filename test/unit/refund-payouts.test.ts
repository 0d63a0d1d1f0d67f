// Payout attempts (server/domain/refunds/payouts.ts; docs/OPERATIONS.md "Refunds").
import { describe, expect, test } from 'vitest';
import { attemptNumbers, mayAttemptPayout, payoutAttempts } from '../../server/domain/refunds/payouts.ts';

const ev = (...s: ('succeeded' | 'failed')[]) => s.map((status) => ({ status }));

describe('counting payout attempts', () => {
  test('no payout yet: no attempt', () => {
    expect(payoutAttempts([])).toBe(0);
  });
  test('each payout recorded is an attempt, succeeded or failed', () => {
    expect(payoutAttempts(ev('failed', 'failed', 'succeeded'))).toBe(3);
  });
  test("a failure reported after a success is that attempt's outcome, not a new attempt", () => {
    expect(payoutAttempts(ev('succeeded', 'failed', 'succeeded', 'failed'))).toBe(2);
  });
  test('the history numbers each event by its attempt', () => {
    expect(attemptNumbers(ev('succeeded', 'failed', 'failed', 'succeeded'))).toEqual([1, 1, 2, 3]);
  });
  test('another attempt is allowed below payout_max_attempts only', () => {
    expect([0, 2, 3, 4].map((n) => mayAttemptPayout(n, 3))).toEqual([true, true, false, false]);
  });
});
