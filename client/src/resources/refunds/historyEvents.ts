import type { Refund, RefundApproval, RefundAuditEntry, RefundHistory, RefundMessage, RefundPayout } from './refundTypes.ts';

export type HistoryEvent =
  | { type: 'requested'; at: string; refund: Refund }
  | { type: 'approval'; at: string; approval: RefundApproval; second: boolean }
  | { type: 'rejected'; at: string; refund: Refund }
  | { type: 'payout'; at: string; payout: RefundPayout }
  | { type: 'message'; at: string; message: RefundMessage }
  | { type: 'audit'; at: string; audit: RefundAuditEntry };

// At the same instant, the fact first, then the staff action that recorded it, then the e-mail it sent.
const ORDER: Record<HistoryEvent['type'], number> = { requested: 0, approval: 1, rejected: 1, payout: 1, audit: 2, message: 3 };

/** The case's history as one timeline, oldest first: request, approvals, decision, payout attempts, e-mails, staff actions. */
export function historyEvents(history: RefundHistory): HistoryEvent[] {
  const { refund } = history;
  const events: HistoryEvent[] = [
    { type: 'requested', at: refund.requestedAt, refund },
    ...history.approvals.map((approval, index): HistoryEvent => ({
      type: 'approval',
      at: approval.createdAt,
      approval,
      second: index > 0,
    })),
    ...history.payouts.map((payout): HistoryEvent => ({ type: 'payout', at: payout.createdAt, payout })),
    ...history.messages.map((message): HistoryEvent => ({ type: 'message', at: message.createdAt, message })),
    ...history.audit.map((audit): HistoryEvent => ({ type: 'audit', at: audit.at, audit })),
  ];
  if (refund.status === 'rejected' && refund.decidedAt) events.push({ type: 'rejected', at: refund.decidedAt, refund });
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || ORDER[a.type] - ORDER[b.type]);
}
