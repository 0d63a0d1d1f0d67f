// A statement of reasons (Art. 17) between our table and the Transparency Database's JSON.
import { validateStatement, type TdbErrors, type TdbStatement } from './tdbValidator.ts';
import { TERMS_URL } from './tdb.ts';

/** What a decision says, before it becomes a row. */
export interface StatementDraft {
  noticeId: number | null;
  reviewId: number | null;
  accountId: number;
  complaintId?: number | null;
  visibility: string | null;
  provision: string | null;
  endDateService: string | null;
  ground: 'DECISION_GROUND_ILLEGAL_CONTENT' | 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  legalGround?: string | null;
  /** The law relied upon, as a URL (illegal-content ground only; the terms' URL is ours for a terms ground). */
  legalReferenceUrl?: string | null;
  termsClause?: string | null;
  explanation: string;
  category: string;
  keywords?: string[] | null;
  territorialScope: string[];
  contentLanguage: string | null;
  contentDate: string;
  applicationDate: string;
  facts: string;
  sourceType: string;
  sourceIdentity?: string | null;
  automatedDetection: boolean;
  automatedDecision: string;
  manifestlyIllegal: boolean;
  exemption: string | null;
  staffId: number | null;
}

/** The table row (snake_case, JSON arrays as text) of a draft. */
export function statementRow(d: StatementDraft, puid: string, createdAt: string): Record<string, unknown> {
  const illegal = d.ground === 'DECISION_GROUND_ILLEGAL_CONTENT';
  const json = (v: unknown[] | null | undefined) => (v && v.length ? JSON.stringify(v) : null);
  return {
    puid,
    notice_id: d.noticeId,
    review_id: d.reviewId,
    account_id: d.accountId,
    complaint_id: d.complaintId ?? null,
    decision_visibility: json(d.visibility ? [d.visibility] : null),
    decision_provision: d.provision,
    account_type: 'ACCOUNT_TYPE_PRIVATE',
    // The reference is what the decision relies on: the law (the moderator's URL, or nothing) for illegal content, our terms otherwise.
    decision_ground: d.ground,
    decision_ground_reference_url: illegal ? (d.legalReferenceUrl ?? null) : TERMS_URL,
    illegal_content_legal_ground: illegal ? (d.legalGround ?? null) : null,
    illegal_content_explanation: illegal ? d.explanation : null,
    incompatible_content_ground: illegal ? null : (d.termsClause ?? null),
    incompatible_content_explanation: illegal ? null : d.explanation,
    incompatible_content_illegal: illegal ? null : 'No',
    content_type: JSON.stringify(['CONTENT_TYPE_TEXT']),
    category: d.category,
    category_specification: json(d.keywords),
    territorial_scope: JSON.stringify([...new Set(d.territorialScope)].sort()),
    content_language: d.contentLanguage,
    content_date: d.contentDate,
    application_date: d.applicationDate,
    end_date_service_restriction: d.endDateService,
    decision_facts: d.facts,
    source_type: d.sourceType,
    source_identity: d.sourceType === 'SOURCE_VOLUNTARY' ? null : (d.sourceIdentity ?? null),
    automated_detection: d.automatedDetection,
    automated_decision: d.automatedDecision,
    manifestly_illegal: d.manifestlyIllegal,
    exemption: d.exemption,
    created_by_staff_id: d.staffId,
    created_at: createdAt,
  };
}

/** The TDB's statement fields, in the order of its documentation. */
export const TDB_FIELDS = [
  'decision_visibility',
  'decision_visibility_other',
  'decision_monetary',
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
] as const;
const ARRAYS = new Set(['decision_visibility', 'content_type', 'category_addition', 'category_specification', 'territorial_scope']);

const parsed = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/**
 * The statement as the TDB wants it: its field names and values only, keys that do not
 * apply left out (never null), "Yes"/"No" strings — and nothing about the people (Art. 24(5)).
 */
export function toTdb(row: Partial<Record<(typeof TDB_FIELDS)[number], unknown>>): TdbStatement {
  const out: TdbStatement = {};
  for (const k of TDB_FIELDS) {
    let v = row[k];
    if (v == null || v === '') continue;
    if (ARRAYS.has(k)) {
      v = parsed(v);
      if (!Array.isArray(v) || v.length === 0) continue;
    }
    if (k === 'automated_detection') v = v === true || v === 1 || v === '1' || v === 't' || v === 'true' ? 'Yes' : 'No';
    if (k.startsWith('end_date_') || k === 'content_date' || k === 'application_date') v = day(v);
    out[k] = v;
  }
  return out;
}

const BODY_FIELD: Record<string, string> = {
  illegal_content_legal_ground: 'legalGround',
  decision_ground_reference_url: 'legalReferenceUrl',
  content_language: 'contentLanguage',
  illegal_content_explanation: 'explanation',
  incompatible_content_ground: 'termsClause',
  incompatible_content_explanation: 'explanation',
  decision_facts: 'facts',
  category: 'category',
  category_specification: 'keywords',
  territorial_scope: 'territorialScope',
  decision_visibility: 'visibility',
  automated_decision: 'automatedDecision',
  source_identity: 'sourceIdentity',
};

/** The TDB's verdict on a draft, keyed by the decision form's fields. */
export function draftErrors(d: StatementDraft): TdbErrors {
  const errors = validateStatement(toTdb(statementRow(d, 'kolet-sor-check', `${d.applicationDate}T00:00:00.000Z`)));
  return Object.fromEntries(Object.entries(errors).map(([k, m]) => [BODY_FIELD[k] ?? k, `${k} ${m}`]));
}
