// Reviews (GCU §8): publication without prior moderation, 3-year retention, report severity.
import { parisDate } from '../calendar.ts';
import { REVIEW_REMOVAL_GROUNDS, type REVIEW_REPORT_REASONS } from '../enums.ts';

export type ReportReason = (typeof REVIEW_REPORT_REASONS)[number];
export type RemovalGround = (typeof REVIEW_REMOVAL_GROUNDS)[number];

export const REPORT_SEVERITY: Record<ReportReason, number> = {
  spam: 1,
  inappropriate: 1,
  abusive: 2,
  insulting: 2,
  defamatory: 3,
  privacy: 3,
  hate: 4,
  threat: 5,
  dsa_notice: 4,
};

const addUtcMonths = (d: Date, months: number): Date => {
  const r = new Date(d);
  const day = r.getUTCDate();
  r.setUTCDate(1);
  r.setUTCMonth(r.getUTCMonth() + months);
  r.setUTCDate(Math.min(day, new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate()));
  return r;
};

/**
 * GCU §8: "Notices are published within one (1) month of their collection". We publish a review the
 * moment we receive it (no moderation before publication), so its publication date is a date that
 * happened; one received more than a calendar month (Paris) after it was collected is published late,
 * and flagged for the moderators.
 */
export function isPublishedLate(collectedAt: Date, publishedAt: Date): boolean {
  const [y, m, d] = parisDate(collectedAt).split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const limit = new Date(Date.UTC(y, m, Math.min(d, lastDay))).toISOString().slice(0, 10);
  return parisDate(publishedAt) > limit;
}

/** Kept at most three years after publication. */
export const deleteAfter = (publishedAt: Date): Date => addUtcMonths(publishedAt, 36);

/** A report raised by a DSA notice weighs like hate speech, like a threat when a life is said to be at risk. */
export const noticeReportSeverity = (threatToLife: boolean): number => (threatToLife ? 5 : REPORT_SEVERITY.dsa_notice);

/** The statement-of-reasons category a removal on a GCU §8 ground falls under (docs/TRUST-SAFETY.md "typical review mappings"). */
export const GROUND_CATEGORY: Record<RemovalGround, { category: string; keyword?: string }> = {
  defamatory: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keyword: 'KEYWORD_DEFAMATION' },
  abusive: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_CYBER_HARASSMENT' },
  insulting: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC' },
  malicious: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_INAUTHENTIC_USER_REVIEWS' },
  incites_violence_or_hatred: { category: 'STATEMENT_CATEGORY_VIOLENCE', keyword: 'KEYWORD_INCITEMENT_VIOLENCE_HATRED' },
  racist: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keyword: 'KEYWORD_HATE_SPEECH' },
  unlawful: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC' },
  discriminatory: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keyword: 'KEYWORD_DISCRIMINATION' },
  privacy_or_image_rights: { category: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS' },
  inappropriate: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC' },
};
