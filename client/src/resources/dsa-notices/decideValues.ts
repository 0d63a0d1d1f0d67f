import { EEA, keywordsOf, TERMS_REVIEWS_CLAUSE } from '../../../../server/domain/dsa/tdb.ts';
import type { AutomatedDecision, DecisionGround, DsaNotice, NoticeDecision, NoticeVisibility } from './noticeTypes.ts';

/** The decision form's values; only those of the chosen decision are sent (see decideBody). */
export interface DecideValues extends Record<string, unknown> {
  decision: NoticeDecision | null;
  note: string | null;
  manifestlyUnfounded: boolean;
  visibility: NoticeVisibility;
  suspensionDays: number | null;
  ground: DecisionGround | null;
  legalGround: string | null;
  /** The law's address (decision_ground_reference_url): illegal-content ground only, optional. */
  legalReferenceUrl: string | null;
  termsClause: string | null;
  explanation: string | null;
  category: string | null;
  keywords: string[];
  territorialScope: string[];
  facts: string | null;
  manifestlyIllegal: boolean;
  /** `r<reviewId>` → the text's language (TDB code, '' none); absent until the detection answers (the API then detects). */
  contentLanguages: Record<string, string | null | undefined>;
  automatedDetection: boolean;
  automatedDecision: AutomatedDecision;
}

/** The API's minimums (server/actions/dsa.ts): reasons, not boilerplate. */
export const DECIDE_MIN = { note: 20, explanation: 30, facts: 30, ground: 3 } as const;
export const SUSPENSION_DAYS = { min: 1, max: 365, default: 30 } as const;
export const MAX_KEYWORDS = 10;

const ILLEGAL: DecisionGround = 'DECISION_GROUND_ILLEGAL_CONTENT';
export const isRestriction = (decision: unknown) => decision === 'visibility_restriction' || decision === 'service_suspension';

/**
 * What the form starts from: the notifier's category and legal ground when given, our terms' clause,
 * the whole EEA (a review removed is removed everywhere), the standard facts, no automation.
 */
export function initialDecideValues(notice: Pick<DsaNotice, 'category' | 'legalGround'>, facts: string): DecideValues {
  return {
    decision: null,
    note: null,
    manifestlyUnfounded: false,
    visibility: 'DECISION_VISIBILITY_CONTENT_REMOVED',
    suspensionDays: SUSPENSION_DAYS.default,
    ground: notice.legalGround ? ILLEGAL : null,
    legalGround: notice.legalGround,
    legalReferenceUrl: null,
    termsClause: TERMS_REVIEWS_CLAUSE,
    explanation: null,
    category: notice.category === 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE' ? null : notice.category,
    keywords: [],
    territorialScope: [...EEA],
    facts,
    manifestlyIllegal: false,
    contentLanguages: {},
    automatedDetection: false,
    automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
  };
}

const text = (value: string | null) => value?.trim() ?? '';

/** The form's per-review languages (`r12`: a key react-hook-form does not take for an array index) as the API's `{"12": "FR"}`. */
export function contentLanguagesBody(values: DecideValues['contentLanguages']): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(values ?? {})
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k.replace(/^r/, ''), v ? v : null]),
  );
}

/**
 * The `decide` body exactly as docs/TRUST-SAFETY.md defines it: `no_action` with its note; a restriction
 * with the law (illegal content) or the terms clause (incompatible content), the keywords of its
 * category only, the territorial scope in the TDB's order; the automation flags always.
 */
export function decideBody(v: DecideValues): Record<string, unknown> {
  const automation = { automatedDetection: v.automatedDetection, automatedDecision: v.automatedDecision };
  if (v.decision === 'no_action') {
    return { decision: 'no_action', note: text(v.note), ...(v.manifestlyUnfounded ? { manifestlyUnfounded: true } : {}), ...automation };
  }
  const allowed = v.category ? keywordsOf(v.category) : [];
  const keywords = allowed.filter((k) => v.keywords.includes(k));
  return {
    decision: v.decision,
    visibility: v.visibility,
    ...(v.decision === 'service_suspension' ? { suspensionDays: Number(v.suspensionDays) } : {}),
    ground: v.ground,
    ...(v.ground === ILLEGAL
      ? { legalGround: text(v.legalGround), ...(text(v.legalReferenceUrl) ? { legalReferenceUrl: text(v.legalReferenceUrl) } : {}) }
      : { termsClause: text(v.termsClause) }),
    explanation: text(v.explanation),
    category: v.category,
    ...(keywords.length ? { keywords } : {}),
    territorialScope: EEA.filter((code) => v.territorialScope.includes(code)),
    facts: text(v.facts),
    ...(v.manifestlyIllegal ? { manifestlyIllegal: true } : {}),
    ...(Object.keys(contentLanguagesBody(v.contentLanguages)).length ? { contentLanguages: contentLanguagesBody(v.contentLanguages) } : {}),
    ...automation,
  };
}
