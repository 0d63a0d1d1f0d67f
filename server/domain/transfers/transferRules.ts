// The rules of "send data to a friend" (seed 000; SPEC §2 "Data transfers"), as a
// pure function of facts and `now`: every clause is a refusal with its own code.
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
    dataBlocked: boolean;
  };
  recipientEmail: string;
  /** The account that already uses the recipient's e-mail, if any. */
  recipient: { id: number; status: 'active' | 'deactivated' } | null;
  amountGb: unknown;
  /** An account-wide block on the sender. */
  senderBlocked: boolean;
}

export type TransferRefusalCode =
  | 'account_inactive' | 'source_not_owned' | 'source_not_paid' | 'source_not_active' | 'source_blocked'
  | 'insufficient_data' | 'amount_not_whole_gb' | 'amount_too_large' | 'self_transfer' | 'invalid_email'
  | 'recipient_inactive';

export interface TransferRefusal { code: TransferRefusalCode; message: string }

/** Data given away by Kolet can never be sent on; data received by transfer counts as paid (seed 000). */
const SENDABLE_ORIGINS = new Set(['paid', 'transfer']);

export function transferRefusals(f: TransferFacts, now: Date): TransferRefusal[] {
  const refusals: TransferRefusal[] = [];
  const refuse = (code: TransferRefusalCode, message: string) => refusals.push({ code, message });
  const s = f.source;

  if (f.sender.status !== 'active') refuse('account_inactive', 'The sender\'s account is not active');
  if (s.accountId !== f.sender.id) refuse('source_not_owned', 'The source plan does not belong to the sender');
  if (!SENDABLE_ORIGINS.has(s.origin)) refuse('source_not_paid', `Free or gifted data (${s.origin}) cannot be sent: only paid plans`);
  const expired = s.expiresAt !== null && new Date(s.expiresAt) <= now;
  if (s.status !== 'active' || expired) refuse('source_not_active', 'Only an active plan can send data (this one is ' + (expired ? 'expired' : s.status) + ')');
  if (s.dataBlocked || f.senderBlocked) refuse('source_blocked', 'Data on this plan is blocked by support');
  if (s.dataRemainingMb < MB_PER_GB) refuse('insufficient_data', 'A plan needs at least 1 GB left to send data');

  const amount = f.amountGb;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1) {
    refuse('amount_not_whole_gb', 'The amount must be a whole number of GB, at least 1 GB');
  } else if (gbToMb(amount) > s.dataRemainingMb) {
    refuse('amount_too_large', `At most ${Math.floor(s.dataRemainingMb / MB_PER_GB)} GB can be sent from this plan`);
  }

  const email = normalizeEmail(f.recipientEmail);
  if (!isValidEmail(email)) refuse('invalid_email', 'The recipient\'s e-mail address is not valid');
  else if (email === normalizeEmail(f.sender.email)) refuse('self_transfer', 'Data cannot be sent to one\'s own e-mail address');
  if (f.recipient && f.recipient.status !== 'active') refuse('recipient_inactive', 'The recipient\'s account is closed');

  return refusals;
}
