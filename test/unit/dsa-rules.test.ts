import { describe, expect, test } from 'vitest';
import {
  CHILD_PROTECTION,
  claimHeldByOther,
  complainantRole,
  complaintDeadline,
  complaintInput,
  decisionDueAt,
  flaggerApplies,
  isComplete,
  mayDecideComplaint,
  noticeInput,
  noticePriority,
  parseLocation,
} from '../../server/domain/dsa/noticeRules.ts';
import { EEA } from '../../server/domain/dsa/tdb.ts';

// DSA Art. 16 (notices), 20 (complaints), 22 (trusted flaggers), 23 (misuse), as written in docs/TRUST-SAFETY.md.
// Every instant is written in UTC: the rules must not depend on the machine's time zone.

describe('parseLocation: where a notice points', () => {
  test.each([
    'review:12',
    'REVIEW:12',
    '12',
    '#12',
    '  12  ',
    'https://kolet.com/avis/12',
    'https://www.kolet.com/reviews/12',
    'https://kolet.com/review/12/',
    'http://kolet.com/avis/12',
  ])('"%s" names review 12', (raw) => {
    expect(parseLocation(raw)).toEqual({ kind: 'review', reviewId: 12, raw: raw.trim() });
  });
  test.each([
    'https://example.com/x',
    'https://evilkolet.com/avis/12',
    'https://kolet.com.example.org/avis/12',
    'https://kolet.com/avis/12/photos',
  ])('"%s" is another web address', (raw) => {
    expect(parseLocation(raw)).toMatchObject({ kind: 'url', url: new URL(raw).toString(), raw });
  });
  test.each([
    'javascript:alert(1)',
    'ftp://',
    'ftp://example.com/file',
    'data:text/html,hi',
    'mailto:a@example.com',
    'somewhere on your site',
    'review:',
    'kolet.com/avis/12',
    '',
    '12345678901',
  ])('"%s" is not a location', (raw) => {
    expect(parseLocation(raw)).toBeNull();
  });
});

