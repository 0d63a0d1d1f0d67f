// Why support fixes a transfer (seed 000: transfers are final; support fixes an address error, and
// only that): a reason from the closed list, the address errors apart, and a note.
import { TRANSFER_FIX_REASONS } from '../../../../server/domain/enums.ts';
import { ADDRESS_ERRORS, type FixReason } from '../../../../server/domain/transfers/fixPlan.ts';

export type { FixReason };
export { ADDRESS_ERRORS };

/** The reasons that are not an address error: the transfer is final, unless an admin overrides it. */
export const FINAL_REASONS: readonly FixReason[] = TRANSFER_FIX_REASONS.filter((r) => !ADDRESS_ERRORS.includes(r));

export const isAddressError = (code: FixReason | ''): boolean => code !== '' && ADDRESS_ERRORS.includes(code);

/** At least what the API asks of a reason (3 characters), for the note of "Other". */
export const MIN_REASON_LENGTH = 3;
/** What the API asks of an admin's override reason (override_admin_only, transfer_final). */
export const MIN_OVERRIDE_LENGTH = 10;

/** The reason sent to the API and kept in the audit log: the chosen label, then the agent's note. */
export function composeReason(label: string, code: FixReason, note: string): string {
  const text = note.trim();
  if (code === 'other') return text;
  return text ? `${label} — ${text}` : label;
}

export function reasonIsComplete(code: FixReason | '', note: string): code is FixReason {
  if (code === '') return false;
  return code !== 'other' || note.trim().length >= MIN_REASON_LENGTH;
}

/** May this fix be asked for? An address error, yes; anything else only by an admin with a written reason. */
export function fixAllowed(code: FixReason | '', isAdmin: boolean, overrideReason: string): boolean {
  if (code === '') return false;
  return isAddressError(code) || (isAdmin && overrideReason.trim().length >= MIN_OVERRIDE_LENGTH);
}
