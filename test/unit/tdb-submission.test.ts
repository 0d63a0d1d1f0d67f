import { describe, expect, test } from 'vitest';
import { tdbContentLanguage, textToDetect } from '../../server/domain/dsa/contentLanguage.ts';
import {
  errorsAt,
  planAfterAnswer,
  readAnswer,
  retryDelayMs,
  submissionPayload,
  type TdbAnswer,
} from '../../server/domain/dsa/tdbSubmission.ts';
import { csvSafe } from '../../server/http/csv.ts';

const puids = ['p0', 'p1', 'p2', 'p3', 'p4'];
const invalid = (over: Partial<Extract<TdbAnswer, { kind: 'invalid' }>> = {}): Extract<TdbAnswer, { kind: 'invalid' }> => ({
  kind: 'invalid',
  httpStatus: 422,
  message: 'The database refused the batch',
  errors: {},
  existingPuids: [],
  ...over,
});

describe("the database's answers (its API documentation and source)", () => {
  test('only 201 means stored; each statement comes back with its uuid and permalink', () => {
    const a = readAnswer(201, { statements: [{ puid: 'p0', uuid: 'u-0', permalink: 'https://tdb/statement/u-0' }] });
    expect(a).toEqual({
      kind: 'created',
      httpStatus: 201,
      statements: [{ puid: 'p0', uuid: 'u-0', permalink: 'https://tdb/statement/u-0' }],
    });
    expect(readAnswer(200, {}).kind).toBe('failed');
  });
  test('422 with errors keyed statement_<i>: invalid, nothing stored', () => {
    const a = readAnswer(422, { errors: { statement_2: { category: ['The selected category is invalid.'] } } });
    expect(a).toMatchObject({ kind: 'invalid', message: 'The database refused the batch', existingPuids: [] });
    expect(errorsAt(a as Extract<TdbAnswer, { kind: 'invalid' }>, 2, 5)).toEqual({ category: ['The selected category is invalid.'] });
    expect(errorsAt(a as Extract<TdbAnswer, { kind: 'invalid' }>, 1, 5)).toBeNull();
  });
  test('422 naming PUIDs already submitted: existing_puids (batch) and existing.puid (single endpoint)', () => {
    expect(
      readAnswer(422, {
        message: 'The platform identifier(s) are not all unique within this call.',
        errors: { puid: ['…'], existing_puids: ['p1', 'p3'] },
      }),
    ).toMatchObject({ kind: 'invalid', existingPuids: ['p1', 'p3'] });
    expect(
      readAnswer(422, {
        message: 'The identifier given is not unique within this platform.',
        errors: { puid: ['…'] },
        existing: { puid: 'p4' },
      }),
    ).toMatchObject({ existingPuids: ['p4'] });
  });
  test('401 names the token setting; 5xx and 429 are failures with their status', () => {
    expect(readAnswer(401, { message: 'Unauthenticated.' })).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('TDB_API_TOKEN'),
    });
    expect(readAnswer(503, { message: 'Service Unavailable' })).toEqual({
      kind: 'failed',
      httpStatus: 503,
      message: 'The database answered 503: Service Unavailable',
    });
    expect(readAnswer(429, null)).toMatchObject({ kind: 'failed', message: expect.stringContaining('429') });
    expect(readAnswer(413, null)).toMatchObject({ kind: 'invalid' });
  });
});

