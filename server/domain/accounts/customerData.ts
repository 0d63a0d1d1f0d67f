// Customer-data operations (docs/ACCOUNTS.md "Customer data"): correcting a customer's details
// (GCU §5.2), deletion requests (GCU §5.3), access requests (GDPR Art. 12(3), 15, 20) and
// goodwill data credits. Pure rules: no database, no HTTP.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { parisDate } from '../calendar.ts';
import { addDays, endOfParisDay } from '../refunds/clocks.ts';
import { isValidEmail, normalizeEmail } from '../units.ts';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A phone number as support types it ("06 25 06 95 71", "+33 6 25…", "0032 470…") in E.164
 * ("+33625069571"); a national number is read as French. null when it is not a possible number.
 */
export function normalisePhone(raw: string): string | null {
  const cleaned = raw.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(cleaned, 'FR');
  return parsed && parsed.isValid() ? parsed.number : null;
}

export interface DetailsChange {
  email?: string;
  name?: string | null;
  phone?: string | null;
  locale?: string;
}
export interface DetailsProblem {
  field: 'email' | 'phone' | 'locale' | 'name';
  code: string;
  message: string;
}

/**
 * Checks and normalises the new details of an account: a valid e-mail (trimmed, lower-cased), a
 * phone in E.164, a language the messages exist in. Returns the normalised change or the first problem.
 */
export function correctedDetails(
  change: DetailsChange,
  current: { email: string; status: string },
): { ok: DetailsChange } | { problem: DetailsProblem } {
  if (current.status !== 'active')
    return {
      problem: {
        field: 'email',
        code: 'account_inactive',
        message: 'A deactivated account is not corrected: its personal data was erased',
      },
    };
  const out: DetailsChange = {};
  if (change.email !== undefined) {
    const email = normalizeEmail(change.email);
    if (!isValidEmail(email)) return { problem: { field: 'email', code: 'invalid_email', message: 'The e-mail address is not valid' } };
    if (email !== current.email) out.email = email;
  }
  if (change.phone !== undefined) {
    if (change.phone === null || change.phone.trim() === '') out.phone = null;
    else {
      const phone = normalisePhone(change.phone);
      if (!phone)
        return {
          problem: {
            field: 'phone',
            code: 'invalid_phone',
            message: `"${change.phone}" is not a valid phone number (a French number, or an international one starting with +)`,
          },
        };
      out.phone = phone;
    }
  }
  if (change.name !== undefined)
    out.name = change.name === null || change.name.trim() === '' ? null : change.name.trim().replace(/\s+/g, ' ');
  if (change.locale !== undefined) {
    if (!(LOCALES as readonly string[]).includes(change.locale))
      return { problem: { field: 'locale', code: 'invalid_locale', message: 'The language must be fr or en' } };
    out.locale = change.locale;
  }
  return { ok: out };
}

/** A deletion request is due at the end (Paris) of the `days`-th day after it was received (setting `deletion_request_days`). */
export const deletionDueAt = (receivedAt: Date, days: number): Date => endOfParisDay(addDays(parisDate(receivedAt), days));

/**
 * GDPR Art. 12(3): an access request is answered within one month of receipt — the same date of
 * the next month (the month's last day when it has no such date), to the end of that Paris day.
 */
export function accessRequestDueAt(receivedAt: Date): Date {
  const [y, m, d] = parisDate(receivedAt).split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const next = new Date(Date.UTC(y, m, Math.min(d, last)));
  return endOfParisDay(next.toISOString().slice(0, 10));
}

/** A referral code that says nothing about the person (after deactivation, GCU §5.3): `CLOSED` and the account number. */
export const anonymousReferralCode = (accountId: number): string => `CLOSED${accountId}`;

export interface GoodwillCaps {
  perCreditMb: number;
  perAgentDayMb: number;
  fourEyesAboveMb: number;
}

/**
 * A goodwill credit is within the caps (settings): at most `perCreditMb` at once and
 * `perAgentDayMb` per agent per Paris day (credits awaiting a second approval count).
 */
export function goodwillRefusal(
  mb: number,
  grantedTodayMb: number,
  caps: GoodwillCaps,
): { code: 'goodwill_over_cap' | 'goodwill_daily_cap'; message: string } | null {
  if (mb > caps.perCreditMb)
    return { code: 'goodwill_over_cap', message: `A goodwill credit is at most ${caps.perCreditMb} MB; ${mb} MB is over the cap` };
  if (grantedTodayMb + mb > caps.perAgentDayMb)
    return {
      code: 'goodwill_daily_cap',
      message: `You have credited ${grantedTodayMb} MB today; ${mb} MB more would pass the daily cap of ${caps.perAgentDayMb} MB`,
    };
  return null;
}

/** Above the threshold a second support agent confirms the credit (the refunds' four eyes). */
export const goodwillNeedsSecondApproval = (mb: number, caps: GoodwillCaps): boolean => mb > caps.fourEyesAboveMb;
