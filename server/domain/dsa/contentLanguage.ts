// The language of the content a statement of reasons is about (TDB `content_language`: the language
// of the content, not of its author's account; docs/TRUST-SAFETY.md "Content language").
import { eld } from 'eld/medium';
import { LANGUAGES } from './tdb.ts';

const TDB_CODES = new Set(LANGUAGES);

/**
 * The language of a text as the TDB names it (upper-case ISO 639-1: `FR`, `EN`…), or null: no text
 * (a rating without a comment has no language), too short or too mixed to tell (ELD's own
 * reliability test), or a language ELD does not know (it knows 60, Irish and Maltese not among them).
 * Detection is statistical (n-grams): the moderator sees the result in the decision form and corrects it there.
 */
export function detectContentLanguage(text: string | null | undefined): string | null {
  const value = text?.trim();
  if (!value) return null;
  const result = eld.detect(value);
  if (!result.language || !result.isReliable()) return null;
  const code = result.language.toUpperCase();
  return TDB_CODES.has(code) ? code : null;
}
