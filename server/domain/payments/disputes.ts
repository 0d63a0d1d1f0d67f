import { movableFrom, REFUND_STATES, type RefundStatus } from '../refunds/refundStates.ts';
// Chargebacks (GCS §7.3 in our words, docs/RULES.md "Disputes"): the customer asked the bank to take the
// payment back. While it is open the order is `disputed` and its plan stopped; its outcome decides the rest.

export type DisputeStatus = 'open' | 'won' | 'lost';

/**
 * Stripe's dispute statuses as ours. `warning_closed` is an inquiry the bank closed without a
 * chargeback: as good as won. Everything still before the bank is open.
 */
export function disputeStatusOf(stripeStatus: string): DisputeStatus {
  if (stripeStatus === 'won' || stripeStatus === 'warning_closed') return 'won';
  if (stripeStatus === 'lost') return 'lost';
  return 'open';
}

export interface DisputedOrder {
  /** The order's status before the dispute. */
  orderStatusBefore: string;
  /** The plan's status before the dispute (null: the order made no plan). */
  planStatusBefore: string | null;
  /** When the plan ends (null: not activated yet, it ends at its activation deadline). */
  planExpiresAt: Date | null;
  planActivateBy: Date | null;
}

export interface DisputeOutcome {
  orderStatus: string;
  /** The plan gets back its status and the data written off, or stays stopped. */
  restorePlan: boolean;
}

/**
 * Won: the payment stays ours, the order gets back its status, and its plan its data if the plan is still
 * within its validity (or not yet activated and before its activation deadline). Lost: the money went back
 * to the customer, the order is cancelled and the plan stays stopped.
 */
export function disputeOutcome(status: 'won' | 'lost', order: DisputedOrder, now: Date): DisputeOutcome {
  if (status === 'lost') return { orderStatus: 'cancelled', restorePlan: false };
  const end = order.planExpiresAt ?? order.planActivateBy;
  const stillValid =
    order.planStatusBefore !== null && ['pending', 'active'].includes(order.planStatusBefore) && (end === null || end > now);
  return { orderStatus: order.orderStatusBefore, restorePlan: stillValid };
}

/** Which refund statuses a dispute closes (a refund the provider already holds stays: its money is in flight). */
export const REFUND_STATUSES_CLOSED_BY_DISPUTE = movableFrom('close_for_dispute').filter((status) => status !== 'payout_pending');

/** Whether closing this refund gives its amount back to the order's refundable sum (it was granted but not paid). */
export const refundWasGranted = (status: RefundStatus): boolean =>
  REFUND_STATES[status].granted && (REFUND_STATUSES_CLOSED_BY_DISPUTE as readonly RefundStatus[]).includes(status);
