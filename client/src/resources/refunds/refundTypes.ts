// Shapes of /api/refunds, its case history, and the order and plan a case is about (docs/PRODUCT.md §2 "Refunds").
import type { RaRecord } from 'react-admin';
import type {
  ACCOUNT_PLAN_STATUSES,
  MESSAGE_STATUSES,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  PLAN_ORIGINS,
  REFUND_ELIGIBILITIES,
  REFUND_REJECT_CODES,
  REFUND_SOURCES,
  REFUND_STATUSES,
} from '../../../../server/domain/enums.ts';
import type { EligibilityReason } from '../../../../server/domain/refunds/eligibility.ts';
import type { VerdictRecord } from '../../../../server/domain/refunds/verdictRecord.ts';

export type { EligibilityReason, VerdictRecord };
export type VerdictFacts = VerdictRecord['facts'];
export type RefundStatus = (typeof REFUND_STATUSES)[number];
export type Eligibility = (typeof REFUND_ELIGIBILITIES)[number];
export type RejectCode = (typeof REFUND_REJECT_CODES)[number];
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface Refund extends RaRecord<number> {
  orderId: number;
  accountId: number;
  status: RefundStatus;
  source: (typeof REFUND_SOURCES)[number];
  customerReason: string | null;
  loggedByStaffId: number | null;
  requestedAt: string;
  eligibility: Eligibility;
  eligibilityReasons: EligibilityReason[];
  /** What the terms allow at most (0 when not eligible). */
  proposedAmountCents: number;
  decisionDueAt: string;
  /** Granted: set by the first approval (four eyes) or the decision. */
  amountCents: number | null;
  rejectReasonCode: RejectCode | null;
  decisionNote: string | null;
  decidedAt: string | null;
  decidedByStaffId: number | null;
  payoutDueAt: string | null;
  payoutMethod: PaymentMethod | null;
  payoutReference: string | null;
  paidOutAt: string | null;
  failureReason: string | null;
  /** The verdict's facts when the customer asked (null on requests older than their recording). */
  requestFacts: VerdictRecord | null;
  /** The same facts, re-assessed inside the decision. */
  decisionFacts: VerdictRecord | null;
  /** Why an admin confirmed a receipt date further back than agents may date a request. */
  backdateReason: string | null;
  backdateConfirmedByStaffId: number | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Order extends RaRecord<number> {
  accountId: number;
  planId: number;
  amountCents: number;
  vatCents: number;
  paymentMethod: PaymentMethod;
  paymentReference: string;
  promoCodeId: number | null;
  status: (typeof ORDER_STATUSES)[number];
  refundedCents: number;
  orderedAt: string;
  /** Set on orders over 120 € incl. VAT: kept 10 years (docs/RULES.md "Accounts"). */
  retainUntil: string | null;
}

export interface AccountPlan extends RaRecord<number> {
  orderId: number | null;
  name: string;
  origin: (typeof PLAN_ORIGINS)[number];
  dataTotalMb: number;
  dataUsedMb: number;
  dataRemainingMb: number;
  unlimited: boolean;
  status: (typeof ACCOUNT_PLAN_STATUSES)[number];
  installedAt: string | null;
  activatedAt: string | null;
  expiresAt: string | null;
}

export interface RefundApproval {
  id: number;
  staffId: number;
  staffEmail: string;
  staffName: string;
  amountCents: number;
  note: string | null;
  outsidePolicy: boolean;
  createdAt: string;
}

export interface RefundPayout {
  id: number;
  /** Which payout attempt this is (a failure reported after a success belongs to that attempt). */
  attempt?: number;
  amountCents: number;
  method: PaymentMethod | null;
  provider: string;
  providerReference: string | null;
  status: 'succeeded' | 'failed';
  failureReason: string | null;
  createdAt: string;
}

export interface RefundMessage {
  id: number;
  channel: string;
  template: string;
  subject: string;
  toAddress: string;
  status: (typeof MESSAGE_STATUSES)[number];
  createdAt: string;
}

export interface RefundAuditEntry {
  id: number;
  at: string;
  actorEmail: string | null;
  action: string;
  reason: string | null;
}

/** `GET /api/refunds/:id/history` (finance). */
export interface RefundHistory {
  refund: Refund;
  approvals: RefundApproval[];
  payouts: RefundPayout[];
  /** After this many payout attempts, none more from the console (setting payout_max_attempts). */
  payoutMaxAttempts?: number;
  messages: RefundMessage[];
  audit: RefundAuditEntry[];
}

/** `GET /api/refunds/:id/assessment` (finance): the verdict as asked, as it would be decided now, and as decided. */
export interface RefundAssessment {
  then: VerdictRecord | null;
  now: VerdictRecord;
  decided: VerdictRecord | null;
}

/** `GET /api/refund-rules` (support, finance): the settings the refund dialogs explain. */
export interface RefundRules {
  fourEyesThresholdCents: number;
  backdateWorkingDays: number;
  /** The earliest receipt an agent may give without an admin's confirmation. */
  earliestAgentReceiptAt: string;
}
