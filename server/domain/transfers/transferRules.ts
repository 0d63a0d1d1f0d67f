// The rules of "send data to a friend" (seed 000; docs/PRODUCT.md §2 "Data transfers"), as a
// pure function of facts and `now`: every clause is a refusal with its own code.
import { paidRemainingMb } from '../ledger/shares.ts';
import { gbToMb, isValidEmail, MB_PER_GB, normalizeEmail } from '../units.ts';

export interface TransferFacts {
  sender: { id: number; email: string; status: 'active' | 'deactivated' };
  source: {
    id: number;
    accountId: number;
    origin: 'paid' | 'promo' | 'welcome' | 'referral_reward' | 'transfer';
    status: string;
    expiresAt: string | null;
    dataRemainingMb: number;
    /** The gifted part of what is left (a welcome bonus, a goodwill credit…): never sendable. */
    dataGiftedMb: number;
    /** An unlimited plan: its fair-use allowance is not data that can be sent. */
    unlimited: boolean;
    dataBlocked: boolean;
    /** A refund request is open on the order that bought this plan (docs/RULES.md "Refunds": its data cannot be sent away meanwhile). */
    refundOpen: boolean;
  };
  recipientEmail: string;
  /** The account that already uses the recipient's e-mail, if any. */
  recipient: { id: number; status: 'active' | 'deactivated' } | null;
  amountGb: unknown;
  /** An account-wide block on the sender. */
  senderBlocked: boolean;
}

export type TransferRefusalCode =
  | 'account_inactive'
  | 'source_not_owned'
  | 'source_not_paid'
  | 'source_unlimited'
  | 'source_not_active'
  | 'source_blocked'
  | 'refund_pending'
  | 'insufficient_data'
  | 'amount_not_whole_gb'
  | 'amount_too_large'
  | 'self_transfer'
  | 'invalid_email'
  | 'recipient_inactive';

export interface TransferRefusal {
  code: TransferRefusalCode;
  message: string;
}

/** Data given away by Kolet can never be sent on; data received by transfer counts as paid (seed 000). */
const SENDABLE_ORIGINS = new Set(['paid', 'transfer']);

/** Why this plan cannot send data now, whatever the amount or the recipient: the clauses about the source. */
function sourceRefusals(f: Pick<TransferFacts, 'sender' | 'source' | 'senderBlocked'>, now: Date): TransferRefusal[] {
  const refusals: TransferRefusal[] = [];
  const refuse = (code: TransferRefusalCode, message: string) => refusals.push({ code, message });
  const s = f.source;
  if (f.sender.status !== 'active') refuse('account_inactive', "The sender's account is not active");
  if (s.accountId !== f.sender.id) refuse('source_not_owned', 'The source plan does not belong to the sender');
  if (!SENDABLE_ORIGINS.has(s.origin)) refuse('source_not_paid', `Free or gifted data (${s.origin}) cannot be sent: only paid plans`);
  if (s.unlimited) refuse('source_unlimited', "An unlimited plan's fair-use allowance cannot be sent");
  const expired = s.expiresAt !== null && new Date(s.expiresAt) <= now;
  if (s.status !== 'active' || expired)
    refuse('source_not_active', 'Only an active plan can send data (this one is ' + (expired ? 'expired' : s.status) + ')');
  if (s.dataBlocked || f.senderBlocked) refuse('source_blocked', 'Data on this plan is blocked by support');
  if (s.refundOpen) refuse('refund_pending', 'A refund request is open on this plan: its data cannot be sent until the request is decided');
  if (paidRemainingMb({ remainingMb: s.dataRemainingMb, giftedMb: s.dataGiftedMb }) < MB_PER_GB) {
    refuse(
      'insufficient_data',
      s.dataGiftedMb > 0
        ? 'A plan needs at least 1 GB of paid data left to send data (gifted data is never sent)'
        : 'A plan needs at least 1 GB left to send data',
    );
  }
  return refusals;
}

/**
 * What the plan can send now, in whole GB of paid data (the feature's own rule: whole GB only, at
 * least 1 GB), and the first reason it can send nothing. Shown to support and to the customer app.
 */
export function sendableNow(
  f: Pick<TransferFacts, 'sender' | 'source' | 'senderBlocked'>,
  now: Date,
): { gb: number; mb: number; refusal: TransferRefusal | null } {
  const refusal = sourceRefusals(f, now)[0] ?? null;
  const gb = refusal
    ? 0
    : Math.floor(paidRemainingMb({ remainingMb: f.source.dataRemainingMb, giftedMb: f.source.dataGiftedMb }) / MB_PER_GB);
  return { gb, mb: gbToMb(gb), refusal };
}

export function transferRefusals(f: TransferFacts, now: Date): TransferRefusal[] {
  const refusals = sourceRefusals(f, now);
  const refuse = (code: TransferRefusalCode, message: string) => refusals.push({ code, message });
  const s = f.source;
  const paidMb = paidRemainingMb({ remainingMb: s.dataRemainingMb, giftedMb: s.dataGiftedMb });

  const amount = f.amountGb;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1) {
    refuse('amount_not_whole_gb', 'The amount must be a whole number of GB, at least 1 GB');
  } else if (gbToMb(amount) > paidMb) {
    refuse('amount_too_large', `At most ${Math.floor(paidMb / MB_PER_GB)} GB of paid data can be sent from this plan`);
  }

  const email = normalizeEmail(f.recipientEmail);
  if (!isValidEmail(email)) refuse('invalid_email', "The recipient's e-mail address is not valid");
  else if (email === normalizeEmail(f.sender.email)) refuse('self_transfer', "Data cannot be sent to one's own e-mail address");
  if (f.recipient && f.recipient.status !== 'active') refuse('recipient_inactive', "The recipient's account is closed");

  return refusals;
}
