// Customer complaints (GCU §14, GCS §14, §18; docs/ACCOUNTS.md "Complaints"). Pure rules.
import { parisDate } from '../calendar.ts';
import { addDays, endOfParisDay } from '../refunds/clocks.ts';

/** A complaint is answered by the end (Paris) of the `days`-th day after it was received (setting `complaint_answer_days`). */
export const complaintDueAt = (receivedAt: Date, days: number): Date => endOfParisDay(addDays(parisDate(receivedAt), days));

/**
 * What a complaint may be linked to: an order, refund or transfer of the same customer (a transfer the
 * customer sent or received). Returns the first link that is not theirs, or null.
 */
export function foreignLink(
  accountId: number,
  links: {
    order?: { account_id: number } | null;
    refund?: { account_id: number } | null;
    transfer?: { sender_account_id: number; recipient_account_id: number | null; redirected_to_account_id?: number | null } | null;
  },
): 'orderId' | 'refundId' | 'transferId' | null {
  if (links.order && links.order.account_id !== accountId) return 'orderId';
  if (links.refund && links.refund.account_id !== accountId) return 'refundId';
  const t = links.transfer;
  if (t && t.sender_account_id !== accountId && t.recipient_account_id !== accountId && t.redirected_to_account_id !== accountId)
    return 'transferId';
  return null;
}

/** The consumer mediator's details are set (setting `consumer_mediator`: name, address, website): the terms require them (GCS §18, Consumer Code L.616-1). */
export const mediatorDetailsSet = (details: string): boolean => details.trim().length >= 10;
