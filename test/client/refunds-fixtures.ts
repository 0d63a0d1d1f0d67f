// Refund cases and the fake API around them, shared by the refund console's client tests.
import { http, HttpResponse } from 'msw';
import type { AccountPlan, Order, Refund, RefundApproval, RefundHistory } from '../../client/src/resources/refunds/refundTypes.ts';

const HOUR = 3_600_000;

export function refund(overrides: Partial<Refund> = {}): Refund {
  const now = Date.now();
  return {
    id: 11, orderId: 471, accountId: 116, status: 'requested', source: 'email',
    customerReason: 'My phone was not compatible in roaming.', loggedByStaffId: null,
    requestedAt: new Date(now - 30 * HOUR).toISOString(), eligibility: 'partial', eligibilityReasons: ['under_one_percent_used'],
    proposedAmountCents: 1979, decisionDueAt: new Date(now + 72 * HOUR).toISOString(), amountCents: null, rejectReasonCode: null,
    decisionNote: null, decidedAt: null, decidedByStaffId: null, payoutDueAt: null, payoutMethod: null, payoutReference: null,
    paidOutAt: null, failureReason: null, createdAt: new Date(now - 30 * HOUR).toISOString(), updatedAt: new Date(now - 30 * HOUR).toISOString(), version: 1,
    ...overrides,
  };
}

export const order: Order = {
  id: 471, accountId: 116, planId: 12, amountCents: 2499, vatCents: 417, paymentMethod: 'card', paymentReference: 'pi_3HxG2svxWZse6i5Y',
  promoCodeId: null, status: 'paid', refundedCents: 0, orderedAt: '2026-11-01T09:00:00.000Z', retainUntil: null,
};

export const plan: AccountPlan = {
  id: 562, orderId: 471, name: 'Japan 5 GB – 15 days', origin: 'paid', dataTotalMb: 5120, dataUsedMb: 20, dataRemainingMb: 5100,
  unlimited: false, status: 'active', installedAt: '2026-11-01T10:00:00.000Z', activatedAt: '2026-11-02T08:00:00.000Z', expiresAt: '2026-11-17T08:00:00.000Z',
};

export const approval = (staffId: number, amountCents = 1979): RefundApproval => ({
  id: 1, staffId, staffEmail: `staff${staffId}@kolet.test`, staffName: staffId === 7 ? 'Test Staff' : 'Thomas Girard', amountCents,
  note: null, outsidePolicy: false, createdAt: new Date(Date.now() - HOUR).toISOString(),
});

/** GET of the order, its plan and the case history, as the case page and its dialogs read them. */
export function caseHandlers(record: Refund, approvals: RefundApproval[] = []) {
  const history: RefundHistory = { refund: record, approvals, payouts: [], messages: [], audit: [] };
  return [
    http.get('*/api/orders/471', () => HttpResponse.json(order)),
    http.get('*/api/account-plans', () => HttpResponse.json([plan], { headers: { 'Content-Range': 'account-plans 0-0/1' } })),
    http.get(`*/api/refunds/${record.id}/history`, () => HttpResponse.json(history)),
  ];
}