const notice = (changes: Record<string, unknown> = {}) => ({
  category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  explanation: 'This review falsely accuses our employee of theft.',
  locations: ['review:12'],
  notifierName: 'Camille Martin',
  notifierEmail: 'camille@example.fr',
  goodFaith: true,
  ...changes,
});
const issues = (input: unknown) => {
  const r = noticeInput.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('noticeInput: what a notice must hold (Art. 16(2))', () => {
  test('a complete notice is accepted, trimmed, with its blank locations dropped', () => {
    const r = noticeInput.parse(
      notice({
        explanation: '  This review falsely accuses our employee of theft.  ',
        locations: [' 12 ', '', 'https://kolet.com/avis/13'],
      }),
    );
    expect(r.explanation).toBe('This review falsely accuses our employee of theft.');
    expect(r.locations).toEqual(['12', 'https://kolet.com/avis/13']);
  });
  test('Art. 16(2)(a): a substantiated explanation, at least 20 characters', () => {
    expect(issues(notice({ explanation: 'x'.repeat(20) }))).toEqual({});
    expect(issues(notice({ explanation: 'x'.repeat(19) }))).toHaveProperty('explanation');
    expect(issues(notice({ explanation: `   ${'x'.repeat(19)}   ` }))).toHaveProperty('explanation');
    expect(issues(notice({ explanation: undefined }))).toHaveProperty('explanation');
    expect(issues(notice({ explanation: 'x'.repeat(10_001) }))).toHaveProperty('explanation');
  });
  test('Art. 16(2)(b): at least one location', () => {
    expect(issues(notice({ locations: [] }))).toHaveProperty('locations', expect.stringMatching(/exact location/));
    expect(issues(notice({ locations: ['', '   '] }))).toHaveProperty('locations', expect.stringMatching(/exact location/));
    expect(issues(notice({ locations: undefined }))).toHaveProperty('locations');
  });
  test('Art. 16(2)(b), rec. 50: one notice may name many items, up to 20', () => {
    expect(issues(notice({ locations: Array.from({ length: 20 }, (_, i) => `${i + 1}`) }))).toEqual({});
    expect(issues(notice({ locations: Array.from({ length: 21 }, (_, i) => `${i + 1}`) }))).toHaveProperty(
      'locations',
      expect.stringMatching(/20/),
    );
  });
  test('Art. 16(2)(b): each location must be parseable; the error names its index (locations.<i>)', () => {
    expect(issues(notice({ locations: ['123', 'somewhere on your site'] }))).toEqual({
      'locations.1': expect.stringMatching(/review number/),
    });
    expect(issues(notice({ locations: ['javascript:alert(1)', '12'] }))).toEqual({ 'locations.0': expect.any(String) });
    expect(issues(notice({ locations: [`https://example.com/${'x'.repeat(500)}`] }))).toHaveProperty(['locations.0']);
  });
  test('Art. 16(2)(b): the index is the one sent, blank items included', () => {
    expect(Object.keys(issues(notice({ locations: ['', 'nowhere'] })))).toEqual(['locations.1']);
  });
  test("Art. 16(2)(c): the notifier's name and e-mail are required", () => {
    expect(issues(notice({ notifierName: undefined }))).toEqual({ notifierName: expect.stringMatching(/name is required/) });
    expect(issues(notice({ notifierEmail: undefined }))).toEqual({ notifierEmail: expect.stringMatching(/e-mail address is required/) });
    expect(issues(notice({ notifierEmail: 'camille@' }))).toHaveProperty('notifierEmail');
  });
  test('Art. 16(2)(c): except for child sexual abuse (STATEMENT_CATEGORY_PROTECTION_OF_MINORS)', () => {
    expect(issues(notice({ category: CHILD_PROTECTION, notifierName: undefined, notifierEmail: undefined }))).toEqual({});
    expect(issues(notice({ category: CHILD_PROTECTION, notifierName: '', notifierEmail: '' }))).toEqual({});
  });
  test('blank strings count as missing (name, e-mail, legal ground, Member State)', () => {
    expect(Object.keys(issues(notice({ notifierName: '   ', notifierEmail: ' ' }))).sort()).toEqual(['notifierEmail', 'notifierName']);
    const r = noticeInput.parse(notice({ legalGround: '  ', memberState: '' }));
    expect(r.legalGround).toBeUndefined();
    expect(r.memberState).toBeUndefined();
  });
  test('Art. 16(2)(d): the good-faith statement must be literally true', () => {
    for (const goodFaith of [false, 'true', 'on', 1, undefined]) expect(issues(notice({ goodFaith }))).toHaveProperty('goodFaith');
  });
  test('the category is one the TDB accepts', () => {
    expect(issues(notice({ category: 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE' }))).toEqual({});
    expect(issues(notice({ category: 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE' }))).toHaveProperty('category');
  });
  test('unknown keys are refused', () => {
    expect(noticeInput.safeParse(notice({ reviewId: 12 })).success).toBe(false);
  });
  test('the Member State is an EEA code (Greece is GR)', () => {
    for (const memberState of EEA) expect(issues(notice({ memberState }))).toEqual({});
    for (const memberState of ['EL', 'UK', 'CH', 'fr']) expect(issues(notice({ memberState }))).toHaveProperty('memberState');
  });
  test('every missing field is named in one answer', () => {
    expect(Object.keys(issues({})).sort()).toEqual(['category', 'explanation', 'goodFaith', 'locations', 'notifierEmail', 'notifierName']);
    expect(Object.keys(issues(notice({ goodFaith: false, notifierName: ' ' }))).sort()).toEqual(['goodFaith', 'notifierName']);
  });
});

describe('isComplete: actual knowledge (Art. 16(3))', () => {
  const n = {
    category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
    explanation: 'Defames our employee.',
    locations: ['review:12'],
    notifierName: 'Camille',
    notifierEmail: 'c@example.fr',
    goodFaith: true,
  };
  test('a notice with every Art. 16(2) element is complete', () => {
    expect(isComplete(n)).toBe(true);
  });
  test.each([
    ['no explanation', { explanation: '  ' }],
    ['no location', { locations: [] }],
    ['no good-faith statement', { goodFaith: false }],
    ['no name', { notifierName: null }],
    ['no e-mail', { notifierEmail: null }],
  ])('%s: not complete', (_what, changes) => {
    expect(isComplete({ ...n, ...changes })).toBe(false);
  });
  test('an anonymous notice on child sexual abuse is complete', () => {
    expect(isComplete({ ...n, category: CHILD_PROTECTION, notifierName: null, notifierEmail: null })).toBe(true);
  });
});

describe('noticePriority: the queue order', () => {
  const p = (threatToLife: boolean, trustedFlagger: boolean, notifierSuspended: boolean) =>
    noticePriority({ threatToLife, trustedFlagger, notifierSuspended });
  test('rec. 52: a threat to life goes first (2)', () => {
    expect(p(true, false, false)).toBe(2);
    expect(p(true, true, false)).toBe(2);
  });
  test('Art. 22: a trusted flagger next (1)', () => {
    expect(p(false, true, false)).toBe(1);
  });
  test('anyone else: 0', () => {
    expect(p(false, false, false)).toBe(0);
  });
  test('Art. 23(2): a notifier suspended for misuse goes last (−1), even a trusted flagger', () => {
    expect(p(false, false, true)).toBe(-1);
    expect(p(false, true, true)).toBe(-1);
  });
  test('a threat to life wins over the suspension', () => {
    expect(p(true, false, true)).toBe(2);
  });
  test('the order: threat > trusted > normal > suspended', () => {
    expect(p(true, false, false)).toBeGreaterThan(p(false, true, false));
    expect(p(false, true, false)).toBeGreaterThan(p(false, false, false));
    expect(p(false, false, false)).toBeGreaterThan(p(false, false, true));
  });
});

describe('decisionDueAt', () => {
  test('a decision is due 72 hours after receipt', () => {
    expect(decisionDueAt(new Date('2026-03-27T10:15:00.000Z')).toISOString()).toBe('2026-03-30T10:15:00.000Z');
  });
  test('72 elapsed hours, also across the change to summer time in Paris (29 March 2026)', () => {
    const received = new Date('2026-03-28T22:30:00.000Z');
    expect(decisionDueAt(received).getTime() - received.getTime()).toBe(72 * 3_600_000);
  });
  test('the admin setting dsa_decision_target_hours drives the clock: 48 hours', () => {
    expect(decisionDueAt(new Date('2026-03-27T10:15:00.000Z'), 48).toISOString()).toBe('2026-03-29T10:15:00.000Z');
  });
});

describe("flaggerApplies: a trusted flagger's priority (Art. 22(1))", () => {
  const speech = 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH';
  const flagger = { active: true, expertise: [speech], validUntil: '2026-12-31' };
  test('an active flagger within its expertise and validity applies', () => {
    expect(flaggerApplies(flagger, speech, '2026-03-05')).toBe(true);
  });
  test('an inactive flagger does not', () => {
    expect(flaggerApplies({ ...flagger, active: false }, speech, '2026-03-05')).toBe(false);
  });
  test('an expired designation does not; it still applies on its last day', () => {
    expect(flaggerApplies(flagger, speech, '2027-01-01')).toBe(false);
    expect(flaggerApplies(flagger, speech, '2026-12-31')).toBe(true);
    expect(flaggerApplies({ ...flagger, validUntil: null }, speech, '2040-01-01')).toBe(true);
  });
  test('outside its expertise it does not', () => {
    expect(flaggerApplies(flagger, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', '2026-03-05')).toBe(false);
  });
  test('an empty (or absent) expertise covers every category', () => {
    expect(flaggerApplies({ ...flagger, expertise: [] }, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', '2026-03-05')).toBe(true);
    expect(flaggerApplies({ ...flagger, expertise: null }, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', '2026-03-05')).toBe(true);
  });
});

describe('claimHeldByOther: the row lock (30 minutes)', () => {
  const claimedAt = new Date('2026-03-05T10:00:00.000Z');
  const after = (minutes: number, seconds = 0) => new Date(claimedAt.getTime() + minutes * 60_000 + seconds * 1000);
  test('my own claim never blocks me', () => {
    expect(claimHeldByOther(7, claimedAt, 7, after(1))).toBe(false);
  });
  test("another moderator's claim holds for less than 30 minutes", () => {
    expect(claimHeldByOther(8, claimedAt, 7, after(0))).toBe(true);
    expect(claimHeldByOther(8, claimedAt, 7, after(29, 59))).toBe(true);
  });
  test('it lapses at 30 minutes', () => {
    expect(claimHeldByOther(8, claimedAt, 7, after(30))).toBe(false);
    expect(claimHeldByOther(8, claimedAt, 7, after(90))).toBe(false);
  });
  test('no claim: nothing held', () => {
    expect(claimHeldByOther(null, null, 7, after(1))).toBe(false);
    expect(claimHeldByOther(8, null, 7, after(1))).toBe(false);
  });
});

describe('complaintDeadline: Art. 20(1), six calendar months after the person was informed', () => {
  const deadline = (iso: string) => complaintDeadline(new Date(iso)).toISOString();
  test('same day six months later, time of day kept', () => {
    expect(deadline('2026-03-05T14:37:12.345Z')).toBe('2026-09-05T14:37:12.345Z');
  });
  test('across the year end', () => {
    expect(deadline('2026-10-15T08:00:00.000Z')).toBe('2027-04-15T08:00:00.000Z');
  });
  test('31 August 2026 → 28 February 2027 (no 31 February)', () => {
    expect(deadline('2026-08-31T09:30:00.000Z')).toBe('2027-02-28T09:30:00.000Z');
  });
  test('31 August 2027 → 29 February 2028 (leap year)', () => {
    expect(deadline('2027-08-31T23:59:00.000Z')).toBe('2028-02-29T23:59:00.000Z');
  });
  test('31 December → 30 June', () => {
    expect(deadline('2026-12-31T00:00:00.000Z')).toBe('2027-06-30T00:00:00.000Z');
  });
  test('the argument is not changed', () => {
    const informed = new Date('2026-08-31T09:30:00.000Z');
    complaintDeadline(informed);
    expect(informed.toISOString()).toBe('2026-08-31T09:30:00.000Z');
  });
});

describe('mayDecideComplaint: Art. 20(6), a human, not the original decider when someone else can', () => {
  test('the original decider is refused when others are available', () => {
    expect(mayDecideComplaint({ deciderId: 7, originalDeciderId: 7, othersAvailable: 2 })).toBe(false);
  });
  test('the original decider may decide when alone', () => {
    expect(mayDecideComplaint({ deciderId: 7, originalDeciderId: 7, othersAvailable: 0 })).toBe(true);
  });
  test('anyone else may decide', () => {
    expect(mayDecideComplaint({ deciderId: 8, originalDeciderId: 7, othersAvailable: 2 })).toBe(true);
    expect(mayDecideComplaint({ deciderId: 8, originalDeciderId: null, othersAvailable: 2 })).toBe(true);
  });
});

describe('complainantRole: who may contest what (Art. 20(1))', () => {
  const parties = { notifierEmail: 'Notifier@Example.fr', authorEmail: 'author@example.fr', restricted: true, decided: true };
  test('the author may contest a restriction', () => {
    expect(complainantRole('author@example.fr', parties)).toBe('author');
  });
  test('the author may not contest when nothing was restricted', () => {
    expect(complainantRole('author@example.fr', { ...parties, restricted: false })).toBeNull();
  });
  test('the notifier may contest any decision on its notice, no action included', () => {
    expect(complainantRole('notifier@example.fr', parties)).toBe('notifier');
    expect(complainantRole('notifier@example.fr', { ...parties, restricted: false })).toBe('notifier');
  });
  test('the notifier may not contest a notice not yet decided', () => {
    expect(complainantRole('notifier@example.fr', { ...parties, decided: false })).toBeNull();
  });
  test('e-mails compare case-insensitively, spaces trimmed', () => {
    expect(complainantRole('  AUTHOR@example.FR ', parties)).toBe('author');
    expect(complainantRole('NOTIFIER@EXAMPLE.FR', parties)).toBe('notifier');
  });
  test('a stranger may not complain', () => {
    expect(complainantRole('someone@example.fr', parties)).toBeNull();
    expect(complainantRole('someone@example.fr', { ...parties, notifierEmail: null, authorEmail: null })).toBeNull();
  });
  test('an anonymous notice gives no notifier role', () => {
    expect(complainantRole('', { ...parties, notifierEmail: null })).toBeNull();
  });
});

describe('complaintInput', () => {
  const complaint = (changes: Record<string, unknown> = {}) => ({
    reference: 'DSA-2026-7K3QX9M2',
    email: 'author@example.fr',
    text: 'My review only described what happened to me.',
    ...changes,
  });
  const complaintIssues = (input: unknown) => {
    const r = complaintInput.safeParse(input);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
  };
  test('a complaint with a reference, an e-mail and a reason is accepted; the name and language are optional', () => {
    expect(complaintIssues(complaint())).toEqual({});
    expect(complaintIssues(complaint({ name: 'Alex', language: 'en', reference: 'kolet-sor-000042' }))).toEqual({});
    expect(complaintInput.parse(complaint({ name: '  ' })).name).toBeUndefined();
  });
  test('the reference is required (4 to 500 characters)', () => {
    expect(complaintIssues(complaint({ reference: undefined }))).toHaveProperty('reference');
    expect(complaintIssues(complaint({ reference: ' DSA ' }))).toHaveProperty('reference');
    expect(complaintIssues(complaint({ reference: 'x'.repeat(501) }))).toHaveProperty('reference');
  });
  test('a valid e-mail address is required', () => {
    expect(complaintIssues(complaint({ email: undefined }))).toHaveProperty('email');
    expect(complaintIssues(complaint({ email: 'author' }))).toHaveProperty('email');
  });
  test('the reason: at least 20 characters, at most 10,000', () => {
    expect(complaintIssues(complaint({ text: 'x'.repeat(20) }))).toEqual({});
    expect(complaintIssues(complaint({ text: ` ${'x'.repeat(19)} ` }))).toHaveProperty('text');
    expect(complaintIssues(complaint({ text: 'x'.repeat(10_001) }))).toHaveProperty('text');
  });
  test('the language is fr or en; unknown keys refused', () => {
    expect(complaintIssues(complaint({ language: 'de' }))).toHaveProperty('language');
    expect(complaintInput.safeParse(complaint({ outcome: 'upheld' })).success).toBe(false);
  });
  test('every missing field is named', () => {
    expect(Object.keys(complaintIssues({})).sort()).toEqual(['email', 'reference', 'text']);
  });
});
