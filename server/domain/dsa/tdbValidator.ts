// The Transparency Database's validation rules for a statement of reasons, written from
// docs/TRUST-SAFETY.md "Submission to the Transparency Database" (StatementStoreRequest + GroupedSubmissionsService): required and
// conditional fields, enums, lengths, dates, territorial codes, puid format and uniqueness,
// plus our own guard that no personal data leaves in the free texts (Art. 24(5)).
import {
  ACCOUNT_TYPES,
  AUTOMATED_DECISIONS,
  CATEGORIES,
  CONTENT_TYPES,
  DECISION_ACCOUNT,
  DECISION_GROUNDS,
  DECISION_MONETARY,
  DECISION_PROVISION,
  DECISION_VISIBILITY,
  EEA,
  KEYWORDS,
  LANGUAGES,
  SOURCE_TYPES,
} from './tdb.ts';

export type TdbStatement = Record<string, unknown>;
export type TdbErrors = Record<string, string>;

const FIELDS = [
  'decision_visibility',
  'decision_visibility_other',
  'decision_monetary',
  'decision_monetary_other',
  'decision_provision',
  'decision_account',
  'account_type',
  'decision_ground',
  'decision_ground_reference_url',
  'illegal_content_legal_ground',
  'illegal_content_explanation',
  'incompatible_content_ground',
  'incompatible_content_explanation',
  'incompatible_content_illegal',
  'content_type',
  'content_type_other',
  'category',
  'category_addition',
  'category_specification',
  'category_specification_other',
  'territorial_scope',
  'content_language',
  'content_date',
  'application_date',
  'end_date_visibility_restriction',
  'end_date_monetary_restriction',
  'end_date_service_restriction',
  'end_date_account_restriction',
  'decision_facts',
  'source_type',
  'source_identity',
  'automated_detection',
  'automated_decision',
  'puid',
  'content_id',
] as const;
const NULLABLE = new Set([
  'decision_visibility',
  'decision_monetary',
  'decision_provision',
  'decision_account',
  'category_specification',
  'content_language',
]);
const FREE_TEXTS = [
  'decision_visibility_other',
  'decision_monetary_other',
  'illegal_content_explanation',
  'incompatible_content_explanation',
  'content_type_other',
  'category_specification_other',
  'decision_facts',
  'source_identity',
  'illegal_content_legal_ground',
  'incompatible_content_ground',
];
export const PUID = /^[A-Za-z0-9_-]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
// 06 12 34 56 78, +33612345678 and the international form with separators, +33 6 12 34 56 78.
const PHONE = /(?:\+\d{1,3}[ .-]?|\b0)\d(?:[ .-]?\d{2}){4}\b|\+\d{10,14}\b/;

const length = (s: string) => [...s].length;
const present = (s: TdbStatement, k: string) => s[k] !== undefined;

function realDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = DATE.exec(value);
  if (!m) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]) ? value : null;
}

