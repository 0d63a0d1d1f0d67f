import { describe, expect, test } from 'vitest';
import { draftErrors, statementRow, toTdb, type StatementDraft } from '../../server/domain/dsa/statement.ts';
import { CATEGORIES, EEA, EU27, KEYWORDS, LANGUAGES, TERMS_URL } from '../../server/domain/dsa/tdb.ts';
import { validateBatch, validateStatement, type TdbStatement } from '../../server/domain/dsa/tdbValidator.ts';

// docs/TRUST-SAFETY.md "Submission to the Transparency Database": the Transparency Database's statement-of-reasons schema, one test per rule.

/** A review removed for defamation, on the illegal-content ground: what the TDB stores (201). */
const valid = (): TdbStatement => ({
  decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
  account_type: 'ACCOUNT_TYPE_PRIVATE',
  decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
  decision_ground_reference_url: 'https://www.legifrance.gouv.fr/loda/id/LEGITEXT000006070722',
  illegal_content_legal_ground: 'Loi du 29 juillet 1881, art. 29 (diffamation)',
  illegal_content_explanation: 'The review accuses a named shop employee of theft without any fact to support it.',
  content_type: ['CONTENT_TYPE_TEXT'],
  category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  category_specification: ['KEYWORD_DEFAMATION'],
  territorial_scope: [...EU27],
  content_language: 'FR',
  content_date: '2026-03-02',
  application_date: '2026-03-05',
  decision_facts: 'A customer review was reported through the notice form and removed after review by a moderator.',
  source_type: 'SOURCE_ARTICLE_16',
  automated_detection: 'No',
  automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
  puid: 'kolet-sor-000042',
});
const incompatible = (): TdbStatement => {
  const s: TdbStatement = {
    ...valid(),
    decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    incompatible_content_ground: 'Kolet terms of use, §8 (reviews)',
    incompatible_content_explanation: 'The review advertises another shop and says nothing about the product bought.',
  };
  delete s.illegal_content_legal_ground;
  delete s.illegal_content_explanation;
  return s;
};
/** The valid statement with some fields changed (undefined = left out). */
const withFields = (base: TdbStatement, changes: TdbStatement): TdbStatement => {
  const s: TdbStatement = { ...base, ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete s[k];
  return s;
};
const errorsOf = (changes: TdbStatement, base: TdbStatement = valid()) => validateStatement(withFields(base, changes));
const accepted = (changes: TdbStatement, base?: TdbStatement) => expect(errorsOf(changes, base)).toEqual({});
const refused = (field: string, changes: TdbStatement, message?: RegExp, base?: TdbStatement) => {
  const errors = errorsOf(changes, base);
  expect(errors, `expected an error on ${field}`).toHaveProperty([field]);
  if (message) expect(errors[field]).toMatch(message);
};

describe('a valid statement', () => {
  test('a review removed for defamation on the illegal-content ground has no error', () => {
    expect(validateStatement(valid())).toEqual({});
  });
  test('the same review removed under our terms (incompatible content) has no error', () => {
    expect(validateStatement(incompatible())).toEqual({});
  });
});

describe('decision fields', () => {
  test('at least one of decision_visibility, decision_monetary, decision_provision, decision_account is required', () => {
    refused('decision_visibility', { decision_visibility: undefined }, /at least one of/);
    refused('decision_visibility', { decision_visibility: null }, /at least one of/);
  });
  test.each([
    ['decision_monetary', 'DECISION_MONETARY_SUSPENSION'],
    ['decision_provision', 'DECISION_PROVISION_PARTIAL_SUSPENSION'],
    ['decision_account', 'DECISION_ACCOUNT_SUSPENDED'],
  ])('%s alone is enough', (field, value) => {
    accepted({ decision_visibility: undefined, [field]: value });
  });
  test('decision_visibility takes only the DECISION_VISIBILITY_ values', () => {
    accepted({ decision_visibility: ['DECISION_VISIBILITY_CONTENT_DEMOTED', 'DECISION_VISIBILITY_CONTENT_LABELLED'] });
    refused('decision_visibility', { decision_visibility: ['DECISION_VISIBILITY_CONTENT_HIDDEN'] }, /unknown value/);
    refused('decision_visibility', { decision_visibility: 'DECISION_VISIBILITY_CONTENT_REMOVED' }, /array/);
    refused('decision_visibility', { decision_visibility: [] }, /non-empty array/);
  });
  test('decision_visibility_other is required iff decision_visibility contains OTHER', () => {
    refused('decision_visibility_other', { decision_visibility: ['DECISION_VISIBILITY_OTHER'] }, /required/);
    accepted({ decision_visibility: ['DECISION_VISIBILITY_OTHER'], decision_visibility_other: 'Review collapsed behind a warning' });
    refused('decision_visibility_other', { decision_visibility_other: 'Review collapsed behind a warning' }, /left out/);
  });
  test('decision_monetary takes only the DECISION_MONETARY_ values', () => {
    accepted({ decision_monetary: 'DECISION_MONETARY_TERMINATION' });
    refused('decision_monetary', { decision_monetary: 'DECISION_MONETARY_FINE' }, /must be one of/);
  });
  test('decision_monetary_other is required iff decision_monetary is OTHER', () => {
    refused('decision_monetary_other', { decision_monetary: 'DECISION_MONETARY_OTHER' }, /required/);
    accepted({ decision_monetary: 'DECISION_MONETARY_OTHER', decision_monetary_other: 'Loyalty points frozen' });
    refused(
      'decision_monetary_other',
      { decision_monetary: 'DECISION_MONETARY_SUSPENSION', decision_monetary_other: 'Loyalty points frozen' },
      /left out/,
    );
    refused('decision_monetary_other', { decision_monetary_other: 'Loyalty points frozen' }, /left out/);
  });
  test('decision_provision and decision_account take only their values', () => {
    refused('decision_provision', { decision_provision: 'DECISION_PROVISION_SUSPENSION' });
    refused('decision_account', { decision_account: 'DECISION_ACCOUNT_BANNED' });
  });
  test('account_type is BUSINESS or PRIVATE', () => {
    accepted({ account_type: 'ACCOUNT_TYPE_BUSINESS' });
    refused('account_type', { account_type: 'ACCOUNT_TYPE_PERSONAL' });
  });
});

describe('decision ground', () => {
  test('decision_ground is required and takes only ILLEGAL_CONTENT or INCOMPATIBLE_CONTENT', () => {
    refused('decision_ground', { decision_ground: undefined }, /required/);
    refused('decision_ground', { decision_ground: 'DECISION_GROUND_TERMS' }, /must be one of/);
  });
  test('illegal_content_legal_ground and illegal_content_explanation are required when the ground is ILLEGAL', () => {
    refused('illegal_content_legal_ground', { illegal_content_legal_ground: undefined }, /required/);
    refused('illegal_content_explanation', { illegal_content_explanation: undefined }, /required/);
    refused('illegal_content_explanation', { illegal_content_explanation: '   ' }, /non-empty/);
  });
  test('illegal_content_* are refused when the ground is INCOMPATIBLE', () => {
    refused('illegal_content_legal_ground', { illegal_content_legal_ground: 'Loi du 29 juillet 1881' }, /left out/, incompatible());
    refused('illegal_content_explanation', { illegal_content_explanation: 'Defamatory.' }, /left out/, incompatible());
  });
  test('incompatible_content_ground and incompatible_content_explanation are required when the ground is INCOMPATIBLE', () => {
    refused('incompatible_content_ground', { incompatible_content_ground: undefined }, /required/, incompatible());
    refused('incompatible_content_explanation', { incompatible_content_explanation: undefined }, /required/, incompatible());
  });
  test('incompatible_content_* are refused when the ground is ILLEGAL', () => {
    refused('incompatible_content_ground', { incompatible_content_ground: 'Kolet terms of use, §8' }, /left out/);
    refused('incompatible_content_explanation', { incompatible_content_explanation: 'Off topic.' }, /left out/);
  });
  test('incompatible_content_illegal goes only with INCOMPATIBLE, and only as "Yes" or "No"', () => {
    accepted({ incompatible_content_illegal: 'Yes' }, incompatible());
    accepted({ incompatible_content_illegal: 'No' }, incompatible());
    refused('incompatible_content_illegal', { incompatible_content_illegal: 'No' }, /left out/);
    refused('incompatible_content_illegal', { incompatible_content_illegal: true }, /Yes, No/, incompatible());
    refused('incompatible_content_illegal', { incompatible_content_illegal: 'yes' }, /Yes, No/, incompatible());
  });
  test('decision_ground_reference_url must be a web address', () => {
    accepted({ decision_ground_reference_url: TERMS_URL });
    refused('decision_ground_reference_url', { decision_ground_reference_url: 'the terms, §8' }, /URL/);
  });
});

describe('lengths count characters, not bytes', () => {
  // "é" is 2 bytes in UTF-8 and one UTF-16 unit; "😀" is 4 bytes and two UTF-16 units: both are one character.
  test.each([
    ['illegal_content_legal_ground', 500, valid],
    ['illegal_content_explanation', 2000, valid],
    ['incompatible_content_ground', 500, incompatible],
    ['incompatible_content_explanation', 2000, incompatible],
    ['decision_facts', 5000, valid],
  ] as const)('%s: %i characters accepted, one more refused', (field, max, base) => {
    accepted({ [field]: 'é'.repeat(max) }, base());
    accepted({ [field]: '😀'.repeat(max) }, base());
    refused(field, { [field]: 'é'.repeat(max + 1) }, new RegExp(`at most ${max} characters`), base());
    refused(field, { [field]: 'a'.repeat(max + 1) }, new RegExp(`at most ${max} characters`), base());
  });
  test('the *_other texts and source_identity: 500 characters', () => {
    accepted({ decision_visibility: ['DECISION_VISIBILITY_OTHER'], decision_visibility_other: '😀'.repeat(500) });
    refused(
      'decision_visibility_other',
      { decision_visibility: ['DECISION_VISIBILITY_OTHER'], decision_visibility_other: 'é'.repeat(501) },
      /500/,
    );
    refused('content_type_other', { content_type: ['CONTENT_TYPE_OTHER'], content_type_other: 'x'.repeat(501) }, /500/);
    refused('category_specification_other', { category_specification_other: 'x'.repeat(501) }, /500/);
    accepted({ source_identity: 'é'.repeat(500) });
    refused('source_identity', { source_identity: 'é'.repeat(501) }, /500/);
  });
});

describe('content type', () => {
  test('content_type is required with at least one value', () => {
    refused('content_type', { content_type: undefined }, /required/);
    refused('content_type', { content_type: [] }, /non-empty/);
  });
  test('content_type takes only the CONTENT_TYPE_ values (TEXT and IMAGE for a review with photos)', () => {
    accepted({ content_type: ['CONTENT_TYPE_TEXT', 'CONTENT_TYPE_IMAGE'] });
    refused('content_type', { content_type: ['CONTENT_TYPE_REVIEW'] }, /unknown value/);
  });
  test('content_type_other is required iff content_type contains OTHER', () => {
    refused('content_type_other', { content_type: ['CONTENT_TYPE_TEXT', 'CONTENT_TYPE_OTHER'] }, /required/);
    accepted({ content_type: ['CONTENT_TYPE_OTHER'], content_type_other: 'Star rating' });
    refused('content_type_other', { content_type_other: 'Star rating' }, /left out/);
  });
});

describe('category and keywords (schema of 1 July 2025)', () => {
  test('category is required', () => {
    refused('category', { category: undefined }, /required/);
  });
  test('the 16 categories are accepted, including NOT_SPECIFIED_NOTICE', () => {
    expect(CATEGORIES).toHaveLength(16);
    for (const category of CATEGORIES) accepted({ category, category_specification: undefined });
    accepted({ category: 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE', category_specification: undefined });
  });
  test.each([
    'STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR',
    'STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT',
    'STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS',
    'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE',
  ])('the legacy category %s is refused', (category) => {
    refused('category', { category }, /must be one of/);
  });
  test('category_addition takes the same categories', () => {
    accepted({ category_addition: ['STATEMENT_CATEGORY_CYBER_VIOLENCE'] });
    refused('category_addition', { category_addition: ['STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE'] }, /unknown value/);
  });
  test('the legacy KEYWORD_STALKING and KEYWORD_OTHER are still accepted', () => {
    accepted({ category_specification: ['KEYWORD_STALKING'] });
    accepted({ category_specification: ['KEYWORD_OTHER'], category_specification_other: 'Insinuation' });
  });
  test.each([
    'KEYWORD_DISINFORMATION',
    'KEYWORD_DANGEROUS_TOYS',
    'KEYWORD_ONLINE_BULLYING_INTIMIDATION',
    'KEYWORD_INSUFFICIENT_INFORMATION_TRADERS',
    'KEYWORD_MISINFORMATION',
    'KEYWORD_FOREIGN_INFORMATION_MANIPULATION',
    'KEYWORD_NON_CONSENSUAL_ITEMS_DEEPFAKE',
    'KEYWORD_REGULATED_GOODS_SERVICES',
    'KEYWORD_GENDER_BASED_VIOLENCE',
    'KEYWORD_IMAGE_BASED_SEXUAL_ABUSE',
  ])('the rejected keyword %s is refused', (keyword) => {
    expect(KEYWORDS).not.toContain(keyword);
    refused(
      'category_specification',
      { category_specification: ['KEYWORD_DEFAMATION', keyword] },
      new RegExp(`unknown value\\(s\\): ${keyword}$`),
    );
  });
  test('69 keywords: the 67 of the groups, plus OTHER and STALKING', () => {
    expect(KEYWORDS).toHaveLength(69);
    expect(new Set(KEYWORDS).size).toBe(KEYWORDS.length);
  });
});

describe('territorial scope', () => {
  test('territorial_scope is required (the docs require it even if the validator does not)', () => {
    refused('territorial_scope', { territorial_scope: undefined }, /required/);
    refused('territorial_scope', { territorial_scope: [] }, /non-empty/);
  });
  test('the whole EEA is every code listed: EU27 + IS, LI, NO', () => {
    expect(EEA).toHaveLength(30);
    accepted({ territorial_scope: [...EEA] });
    accepted({ territorial_scope: ['FR'] });
  });
  test('Greece is GR, not EL', () => {
    accepted({ territorial_scope: ['GR'] });
    refused('territorial_scope', { territorial_scope: ['EL'] }, /EL/);
  });
  test.each(['UK', 'GB', 'CH', 'EU', 'fr'])('%s is not an EEA code', (code) => {
    refused('territorial_scope', { territorial_scope: ['FR', code] }, /unknown value/);
  });
  test('a code may not be repeated', () => {
    refused('territorial_scope', { territorial_scope: ['FR', 'DE', 'FR'] }, /repeat/);
  });
});

describe('content language', () => {
  test('an upper-case ISO 639-1 code: FR, EN, EL (Greek) accepted', () => {
    for (const content_language of ['FR', 'EN', 'EL']) accepted({ content_language });
  });
  test("the TDB's 184 codes, BH (Bihari) included", () => {
    expect(LANGUAGES).toHaveLength(184);
    accepted({ content_language: 'BH' });
  });
  test.each(['fr', 'Fr', 'XX', 'FRA', 'GR'])('%s is refused', (content_language) => {
    refused('content_language', { content_language }, /ISO 639-1/);
  });
  test('content_language may be null or left out', () => {
    accepted({ content_language: null });
    accepted({ content_language: undefined });
  });
});

describe('dates', () => {
  test('content_date and application_date are required', () => {
    refused('content_date', { content_date: undefined }, /required/);
    refused('application_date', { application_date: undefined }, /required/);
  });
  test.each(['2025-1-05', '2025-01-5', '05/01/2025', '2025-01-05T10:00:00Z', '20250105', ''])('"%s" is not a YYYY-MM-DD date', (d) => {
    refused('content_date', { content_date: d }, /YYYY-MM-DD/);
  });
  test('an impossible date is refused (2025-02-30, 2025-13-01, 2025-02-29), a leap day accepted', () => {
    refused('content_date', { content_date: '2025-02-30' }, /YYYY-MM-DD/);
    refused('content_date', { content_date: '2025-13-01' }, /YYYY-MM-DD/);
    refused('content_date', { content_date: '2025-02-29' }, /YYYY-MM-DD/);
    accepted({ content_date: '2024-02-29' });
  });
  test('a Date object is not a date string', () => {
    refused('content_date', { content_date: new Date(Date.UTC(2026, 2, 2)) }, /YYYY-MM-DD/);
  });
  test('content_date lies between 2000-01-01 and 2038-01-01', () => {
    accepted({ content_date: '2000-01-01' });
    refused('content_date', { content_date: '1999-12-31' }, /between/);
    accepted({ content_date: '2038-01-01', application_date: '2038-01-01' });
    refused('content_date', { content_date: '2038-01-02' }, /between/);
  });
  test('application_date lies between 2020-01-01 and 2038-01-01', () => {
    accepted({ application_date: '2020-01-01' });
    refused('application_date', { application_date: '2019-12-31' }, /between/);
    accepted({ application_date: '2038-01-01' });
    refused('application_date', { application_date: '2038-01-02' }, /between/);
  });
  test.each([
    'end_date_visibility_restriction',
    'end_date_monetary_restriction',
    'end_date_service_restriction',
    'end_date_account_restriction',
  ])('%s: at most 2038-01-01 and not before application_date', (field) => {
    accepted({ [field]: '2026-03-05' });
    accepted({ [field]: '2038-01-01' });
    refused(field, { [field]: '2038-01-02' }, /between/);
    refused(field, { [field]: '2026-03-04' }, /before application_date/);
    refused(field, { [field]: '2026-3-31' }, /YYYY-MM-DD/);
  });
});

describe('facts, source, automation', () => {
  test('decision_facts is required and not blank', () => {
    refused('decision_facts', { decision_facts: undefined }, /required/);
    refused('decision_facts', { decision_facts: '' }, /non-empty/);
  });
  test('source_type is required and takes only the SOURCE_ values', () => {
    refused('source_type', { source_type: undefined }, /required/);
    for (const source_type of ['SOURCE_TRUSTED_FLAGGER', 'SOURCE_TYPE_OTHER_NOTIFICATION', 'SOURCE_VOLUNTARY']) accepted({ source_type });
    refused('source_type', { source_type: 'SOURCE_NOTICE' }, /must be one of/);
  });
  test('source_identity is allowed with a notice, refused with SOURCE_VOLUNTARY (own initiative)', () => {
    accepted({ source_type: 'SOURCE_TRUSTED_FLAGGER', source_identity: 'Association e-Enfance' });
    refused('source_identity', { source_type: 'SOURCE_VOLUNTARY', source_identity: 'Association e-Enfance' }, /own-initiative/);
  });
  test('automated_detection is required as the literal strings "Yes" or "No"', () => {
    accepted({ automated_detection: 'Yes' });
    refused('automated_detection', { automated_detection: undefined }, /required/);
    refused('automated_detection', { automated_detection: true }, /Yes, No/);
    refused('automated_detection', { automated_detection: false }, /Yes, No/);
    refused('automated_detection', { automated_detection: 'no' }, /Yes, No/);
  });
  test('automated_decision is required and takes only the AUTOMATED_DECISION_ values', () => {
    refused('automated_decision', { automated_decision: undefined }, /required/);
    accepted({ automated_decision: 'AUTOMATED_DECISION_PARTIALLY' });
    accepted({ automated_decision: 'AUTOMATED_DECISION_FULLY' });
    refused('automated_decision', { automated_decision: 'AUTOMATED_DECISION_NONE' }, /must be one of/);
  });
});

describe('puid and content_id', () => {
  test('puid is required', () => {
    refused('puid', { puid: undefined }, /required/);
    refused('puid', { puid: '' }, /non-empty/);
  });
  test('puid: at most 500 characters', () => {
    accepted({ puid: 'a'.repeat(500) });
    refused('puid', { puid: 'a'.repeat(501) }, /500/);
  });
  test('puid: letters, digits, - and _ only', () => {
    accepted({ puid: 'kolet-sor-0f8e1c2a_B' });
    for (const puid of ['kolet sor 42', 'kolet.sor.42', 'kolet/sor/42', 'kolet-sor-é', 'kolet-sor-42\n'])
      refused('puid', { puid }, /letters, digits/);
  });
  test('content_id is only {"EAN-13": 13 digits}', () => {
    accepted({ content_id: { 'EAN-13': '4006381333931' } });
    refused('content_id', { content_id: { 'EAN-13': '400638133393' } }, /EAN-13/);
    refused('content_id', { content_id: { 'EAN-13': '400638133393X' } }, /EAN-13/);
    refused('content_id', { content_id: { EAN13: '4006381333931' } }, /EAN-13/);
    refused('content_id', { content_id: { 'EAN-13': '4006381333931', review: '12' } }, /EAN-13/);
    refused('content_id', { content_id: '4006381333931' }, /EAN-13/);
  });
});

describe('null and unknown keys', () => {
  test.each([
    'decision_visibility',
    'decision_monetary',
    'decision_provision',
    'decision_account',
    'category_specification',
    'content_language',
  ])('the nullable %s accepts null', (field) => {
    // decision_visibility null needs another decision (at least one of the four).
    accepted(
      field === 'decision_visibility' ? { decision_visibility: null, decision_account: 'DECISION_ACCOUNT_SUSPENDED' } : { [field]: null },
    );
  });
  test.each([
    'account_type',
    'decision_ground_reference_url',
    'category_addition',
    'category_specification_other',
    'end_date_visibility_restriction',
    'source_identity',
    'content_id',
    'puid',
    'decision_facts',
  ])('the non-nullable %s must be left out rather than null', (field) => {
    refused(field, { [field]: null }, /left out rather than null/);
  });
  test.each(['notice_id', 'review_id', 'account_id', 'created_by_staff_id', 'uuid', 'platform_name'])(
    'the unknown key %s is refused',
    (field) => {
      refused(field, { [field]: 1 }, /not a field/);
    },
  );
});

describe('no personal data in the free texts (Art. 24(5))', () => {
  test.each([
    ['an e-mail address', 'The author, jean.dupont+avis@example.fr, was contacted.'],
    ['a French mobile number with spaces', 'The reviewer can be called on 06 12 34 56 78.'],
    ['a French number with dots', 'Call 01.23.45.67.89 for details.'],
    ['an international number', 'Reached at +33612345678 yesterday.'],
    ['an international number with spaces', 'Reached at +33 6 12 34 56 78 yesterday.'],
  ])('%s in decision_facts is refused', (_what, decision_facts) => {
    refused('decision_facts', { decision_facts }, /personal data/);
  });
  test('in the explanations and grounds too', () => {
    refused(
      'illegal_content_explanation',
      { illegal_content_explanation: 'Written by marie@example.com about a neighbour.' },
      /personal data/,
    );
    refused('illegal_content_legal_ground', { illegal_content_legal_ground: 'Complaint by 0612345678' }, /personal data/);
    refused(
      'incompatible_content_explanation',
      { incompatible_content_explanation: 'Contact paul@example.org' },
      /personal data/,
      incompatible(),
    );
    refused('source_identity', { source_identity: 'flagger@example.eu' }, /personal data/);
  });
  test('dates, article numbers and references are not mistaken for personal data', () => {
    accepted({
      decision_facts:
        'Review 1234567 of 2026-03-02, removed on 2026-03-05 under article 29 of the law of 29 July 1881, notice DSA-2026-7K3QX9M2.',
    });
  });
});

describe('validateBatch (bulk submission)', () => {
  const batch = (n: number): TdbStatement[] =>
    Array.from({ length: n }, (_, i) => ({ ...valid(), puid: `kolet-sor-${String(i).padStart(6, '0')}` }));
  test('an empty batch is refused', () => {
    expect(validateBatch([])).toEqual({ statements: expect.stringMatching(/1 to 100/) });
  });
  test('100 statements are accepted, 101 refused', () => {
    expect(validateBatch(batch(100))).toEqual({});
    expect(validateBatch(batch(101))).toHaveProperty('statements');
  });
  test('errors are keyed statement_<i>.<field>', () => {
    const statements = batch(3);
    statements[2] = withFields(statements[2]!, { decision_facts: undefined, territorial_scope: ['EL'] });
    expect(Object.keys(validateBatch(statements)).sort()).toEqual(['statement_2.decision_facts', 'statement_2.territorial_scope']);
  });
  test('a puid repeated within the batch is refused (the second occurrence)', () => {
    const statements = batch(3);
    statements[2] = { ...statements[2], puid: statements[0]!.puid };
    expect(validateBatch(statements)).toEqual({ 'statement_2.puid': 'puid already used' });
  });
  test('a puid seen in an earlier batch is never reused', () => {
    const seen = new Set<string>();
    expect(validateBatch(batch(2), seen)).toEqual({});
    expect(seen).toEqual(new Set(['kolet-sor-000000', 'kolet-sor-000001']));
    expect(validateBatch([{ ...valid(), puid: 'kolet-sor-000001' }], seen)).toEqual({ 'statement_0.puid': 'puid already used' });
    expect(validateBatch([{ ...valid(), puid: 'kolet-sor-000002' }], seen)).toEqual({});
  });
});

/** A restriction decided on a DSA notice, as the decision form gives it. */
const draft = (changes: Partial<StatementDraft> = {}): StatementDraft => ({
  noticeId: 7,
  reviewId: 12,
  accountId: 345,
  complaintId: null,
  visibility: 'DECISION_VISIBILITY_CONTENT_REMOVED',
  provision: null,
  endDateService: null,
  ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
  legalGround: 'Loi du 29 juillet 1881, art. 29',
  termsClause: null,
  explanation: 'The review accuses a named employee of theft without any supporting fact.',
  category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  keywords: ['KEYWORD_DEFAMATION'],
  territorialScope: ['FR', 'BE', 'FR'],
  contentLanguage: 'FR',
  contentDate: '2026-03-02',
  applicationDate: '2026-03-05',
  facts: 'A customer review was reported through the notice form and removed by a moderator.',
  sourceType: 'SOURCE_ARTICLE_16',
  sourceIdentity: null,
  automatedDetection: false,
  automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
  manifestlyIllegal: false,
  exemption: null,
  staffId: 3,
  ...changes,
});
const rowOf = (d: StatementDraft) => statementRow(d, 'kolet-sor-000042', '2026-03-05T10:00:00.000Z');

describe('statement.ts: from a decision to the TDB statement', () => {
  test('a valid draft has no error and its TDB statement is valid', () => {
    expect(draftErrors(draft())).toEqual({});
    expect(validateStatement(toTdb(rowOf(draft())))).toEqual({});
  });
  test('toTdb emits only TDB field names: nothing about the people (notice, review, account, staff) — Art. 24(5)', () => {
    const out = toTdb(rowOf(draft()));
    for (const k of [
      'notice_id',
      'review_id',
      'account_id',
      'complaint_id',
      'created_by_staff_id',
      'created_at',
      'manifestly_illegal',
      'exemption',
      'id',
    ]) {
      expect(out).not.toHaveProperty([k]);
    }
    expect(Object.values(out)).not.toContain(345);
    expect(validateStatement({ ...out })).toEqual({});
  });
  test('toTdb leaves out nulls, empty strings and the keys that do not apply to the ground', () => {
    const out = toTdb(rowOf(draft()));
    expect(Object.values(out)).not.toContain(null);
    for (const k of [
      'incompatible_content_ground',
      'incompatible_content_explanation',
      'incompatible_content_illegal',
      'decision_provision',
      'end_date_service_restriction',
      'source_identity',
      'decision_monetary',
      'decision_account',
    ])
      expect(out).not.toHaveProperty([k]);
    const noKeywords = toTdb(rowOf(draft({ keywords: [], contentLanguage: null })));
    expect(noKeywords).not.toHaveProperty('category_specification');
    expect(noKeywords).not.toHaveProperty('content_language');
    expect(toTdb({ ...rowOf(draft()), decision_facts: '' })).not.toHaveProperty('decision_facts');
  });
  test('toTdb on the incompatible ground: the terms clause, and incompatible_content_illegal "No"; no illegal_content_* keys', () => {
    const out = toTdb(
      rowOf(draft({ ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT', legalGround: null, termsClause: 'Kolet terms of use, §8 (reviews)' })),
    );
    expect(out).toMatchObject({
      incompatible_content_ground: 'Kolet terms of use, §8 (reviews)',
      incompatible_content_illegal: 'No',
      incompatible_content_explanation: draft().explanation,
    });
    expect(out).not.toHaveProperty('illegal_content_legal_ground');
    expect(out).not.toHaveProperty('illegal_content_explanation');
    expect(validateStatement(out)).toEqual({});
  });
  test('toTdb turns the automated-detection boolean (true/false, 1/0 from SQLite) into "Yes"/"No"', () => {
    const row = rowOf(draft());
    expect(toTdb({ ...row, automated_detection: true }).automated_detection).toBe('Yes');
    expect(toTdb({ ...row, automated_detection: 1 }).automated_detection).toBe('Yes');
    expect(toTdb({ ...row, automated_detection: false }).automated_detection).toBe('No');
    expect(toTdb({ ...row, automated_detection: 0 }).automated_detection).toBe('No');
  });
  test('toTdb parses the JSON-text arrays of the table', () => {
    const row = rowOf(draft({ keywords: ['KEYWORD_DEFAMATION', 'KEYWORD_OTHER'] }));
    expect(typeof row.territorial_scope).toBe('string');
    const out = toTdb(row);
    expect(out.decision_visibility).toEqual(['DECISION_VISIBILITY_CONTENT_REMOVED']);
    expect(out.content_type).toEqual(['CONTENT_TYPE_TEXT']);
    expect(out.category_specification).toEqual(['KEYWORD_DEFAMATION', 'KEYWORD_OTHER']);
    expect(out.territorial_scope).toEqual(['BE', 'FR']); // deduplicated and sorted
    expect(toTdb({ ...row, territorial_scope: '[]' })).not.toHaveProperty('territorial_scope');
  });
  test('toTdb keeps the day of a date or timestamp', () => {
    const out = toTdb({
      ...rowOf(draft()),
      content_date: '2026-03-02T00:00:00.000Z',
      application_date: new Date('2026-03-05T00:00:00.000Z'),
    });
    expect(out).toMatchObject({ content_date: '2026-03-02', application_date: '2026-03-05' });
  });
  test('a service suspension: provision and its end date', () => {
    const out = toTdb(rowOf(draft({ provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION', endDateService: '2026-04-04' })));
    expect(out).toMatchObject({ decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION', end_date_service_restriction: '2026-04-04' });
    expect(validateStatement(out)).toEqual({});
  });
  test('statementRow leaves out the source identity of an own-initiative decision', () => {
    expect(rowOf(draft({ sourceType: 'SOURCE_VOLUNTARY', sourceIdentity: 'Association e-Enfance' })).source_identity).toBeNull();
    expect(rowOf(draft({ sourceType: 'SOURCE_TRUSTED_FLAGGER', sourceIdentity: 'Association e-Enfance' })).source_identity).toBe(
      'Association e-Enfance',
    );
  });
  test('draftErrors maps TDB errors back to the form fields: a personal e-mail in facts → errors.facts', () => {
    const errors = draftErrors(draft({ facts: 'Reported by jean.dupont@example.fr about the review.' }));
    expect(Object.keys(errors)).toEqual(['facts']);
    expect(errors.facts).toMatch(/^decision_facts .*personal data/);
  });
  test.each([
    ['legalGround', { legalGround: null }],
    ['termsClause', { ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT', legalGround: null, termsClause: null }],
    ['explanation', { explanation: 'x'.repeat(2001) }],
    ['category', { category: 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE' }],
    ['keywords', { keywords: ['KEYWORD_DISINFORMATION'] }],
    ['territorialScope', { territorialScope: ['UK'] }],
    ['automatedDecision', { automatedDecision: 'AUTOMATED_DECISION_NONE' }],
    ['sourceIdentity', { sourceIdentity: 'call 06 12 34 56 78' }],
    ['visibility', { visibility: 'DECISION_VISIBILITY_HIDDEN' }],
  ] as const)('draftErrors names the form field %s', (field, changes) => {
    expect(Object.keys(draftErrors(draft(changes as Partial<StatementDraft>)))).toEqual([field]);
  });
});
