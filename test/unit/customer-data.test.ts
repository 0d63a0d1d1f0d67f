import { describe, expect, test } from 'vitest';
import {
  accessRequestDueAt,
  anonymousReferralCode,
  correctedDetails,
  deletionDueAt,
  goodwillNeedsSecondApproval,
  goodwillRefusal,
  normalisePhone,
} from '../../server/domain/accounts/customerData.ts';

describe("correcting a customer's details (GCU §5.2)", () => {
  test('phone numbers as people say them become E.164', () => {
    expect(normalisePhone('06 25 06 95 71')).toBe('+33625069571');
    expect(normalisePhone('+33 6 25 06 95 71')).toBe('+33625069571');
    expect(normalisePhone('0032 470 12 34 56')).toBe('+32470123456');
    expect(normalisePhone('12')).toBeNull();
  });
  test('the e-mail is trimmed and lower-cased; an unchanged value is no change; a deactivated account is not corrected', () => {
    expect(correctedDetails({ email: ' Julien.Moreau@GMAIL.com ' }, { email: 'julien.moreau@gmial.com', status: 'active' })).toEqual({
      ok: { email: 'julien.moreau@gmail.com' },
    });
    expect(correctedDetails({ email: 'A@B.FR' }, { email: 'a@b.fr', status: 'active' })).toEqual({ ok: {} });
    expect(correctedDetails({ email: 'not an e-mail' }, { email: 'a@b.fr', status: 'active' })).toMatchObject({
      problem: { code: 'invalid_email' },
    });
    expect(correctedDetails({ locale: 'de' }, { email: 'a@b.fr', status: 'active' })).toMatchObject({
      problem: { code: 'invalid_locale' },
    });
    expect(correctedDetails({ name: 'X' }, { email: 'a@b.fr', status: 'deactivated' })).toMatchObject({
      problem: { code: 'account_inactive' },
    });
  });
});

describe('deadlines of customer requests', () => {
  test('a deletion request is due at the end of the Paris day, deletion_request_days later', () => {
    expect(deletionDueAt(new Date('2026-12-07T10:00:00Z'), 7).toISOString()).toBe('2026-12-14T22:59:59.000Z');
  });
  test('GDPR Art. 12(3): one month — 31 January → 28 February, 7 December → 7 January', () => {
    expect(accessRequestDueAt(new Date('2027-01-31T10:00:00Z')).toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(accessRequestDueAt(new Date('2026-12-07T10:00:00Z')).toISOString()).toBe('2027-01-07T22:59:59.000Z');
  });
});

describe('deactivation (GCU §5.3)', () => {
  test('the referral code no longer contains the name', () => {
    expect(anonymousReferralCode(116)).toBe('CLOSED116');
  });
});

describe('goodwill credits', () => {
  const caps = { perCreditMb: 5120, perAgentDayMb: 10240, fourEyesAboveMb: 2048 };
  test("over the cap of one credit, or of the agent's day, is refused", () => {
    expect(goodwillRefusal(5121, 0, caps)?.code).toBe('goodwill_over_cap');
    expect(goodwillRefusal(2048, 9000, caps)?.code).toBe('goodwill_daily_cap');
    expect(goodwillRefusal(1024, 9216, caps)).toBeNull();
  });
  test('above the threshold a second agent confirms: 2 GB does not, 2 GB and 1 MB does', () => {
    expect(goodwillNeedsSecondApproval(2048, caps)).toBe(false);
    expect(goodwillNeedsSecondApproval(2049, caps)).toBe(true);
  });
});
