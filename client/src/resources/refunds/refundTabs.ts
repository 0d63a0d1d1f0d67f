import type { SortPayload } from 'react-admin';
import type { RefundStatus } from './refundTypes.ts';

export type RefundTabId = 'to_decide' | 'awaiting_second_approval' | 'to_pay_out' | 'failed' | 'done';

export interface RefundTab {
  id: RefundTabId;
  /** The list's `status` filter: one status, or several (the API reads an array as IN). */
  status: RefundStatus | RefundStatus[];
  /** The nearest legal deadline first (GCS §6: decision in 5 working days, payout in 30 days). */
  sort: SortPayload;
}

/** The finance queue, in the order the work is done. */
export const REFUND_TABS: readonly RefundTab[] = [
  { id: 'to_decide', status: 'requested', sort: { field: 'decisionDueAt', order: 'ASC' } },
  { id: 'awaiting_second_approval', status: 'awaiting_second_approval', sort: { field: 'decisionDueAt', order: 'ASC' } },
  // With Stripe, an approved refund is `payout_pending` while the provider pays it: still to watch until paid.
  { id: 'to_pay_out', status: ['approved', 'payout_pending'], sort: { field: 'payoutDueAt', order: 'ASC' } },
  { id: 'failed', status: 'failed', sort: { field: 'payoutDueAt', order: 'ASC' } },
  { id: 'done', status: ['paid_out', 'rejected', 'closed'], sort: { field: 'decidedAt', order: 'DESC' } },
];

export const DEFAULT_TAB = REFUND_TABS[0]!;

/** The tab whose filter the list's `status` filter is (none when it was set otherwise, e.g. by a link). */
export function tabOfStatus(status: unknown): RefundTab | undefined {
  const wanted = Array.isArray(status) ? [...(status as string[])].sort().join() : String(status ?? '');
  return REFUND_TABS.find((tab) => (Array.isArray(tab.status) ? [...tab.status].sort().join() : tab.status) === wanted);
}
