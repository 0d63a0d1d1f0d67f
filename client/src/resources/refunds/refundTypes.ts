// Shapes of /api/refunds, its case history, and the order and plan a case is about (docs/PRODUCT.md §2 "Refunds").
import type { RaRecord } from 'react-admin';
import type { AccountPlansRecord, OrdersRecord, RefundsRecord } from '../../records.generated.ts';
import type {
  MESSAGE_STATUSES,
  PAYMENT_METHODS,
  REFUND_ELIGIBILITIES,
  REFUND_REJECT_CODES,
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

/** A refund case as GET /api/refunds sends it (client/src/records.generated.ts), its JSON documents typed. */
export interface Refund extends Omit<RefundsRecord, 'eligibilityReasons' | 'requestFacts' | 'decisionFacts'>, RaRecord<number> {
  id: number;
  eligibilityReasons: EligibilityReason[];
  /** The verdict's facts when the customer asked (null on requests older than their recording). */
  requestFacts: VerdictRecord | null;
  /** The same facts, re-assessed inside the decision. */
  decisionFacts: VerdictRecord | null;
}

export interface Order extends OrdersRecord, RaRecord<number> {
  id: number;
}

export interface AccountPlan extends AccountPlansRecord, RaRecord<number> {
  id: number;
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
