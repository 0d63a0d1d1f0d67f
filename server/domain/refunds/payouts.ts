// Payout attempts on a refund (docs/OPERATIONS.md "Refunds", docs/MONEY.md §5.5 in our words): every
// attempt stays visible in refund_payouts, and their number is bounded (`payout_max_attempts`),
// so a refund cannot alternate "paid" / "payout failed" without end.

export interface PayoutEvent {
  status: 'succeeded' | 'failed';
}

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

// ——— Two-phase payouts through a payment provider (docs/RULES.md "Payouts through the provider") ———

export type PayoutState = 'requested' | 'pending' | 'succeeded' | 'failed' | 'cancelled';
/** What the provider says of an attempt, in its answer to our call or in a webhook. */
export type ReportedPayout = 'pending' | 'succeeded' | 'failed';

export interface PayoutTransition {
  to: PayoutState;
  /** The refund is paid out now (the customer is told, a credit note is issued). */
  paid: boolean;
  /** The refund reopens as `failed`, still owed. */
  reopen: boolean;
}

/**
 * What a report does to an attempt, whichever of the answer and the webhook comes first; null: nothing
 * (a replay, a late or stale report). Each attempt is paid at most once: `succeeded` is reached once,
 * and only a failure (the provider reversing it) leaves it; `failed` and `cancelled` are final.
 */
export function payoutTransition(current: PayoutState, reported: ReportedPayout): PayoutTransition | null {
  if (current === 'failed' || current === 'cancelled') return null;
  if (current === 'succeeded') return reported === 'failed' ? { to: 'failed', paid: false, reopen: true } : null;
  if (reported === 'pending') return current === 'pending' ? null : { to: 'pending', paid: false, reopen: false };
  if (reported === 'succeeded') return { to: 'succeeded', paid: true, reopen: false };
  return { to: 'failed', paid: false, reopen: true };
}

/** Stripe's refund statuses as one of ours (`requires_action`: the customer's bank needs something, still pending). */
export function stripeRefundState(status: string | null | undefined): ReportedPayout {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'failed' || status === 'canceled') return 'failed';
  return 'pending';
}

/** The key the provider deduplicates an attempt on: the same for every resend of attempt n, new for attempt n + 1. */
export const payoutIdempotencyKey = (refundId: number, attempt: number): string => `kolet-refund-${refundId}-attempt-${attempt}`;