describe('what becomes of each statement of a batch', () => {
  test("201: all accepted with the database's uuid", () => {
    const plan = planAfterAnswer(['p0', 'p1'], {
      kind: 'created',
      httpStatus: 201,
      statements: [
        { puid: 'p1', uuid: 'u1', permalink: null },
        { puid: 'p0', uuid: 'u0', permalink: null },
      ],
    });
    expect(plan).toMatchObject({ batchStatus: 'accepted', resend: [], stop: false });
    expect(plan.items.map((i) => [i.outcome, i.uuid])).toEqual([
      ['accepted', 'u0'],
      ['accepted', 'u1'],
    ]);
  });
  test('a refused batch of five is split in two halves sent at once; the errors it named stay with their statement', () => {
    const plan = planAfterAnswer(puids, invalid({ errors: { statement_3: { puid: ['The puid format is invalid.'] } } }));
    expect(plan.resend).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(plan.items.every((i) => i.outcome === 'split')).toBe(true);
    expect(plan.items[3]!.errors).toEqual({ puid: ['The puid format is invalid.'] });
    expect(plan.stop).toBe(false);
  });
  test('a refused batch of one is refused with the field the database named', () => {
    const plan = planAfterAnswer(['p0'], invalid({ errors: { statement_0: { category: ['The selected category is invalid.'] } } }));
    expect(plan.items).toEqual([
      { position: 0, outcome: 'refused', errors: { category: ['The selected category is invalid.'] }, uuid: null, permalink: null },
    ]);
    expect(plan.resend).toEqual([]);
  });
  test('PUIDs the database already holds are accepted as duplicates, never sent again; the others go again at once', () => {
    const plan = planAfterAnswer(puids, invalid({ existingPuids: ['p1', 'p4'] }));
    expect(plan.items.map((i) => i.outcome)).toEqual(['requeued', 'duplicate', 'requeued', 'requeued', 'duplicate']);
    expect(plan.resend).toEqual([[0, 2, 3]]);
  });
  test('a failure (down, token) keeps every statement waiting and stops the run', () => {
    const plan = planAfterAnswer(puids, { kind: 'failed', httpStatus: null, message: 'No answer' });
    expect(plan).toMatchObject({ batchStatus: 'failed', stop: true, resend: [] });
    expect(plan.items.every((i) => i.outcome === 'failed')).toBe(true);
  });
  test('backoff: 5 min, 10, 20… capped at 6 h', () => {
    expect([1, 2, 3].map(retryDelayMs)).toEqual([300_000, 600_000, 1_200_000]);
    expect(retryDelayMs(20)).toBe(6 * 3600_000);
  });
});

describe('the statement as submitted', () => {
  const row = {
    puid: 'kolet-sor-1',
    decision_visibility: '["DECISION_VISIBILITY_CONTENT_REMOVED"]',
    decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION',
    end_date_service_restriction: '2026-12-01',
    decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    content_date: '2026-05-01',
    application_date: '2026-06-01',
  };
  test('a review restored before submission: the visibility restriction ends that day', () => {
    expect(submissionPayload(row, { visibilityEndedOn: '2026-06-03', serviceEndedOn: null })).toMatchObject({
      end_date_visibility_restriction: '2026-06-03',
      end_date_service_restriction: '2026-12-01',
    });
  });
  test('a suspension lifted early: the service restriction ends that day, never later than declared', () => {
    expect(submissionPayload(row, { visibilityEndedOn: null, serviceEndedOn: '2026-07-01' }).end_date_service_restriction).toBe(
      '2026-07-01',
    );
    expect(submissionPayload(row, { visibilityEndedOn: null, serviceEndedOn: '2027-01-01' }).end_date_service_restriction).toBe(
      '2026-12-01',
    );
  });
  test('nothing undone: the stored statement as it is', () => {
    expect(submissionPayload(row, { visibilityEndedOn: null, serviceEndedOn: null })).not.toHaveProperty('end_date_visibility_restriction');
  });
});

describe('content_language: the language of the content, as the TDB names it', () => {
  test("the detector's ISO 639-1 code in upper case, when it is reliable", () => {
    expect(tdbContentLanguage({ language: 'fr', reliable: true })).toBe('FR');
    expect(tdbContentLanguage({ language: 'el', reliable: true })).toBe('EL');
  });
  test('not reliable, nothing detected, or no detection at all: none (the moderator says)', () => {
    expect(tdbContentLanguage({ language: 'fr', reliable: false })).toBeNull();
    expect(tdbContentLanguage({ language: null, reliable: false })).toBeNull();
    expect(tdbContentLanguage(null)).toBeNull();
  });
  test('a code the TDB lists is kept; one it does not list is none', () => {
    expect(tdbContentLanguage({ language: 'ja', reliable: true })).toBe('JA');
    expect(tdbContentLanguage({ language: 'xx', reliable: true })).toBeNull();
  });
  test('no text to detect: null, blank or spaces; a text is read trimmed', () => {
    expect(textToDetect(null)).toBeNull();
    expect(textToDetect(undefined)).toBeNull();
    expect(textToDetect('   ')).toBeNull();
    expect(textToDetect('  Très bien  ')).toBe('Très bien');
  });
});

describe('csvSafe: no cell runs as a formula', () => {
  test.each(['=SUM(A1)', '+33 6', '-2+3', '@cmd', '\tx', '\rx'])('%j is prefixed with a quote', (v) => {
    expect(csvSafe(v)).toBe(`'${v}`);
  });
  test('plain text, numbers, empty values stay as they are', () => {
    expect(csvSafe('DECISION_GROUND_ILLEGAL_CONTENT')).toBe('DECISION_GROUND_ILLEGAL_CONTENT');
    expect(csvSafe(-3)).toBe(-3);
    expect(csvSafe(null)).toBeNull();
    expect(csvSafe(undefined)).toBeUndefined();
    expect(csvSafe(true)).toBe(true);
  });
});
