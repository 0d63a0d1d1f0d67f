// The language of the content a statement of reasons is about (TDB `content_language`: the language
// of the content, not of its author's account; docs/TRUST-SAFETY.md "Content language").
import { LANGUAGES } from './tdb.ts';

const TDB_CODES = new Set(LANGUAGES);

/** What the detector (ELD, server/tdb/languageDetector.ts) says of one text. */
export interface DetectedLanguage {
  /** ISO 639-1 code in lower case, as ELD names it; null: it could not tell. */
  language: string | null;
  /** ELD's own reliability test: false when the text is too short or too mixed. */
  reliable: boolean;
}

/** The text detection reads, or null when there is none (a rating without a comment has no language). */
export function textToDetect(text: string | null | undefined): string | null {
  const value = text?.trim();
  return value ? value : null;
}

/**
 * The language of a text as the TDB names it (upper-case ISO 639-1: `FR`, `EN`…), or null: no text,
 * too short or too mixed to tell, or a language ELD does not know (it knows 60, Irish and Maltese not
 * among them). Detection is statistical (n-grams): the moderator sees the result in the decision form
 * and corrects it there.
 */
export function tdbContentLanguage(detected: DetectedLanguage | null): string | null {
  if (!detected?.language || !detected.reliable) return null;
  const code = detected.language.toUpperCase();
  return TDB_CODES.has(code) ? code : null;
}
