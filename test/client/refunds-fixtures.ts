// Refund cases and the fake API around them, shared by the refund console's client tests.
import { http, HttpResponse } from 'msw';
import type {
  AccountPlan,
  Order,
  Refund,
  RefundApproval,
  RefundAssessment,
  RefundHistory,
  RefundRules,
  VerdictRecord,
} from '../../client/src/resources/refunds/refundTypes.ts';

const HOUR = 3_600_000;

/** The facts of the verdict: by default as the case below was asked (20 MB of 5 GB used, partial). */
export function verdictRecord(
  facts: Partial<VerdictRecord['facts']> = {},
  verdict: Partial<VerdictRecord['verdict']> = {},
  assessedAt = new Date(Date.now() - 30 * HOUR).toISOString(),
): VerdictRecord {
  return {
    assessedAt,
    facts: {
      daysSinceOrder: 3,
      installed: true,
      activated: true,
      dataTotalMb: 5120,
      dataUsedMb: 20,
      dataSentMb: 0,
      amountPaidCents: 2499,
      refundedCents: 0,
      lostOrStolenDevice: false,
      ...facts,
    },
    verdict: { eligibility: 'partial', reasons: ['under_one_percent_used'], proposedAmountCents: 1979, ...verdict },
  };
}

export function refund(overrides: Partial<Refund> = {}): Refund {
  const now = Date.now();
  const record: Refund = {
    id: 11,
    orderId: 471,
    accountId: 116,
    status: 'requested',
    source: 'email',
    customerReason: 'My phone was not compatible in roaming.',
    loggedByStaffId: null,
    requestedAt: new Date(now - 30 * HOUR).toISOString(),
    eligibility: 'partial',
    eligibilityReasons: ['under_one_percent_used'],
    proposedAmountCents: 1979,
    decisionDueAt: new Date(now + 72 * HOUR).toISOString(),
    amountCents: null,
    rejectReasonCode: null,
    decisionNote: null,
    decidedAt: null,
    decidedByStaffId: null,
    payoutDueAt: null,
    payoutMethod: null,
    payoutReference: null,
    paidOutAt: null,
    failureReason: null,
    requestFacts: null,
    decisionFacts: null,
    backdateReason: null,
    backdateConfirmedByStaffId: null,
    createdAt: new Date(now - 30 * HOUR).toISOString(),
    updatedAt: new Date(now - 30 * HOUR).toISOString(),
    version: 1,
    ...overrides,
  };
  // The facts when asked, unless given: those of the stored verdict.
  const asked = verdictRecord(
    {},
    { eligibility: record.eligibility, reasons: record.eligibilityReasons, proposedAmountCents: record.proposedAmountCents },
  );
  return 'requestFacts' in overrides ? record : { ...record, requestFacts: asked };
}

export const order: Order = {
  id: 471,
  accountId: 116,
  planId: 12,
  amountCents: 2499,
  vatCents: 417,
  paymentMethod: 'card',
  paymentReference: 'pi_3HxG2svxWZse6i5Y',
  promoCodeId: null,
  status: 'paid',
  refundedCents: 0,
  orderedAt: '2026-11-01T09:00:00.000Z',
  retainUntil: null,
  listPriceCents: 2499,
  currency: 'EUR',
  paymentFingerprint: null,
  channel: 'app',
  departureDate: null,
  termsVersion: null,
  withdrawalWaivedAt: null,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  version: 1,
};

export const plan: AccountPlan = {
  id: 562,
  orderId: 471,
  name: 'Japan 5 GB – 15 days',
  origin: 'paid',
  dataTotalMb: 5120,
  dataUsedMb: 20,
  dataRemainingMb: 5100,
  unlimited: false,
  status: 'active',
  installedAt: '2026-11-01T10:00:00.000Z',
  activatedAt: '2026-11-02T08:00:00.000Z',
  expiresAt: '2026-11-17T08:00:00.000Z',
  accountId: 116,
  planId: 12,
  countryCode: 'JP',
  regionName: null,
  dataGiftedMb: 0,
  esimId: 88,
  validityDays: 15,
  orderedAt: '2026-11-01T09:00:00.000Z',
  activateBy: '2027-11-01T09:00:00.000Z',
  dataBlocked: false,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T08:00:00.000Z',
  version: 3,
};

export const approval = (staffId: number, amountCents = 1979): RefundApproval => ({
  id: 1,
  staffId,
  staffEmail: `staff${staffId}@kolet.test`,
  staffName: staffId === 7 ? 'Test Staff' : 'Thomas Girard',
  amountCents,
  note: null,
  outsidePolicy: false,
  createdAt: new Date(Date.now() - HOUR).toISOString(),
});

export const rules: RefundRules = {
  fourEyesThresholdCents: 10_000,
  backdateWorkingDays: 5,
  earliestAgentReceiptAt: new Date(Date.now() - 7 * 24 * HOUR).toISOString(),
};

/** `GET /api/refund-rules`, answering `rules` (the four-eyes threshold of 100 €). */
export const rulesHandler = (answer: RefundRules = rules) => http.get('*/api/refund-rules', () => HttpResponse.json(answer));

/**
 * GET of the order, its plan, the case history, the assessment (by default: nothing changed since
 * the request) and the refund rules, as the case page and its dialogs read them.
 */
export function caseHandlers(record: Refund, approvals: RefundApproval[] = [], assessment?: RefundAssessment) {
  const history: RefundHistory = { refund: record, approvals, payouts: [], messages: [], audit: [] };
  const answer = assessment ?? { then: record.requestFacts, now: record.requestFacts ?? verdictRecord(), decided: record.decisionFacts };
  return [
    http.get(`*/api/refunds/${record.id}/assessment`, () =>
      HttpResponse.json({ ...answer, now: { ...answer.now, assessedAt: new Date().toISOString() } }),
    ),
    rulesHandler(),
    http.get('*/api/orders/471', () => HttpResponse.json(order)),
    http.get('*/api/account-plans', () => HttpResponse.json([plan], { headers: { 'Content-Range': 'account-plans 0-0/1' } })),
    http.get(`*/api/refunds/${record.id}/history`, () => HttpResponse.json(history)),
  ];
}
