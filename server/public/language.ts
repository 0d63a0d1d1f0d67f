import type { Request } from 'express';

export const LANGUAGES = ['fr', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

/** `?lang=fr|en` first (the language switch and the forms' action carry it), then Accept-Language, then French. */
export function pageLanguage(req: Request): Lang {
  if (isLang(req.query.lang)) return req.query.lang;
  const accepted = req.acceptsLanguages(...LANGUAGES);
  return isLang(accepted) ? accepted : 'fr';
}

export const otherLanguage = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/** The same page in the given language. */
export const withLanguage = (path: string, lang: Lang): string => `${path}?lang=${lang}`;
