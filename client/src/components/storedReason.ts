// Audit reasons that some actions store as "<code>" or "<code>: <note>" (a refund's rejection: server/actions/refunds.ts).
// Everywhere an audit reason is shown (the audit log's sentences, a refund's case history), the code reads in the
// reader's language and the note stays as typed.
import { REFUND_REJECT_CODES } from '../../../server/domain/enums.ts';

const CODED_REASONS: Record<string, { vocabulary: string; codes: readonly string[] }> = {
  'refunds.reject': { vocabulary: 'refund_reject_code', codes: REFUND_REJECT_CODES },
};

export function storedReasonInWords(
  action: string | null | undefined,
  reason: string,
  translate: (key: string, options?: Record<string, unknown>) => string,
): string {
  const coded = action ? CODED_REASONS[action] : undefined;
  const [, code, note] = /^([a-z_]+)(?:: ([\s\S]*))?$/.exec(reason) ?? [];
  if (!coded || !code || !coded.codes.includes(code)) return reason;
  const words = translate(`enums.${coded.vocabulary}.${code}`, { _: code });
  return note ? `${words}: ${note}` : words;
}
