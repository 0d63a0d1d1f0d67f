// The common reasons support gives for a fix (Medusa's habit: a reason from a list, and a note).
export const FIX_REASONS = ['typo', 'wrong_person', 'sender_request', 'recipient_unknown', 'other'] as const;
export type FixReasonCode = (typeof FIX_REASONS)[number];

/** At least what the API asks of a reason (3 characters), for the note of "Other". */
export const MIN_REASON_LENGTH = 3;

/** The reason sent to the API and kept in the audit log: the chosen label, then the agent's note. */
export function composeReason(label: string, code: FixReasonCode, note: string): string {
  const text = note.trim();
  if (code === 'other') return text;
  return text ? `${label} — ${text}` : label;
}

export function reasonIsComplete(code: FixReasonCode | '', note: string): code is FixReasonCode {
  if (code === '') return false;
  return code !== 'other' || note.trim().length >= MIN_REASON_LENGTH;
}
