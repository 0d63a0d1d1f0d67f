// Shapes of /api/transfers and its support views (fix-preview, redirect/reverse, timeline).
import type { RaRecord } from 'react-admin';
import type { TransfersRecord } from '../../records.generated.ts';
import type { AUDIT_OUTCOMES, TRANSFER_STATUSES } from '../../../../server/domain/enums.ts';

export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** A transfer as GET /api/transfers sends it (client/src/records.generated.ts). `amountGb` is null on a transfer
 * that corrects another one (it moves whatever MB were recovered); `intendedEmail` is the address the sender meant. */
export interface Transfer extends TransfersRecord, RaRecord<number> {
  id: number;
}

export type FixKind = 'redirect' | 'reverse';

export type FixDestination =
  | { kind: 'source_plan'; accountPlanId: number }
  | { kind: 'new_plan'; accountId: number; expiresAt: string | null }
  | { kind: 'pending_registration'; email: string; expiresAt: string | null };

export interface Unrecoverable {
  usedMb: number;
  sentOnMb: number;
  expiredMb: number;
  expiresBeforeUseMb: number;
}

/** Why a fix is not possible (the API answers the same status and code to the POST). */
export interface FixRefusal {
  status: number;
  code: string;
  message: string;
}

export interface FixPlan {
  kind: FixKind;
  recoverableMb: number;
  unrecoverableMb: number;
  unrecoverable: Unrecoverable;
  destination: FixDestination | null;
  refusal: FixRefusal | null;
}

export interface EmailSuggestion {
  email: string;
  source: 'domain_typo' | 'earlier_recipient' | 'contact';
  distance: number;
  accountId?: number | null;
}

/** `GET /api/transfers/:id/fix-preview[?email=]`. */
export interface FixPreview {
  transferId: number;
  status: TransferStatus;
  amountMb: number;
  recipientEmail: string;
  suggestions: EmailSuggestion[];
  reverse: FixPlan;
  redirectEmail: string | null;
  redirect: FixPlan | null;
}

/** What `POST /api/transfers/:id/{redirect,reverse}` adds to the updated transfer. */
export interface FixOutcome {
  kind: FixKind;
  recoveredMb: number;
  unrecoverableMb: number;
  unrecoverable: Unrecoverable;
  destination: FixDestination | null;
  correctionTransferId: number | null;
}

export interface FixedTransfer extends Transfer {
  fix: FixOutcome;
}

export interface LedgerEntry {
  id: number;
  accountPlanId: number;
  kind: string;
  deltaMb: number;
  balanceAfterMb: number;
  note: string | null;
  actorKind: string;
  actorId: number | null;
  createdAt: string;
}

export interface TimelineMessage {
  id: number;
  template: string;
  toAddress: string;
  subject: string;
  status: string;
  sentAt: string | null;
}

export interface TimelineAudit {
  id: number;
  action: string;
  actorEmail: string | null;
  reason: string | null;
  /** `failure`: a refused attempt kept for a supervisor's eye (e.g. a fix asked for a final transfer). */
  outcome: (typeof AUDIT_OUTCOMES)[number];
  after: Record<string, unknown> | null;
  at: string;
}

interface EventBase {
  at: string;
  transferId: number;
}

export type TimelineEvent =
  | (EventBase & { type: 'created' | 'delivered' | 'fixed'; transfer: Transfer })
  | (EventBase & { type: 'ledger'; entry: LedgerEntry })
  | (EventBase & { type: 'message'; message: TimelineMessage })
  | (EventBase & { type: 'audit'; audit: TimelineAudit });

/** `GET /api/transfers/:id/timeline`. */
export interface TransferTimeline {
  transfer: Transfer;
  corrections: Transfer[];
  corrects: Transfer | null;
  events: TimelineEvent[];
}
