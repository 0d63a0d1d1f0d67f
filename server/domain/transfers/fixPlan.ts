// Support's fix for a transfer sent to the wrong address (docs/PRODUCT.md §2 "Support fixes it"),
// as a pure function: what can be recovered now, where it goes, and what cannot.
import type { TRANSFER_FIX_REASONS } from '../enums.ts';
import { isValidEmail, normalizeEmail } from '../units.ts';
import { transferMoveRefusal } from './transferStates.ts';

export type FixKind = 'redirect' | 'reverse';
export type FixReason = (typeof TRANSFER_FIX_REASONS)[number];

/** The address errors support fixes (seed 000: "Email incorrect ? … nous réglerons le problème"). */
export const ADDRESS_ERRORS: readonly FixReason[] = [
  'address_typo',
  'similar_address_other_person',
  'address_never_existed',
  'outdated_address',
];

/** What the agent tells a customer whose transfer went where it was addressed: it is final (seed 000). */
export const FINAL_TRANSFER_ADVICE =
  'Transfers are final: support fixes an address error, and only that. Tell the customer that the recipient can send the data back with "Send data to a friend" (while they have at least 1 GB left).';

/**
 * May support fix a transfer for this reason? An address error, yes; anything else (a change of
 * mind, a wrong amount or plan) only as an admin's override with a written reason.
 */
export function fixReasonRefusal(reason: FixReason, override: { byAdmin: boolean; reason: string | null }): FixRefusal | null {
  if (ADDRESS_ERRORS.includes(reason)) return null;
  if (override.reason !== null && override.reason.trim().length >= 10) {
    return override.byAdmin
      ? null
      : {
          kind: 'not_allowed',
          code: 'override_admin_only',
          message: 'Only an admin can fix a transfer for a reason other than an address error',
        };
  }
  return { kind: 'rule', code: 'transfer_final', message: FINAL_TRANSFER_ADVICE };
}

export interface FixFacts {
  transfer: { id: number; status: 'pending' | 'delivered' | 'redirected' | 'reversed'; amountMb: number; recipientEmail: string };
  sender: { id: number; email: string; status: 'active' | 'deactivated' };
  source: { id: number; status: string; expiresAt: string | null };
  /** The wrong recipient's plan that received the data (delivered transfers). */
  recipientPlan: { id: number; dataRemainingMb: number; expiresAt: string | null } | null;
  /** What happened to the delivered data on the wrong recipient's plan (sums of its ledger, in MB). */
  spent: { usedMb: number; sentOnMb: number; expiredMb: number };
  /** For a redirect: the intended address and the account that uses it, if any. */
  target?: { email: string; account: { id: number; status: 'active' | 'deactivated' } | null };
}

export type FixDestination =
  | { kind: 'source_plan'; accountPlanId: number }
  | { kind: 'new_plan'; accountId: number; expiresAt: string | null }
  | { kind: 'pending_registration'; email: string; expiresAt: string | null };

/**
 * Why a fix is refused, in the rule's own terms: who may not (`not_allowed`), the transfer was already
 * fixed (`already_done`), or a rule of the fix (`rule`). The HTTP layer maps each kind to its status.
 */
export interface FixRefusal {
  kind: 'not_allowed' | 'already_done' | 'rule';
  code: string;
  message: string;
}

export interface FixPlan {
  kind: FixKind;
  recoverableMb: number;
  unrecoverableMb: number;
  /** Why the unrecoverable part is lost: never taken from anywhere else. */
  unrecoverable: { usedMb: number; sentOnMb: number; expiredMb: number; expiresBeforeUseMb: number };
  destination: FixDestination | null;
  refusal: FixRefusal | null;
}

const isPast = (iso: string | null, now: Date) => iso !== null && new Date(iso) <= now;

export function planFix(kind: FixKind, f: FixFacts, now: Date): FixPlan {
  const t = f.transfer;
  const unrecoverable = { usedMb: 0, sentOnMb: 0, expiredMb: 0, expiresBeforeUseMb: 0 };
  const plan = (recoverableMb: number, destination: FixDestination | null, refusal: FixRefusal | null): FixPlan => ({
    kind,
    recoverableMb,
    unrecoverableMb: t.amountMb - recoverableMb,
    unrecoverable,
    destination,
    refusal,
  });

  const wrongState = transferMoveRefusal(kind, t.status);
  if (wrongState) {
    return plan(0, null, { kind: 'already_done', ...wrongState });
  }

  // What the wrong recipient still holds: a pending transfer is wholly in flight; a delivered
  // one keeps what was not used, sent on, or lost at the recipient plan's expiry.
  let available = t.amountMb;
  if (t.status === 'delivered') {
    const p = f.recipientPlan;
    const held = p && !isPast(p.expiresAt, now) ? Math.min(p.dataRemainingMb, t.amountMb) : 0;
    unrecoverable.usedMb = Math.min(f.spent.usedMb, t.amountMb);
    unrecoverable.sentOnMb = Math.min(f.spent.sentOnMb, t.amountMb - unrecoverable.usedMb);
    unrecoverable.expiredMb = t.amountMb - unrecoverable.usedMb - unrecoverable.sentOnMb - held;
    available = held;
  }

  // Transferred data expires with the source plan: past that, returned data would be dead on arrival.
  const sourceExpired = isPast(f.source.expiresAt, now);
  if (sourceExpired && available > 0) {
    unrecoverable.expiresBeforeUseMb = available;
    available = 0;
  }

  let destination: FixDestination;
  if (kind === 'reverse') {
    if (f.sender.status !== 'active')
      return plan(0, null, {
        kind: 'rule',
        code: 'account_inactive',
        message: "The sender's account is closed: the data cannot be returned to it",
      });
    destination =
      f.source.status === 'active' && !sourceExpired
        ? { kind: 'source_plan', accountPlanId: f.source.id }
        : { kind: 'new_plan', accountId: f.sender.id, expiresAt: f.source.expiresAt };
  } else {
    const target = f.target;
    if (!target || !isValidEmail(normalizeEmail(target.email)))
      return plan(0, null, { kind: 'rule', code: 'invalid_email', message: 'The corrected e-mail address is not valid' });
    const email = normalizeEmail(target.email);
    if (email === normalizeEmail(t.recipientEmail))
      return plan(0, null, { kind: 'rule', code: 'same_recipient', message: 'The corrected address is the one the data was sent to' });
    if (email === normalizeEmail(f.sender.email))
      return plan(0, null, {
        kind: 'rule',
        code: 'self_transfer',
        message: "That is the sender's own address: reverse the transfer instead",
      });
    if (target.account && target.account.status !== 'active')
      return plan(0, null, { kind: 'rule', code: 'recipient_inactive', message: 'The account using the corrected address is closed' });
    destination = target.account
      ? { kind: 'new_plan', accountId: target.account.id, expiresAt: f.source.expiresAt }
      : { kind: 'pending_registration', email, expiresAt: f.source.expiresAt };
  }

  if (available === 0) {
    return plan(0, destination, {
      kind: 'rule',
      code: 'nothing_recoverable',
      message: 'Nothing can be recovered: the data was used, sent on, or has expired',
    });
  }
  return plan(available, destination, null);
}
