import { CATEGORIES, EEA, EU27, keywordsOf } from '../../server/domain/dsa/tdb.ts';
import type { Choice } from './enumChoices.ts';

// The Transparency Database's vocabulary (server/domain/dsa/tdb.ts), labelled `tdb.<kind>.<code>`.

/** The 16 categories, "not specified" last. */
export const categoryChoices: Choice[] = CATEGORIES.map((id) => ({ id, name: `tdb.category.${id}` }));

/** The keywords that belong to a category, plus KEYWORD_OTHER (what the decision form offers). */
export const keywordChoices = (category: string | null | undefined): Choice[] =>
  category ? keywordsOf(category).map((id) => ({ id, name: `tdb.keyword.${id}` })) : [];

/** What a moderator may restrict on a notice: the API refuses DEMOTED (a review is shown or not). */
export const NOTICE_VISIBILITIES = ['DECISION_VISIBILITY_CONTENT_REMOVED', 'DECISION_VISIBILITY_CONTENT_DISABLED'] as const;
export const noticeVisibilityChoices: Choice[] = NOTICE_VISIBILITIES.map((id) => ({ id, name: `tdb.visibility.${id}` }));

/** EEA codes the TDB accepts (Greece is GR), EU first. */
export const EEA_CODES: readonly string[] = EEA;
export const EU_CODES: readonly string[] = EU27;

/** A country's name in the console's language, from its ISO code. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** EEA choices as "FR — France", named in the console's language. */
export const eeaChoices = (locale: string): Choice[] => EEA.map((id) => ({ id, name: `${id} — ${countryName(id, locale)}` }));
