// Payout attempts on a refund (docs/OPERATIONS.md "Refunds", MONEY.md §5.5 in our words): every
// attempt stays visible in refund_payouts, and their number is bounded (`payout_max_attempts`),
// so a refund cannot alternate "paid" / "payout failed" without end.

export interface PayoutEvent { status: 'succeeded' | 'failed' }

/**
 * How many payout attempts the recorded events are, oldest first. Each payout recorded is one
 * attempt, succeeded or failed; a failure reported after a success (the provider reversed it)
 * is the outcome of that attempt, not a new one.
 */
export function payoutAttempts(events: readonly PayoutEvent[]): number {
  let attempts = 0;
  events.forEach((e, i) => {
    if (!(e.status === 'failed' && events[i - 1]?.status === 'succeeded')) attempts++;
  });
  return attempts;
}

/** Whether another payout attempt may be made (the next would be number `attempts + 1`). */
export const mayAttemptPayout = (attempts: number, maxAttempts: number): boolean => attempts < maxAttempts;

/** The attempt each recorded event belongs to (1, 2, …), for the case's history. */
export function attemptNumbers(events: readonly PayoutEvent[]): number[] {
  return events.map((_, i) => payoutAttempts(events.slice(0, i + 1)));
}
