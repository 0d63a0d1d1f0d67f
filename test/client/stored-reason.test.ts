import { describe, expect, test } from 'vitest';
import { storedReasonInWords } from '../../client/src/components/storedReason.ts';

const fr: Record<string, string> = { 'enums.refund_reject_code.late_request': 'Demande trop tardive' };
const translate = (key: string, options?: Record<string, unknown>) => fr[key] ?? String(options?._ ?? key);

describe('a stored audit reason in words', () => {
  test("a rejection's code reads in the reader's language; its note stays as typed", () => {
    expect(storedReasonInWords('refunds.reject', 'late_request', translate)).toBe('Demande trop tardive');
    expect(storedReasonInWords('refunds.reject', 'late_request: asked on day 40', translate)).toBe('Demande trop tardive: asked on day 40');
  });
  test('free text, an unknown code, or another action is shown as stored', () => {
    expect(storedReasonInWords('refunds.reject', 'not_a_code', translate)).toBe('not_a_code');
    expect(storedReasonInWords('transfers.redirect', 'late_request', translate)).toBe('late_request');
    expect(storedReasonInWords(null, 'Customer called twice', translate)).toBe('Customer called twice');
  });
});