/** Every rule the TDB would apply to one statement; an empty object means it would be stored (201). */
export function validateStatement(s: TdbStatement): TdbErrors {
  const errors: TdbErrors = {};
  const fail = (k: string, m: string) => {
    errors[k] ??= m;
  };
  const text = (k: string, max: number, required: boolean) => {
    const v = s[k];
    if (v === undefined) {
      if (required) fail(k, 'is required');
      return;
    }
    if (typeof v !== 'string' || v.trim() === '') return fail(k, 'must be a non-empty string');
    if (length(v) > max) fail(k, `must be at most ${max} characters`);
  };
  const oneOf = (k: string, values: readonly string[], required: boolean) => {
    const v = s[k];
    if (v === undefined || (v === null && NULLABLE.has(k))) {
      if (required) fail(k, 'is required');
      return;
    }
    if (typeof v !== 'string' || !values.includes(v)) fail(k, `must be one of ${values.join(', ')}`);
  };
  const list = (k: string, values: readonly string[], required: boolean) => {
    const v = s[k];
    if (v === undefined || (v === null && NULLABLE.has(k))) {
      if (required) fail(k, 'is required');
      return;
    }
    if (!Array.isArray(v) || v.length === 0) return fail(k, 'must be a non-empty array');
    const bad = v.filter((x) => typeof x !== 'string' || !values.includes(x));
    if (bad.length) fail(k, `unknown value(s): ${bad.join(', ')}`);
  };
  const only = (k: string, when: boolean, why: string) => {
    if (!when && present(s, k)) fail(k, `must be left out ${why}`);
  };
  const dateIn = (k: string, min: string | null, max: string, required: boolean) => {
    if (!present(s, k)) {
      if (required) fail(k, 'is required');
      return;
    }
    const d = realDate(s[k]);
    if (!d) return fail(k, 'must be a date YYYY-MM-DD');
    if ((min && d < min) || d > max) fail(k, `must be between ${min ?? 'any date'} and ${max}`);
  };

  for (const k of Object.keys(s)) if (!(FIELDS as readonly string[]).includes(k)) fail(k, 'is not a field of the Transparency Database');
  for (const k of FIELDS) if (s[k] === null && !NULLABLE.has(k)) fail(k, 'must be left out rather than null');

  // Decision: at least one of the four.
  if (['decision_visibility', 'decision_monetary', 'decision_provision', 'decision_account'].every((k) => s[k] == null)) {
    fail('decision_visibility', 'at least one of decision_visibility, decision_monetary, decision_provision, decision_account is required');
  }
  list('decision_visibility', DECISION_VISIBILITY, false);
  const visOther = Array.isArray(s.decision_visibility) && s.decision_visibility.includes('DECISION_VISIBILITY_OTHER');
  text('decision_visibility_other', 500, visOther);
  only('decision_visibility_other', visOther, 'unless decision_visibility contains OTHER');
  oneOf('decision_monetary', DECISION_MONETARY, false);
  const monOther = s.decision_monetary === 'DECISION_MONETARY_OTHER';
  text('decision_monetary_other', 500, monOther);
  only('decision_monetary_other', monOther, 'unless decision_monetary is OTHER');
  oneOf('decision_provision', DECISION_PROVISION, false);
  oneOf('decision_account', DECISION_ACCOUNT, false);
  oneOf('account_type', ACCOUNT_TYPES, false);

  // Ground, and the fields that go with it.
  oneOf('decision_ground', DECISION_GROUNDS, true);
  if (present(s, 'decision_ground_reference_url')) {
    text('decision_ground_reference_url', 500, false);
    if (typeof s.decision_ground_reference_url === 'string' && !/^https?:\/\/[^\s]+$/.test(s.decision_ground_reference_url))
      fail('decision_ground_reference_url', 'must be a URL');
  }
  const illegal = s.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT';
  const incompatible = s.decision_ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  text('illegal_content_legal_ground', 500, illegal);
  text('illegal_content_explanation', 2000, illegal);
  only('illegal_content_legal_ground', illegal, 'unless the ground is illegal content');
  only('illegal_content_explanation', illegal, 'unless the ground is illegal content');
  text('incompatible_content_ground', 500, incompatible);
  text('incompatible_content_explanation', 2000, incompatible);
  only('incompatible_content_ground', incompatible, 'unless the ground is incompatible content');
  only('incompatible_content_explanation', incompatible, 'unless the ground is incompatible content');
  only('incompatible_content_illegal', incompatible, 'unless the ground is incompatible content');
  if (present(s, 'incompatible_content_illegal')) oneOf('incompatible_content_illegal', ['Yes', 'No'], false);

  // Content and category.
  list('content_type', CONTENT_TYPES, true);
  const typeOther = Array.isArray(s.content_type) && s.content_type.includes('CONTENT_TYPE_OTHER');
  text('content_type_other', 500, typeOther);
  only('content_type_other', typeOther, 'unless content_type contains OTHER');
  oneOf('category', CATEGORIES, true);
  if (present(s, 'category_addition')) list('category_addition', CATEGORIES, false);
  list('category_specification', KEYWORDS, false);
  text('category_specification_other', 500, false);
  list('territorial_scope', EEA, true);
  if (Array.isArray(s.territorial_scope) && new Set(s.territorial_scope).size !== s.territorial_scope.length)
    fail('territorial_scope', 'must not repeat a code');
  if (s.content_language != null) {
    if (typeof s.content_language !== 'string' || !LANGUAGES.includes(s.content_language))
      fail('content_language', 'must be an upper-case ISO 639-1 code');
  }

  // Dates.
  dateIn('content_date', '2000-01-01', '2038-01-01', true);
  dateIn('application_date', '2020-01-01', '2038-01-01', true);
  for (const k of [
    'end_date_visibility_restriction',
    'end_date_monetary_restriction',
    'end_date_service_restriction',
    'end_date_account_restriction',
  ]) {
    dateIn(k, null, '2038-01-01', false);
    const app = realDate(s.application_date);
    const end = realDate(s[k]);
    if (app && end && end < app) fail(k, 'must not be before application_date');
  }

  // Facts, source, automation, identity.
  text('decision_facts', 5000, true);
  oneOf('source_type', SOURCE_TYPES, true);
  text('source_identity', 500, false);
  only('source_identity', s.source_type !== 'SOURCE_VOLUNTARY', 'for own-initiative decisions');
  oneOf('automated_detection', ['Yes', 'No'], true);
  oneOf('automated_decision', AUTOMATED_DECISIONS, true);
  text('puid', 500, true);
  if (typeof s.puid === 'string' && !PUID.test(s.puid)) fail('puid', 'may contain only letters, digits, - and _');
  if (present(s, 'content_id')) {
    const c = s.content_id as Record<string, unknown> | null;
    const keys = c && typeof c === 'object' ? Object.keys(c) : [];
    if (keys.length !== 1 || keys[0] !== 'EAN-13' || !/^\d{13}$/.test(String(c!['EAN-13'])))
      fail('content_id', 'must be {"EAN-13": 13 digits}');
  }

  // No personal data (Art. 24(5)).
  for (const k of FREE_TEXTS) {
    const v = s[k];
    if (typeof v === 'string' && (EMAIL.test(v) || PHONE.test(v)))
      fail(k, 'must not contain personal data (an e-mail address or a phone number)');
  }
  return errors;
}

/** A bulk submission: 1–100 statements, all valid, puids unique in the batch and never seen before. */
export function validateBatch(statements: TdbStatement[], seenPuids: Set<string> = new Set()): TdbErrors {
  const errors: TdbErrors = {};
  if (statements.length < 1 || statements.length > 100) errors.statements = 'a batch holds 1 to 100 statements';
  statements.forEach((s, i) => {
    const own = validateStatement(s);
    const puid = typeof s.puid === 'string' ? s.puid : '';
    if (puid && seenPuids.has(puid)) own.puid ??= 'puid already used';
    seenPuids.add(puid);
    for (const [k, m] of Object.entries(own)) errors[`statement_${i}.${k}`] = m;
  });
  return errors;
}
