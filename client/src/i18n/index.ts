import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { mergeTranslations, resolveBrowserLocale, type TranslationMessages } from 'react-admin';
import { en } from './en/index.ts';
import { fr } from './fr/index.ts';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
];

const messages: Record<string, TranslationMessages> = {
  en: mergeTranslations(englishMessages, en),
  fr: mergeTranslations(frenchMessages, fr),
};

/** English or French, the browser's choice first; the locale menu remembers the staff member's own. */
export function createI18nProvider(initialLocale: string = resolveBrowserLocale('en')) {
  const locale = initialLocale in messages ? initialLocale : 'en';
  return polyglotI18nProvider((l) => messages[l] ?? messages.en!, locale, LOCALES, { allowMissing: true });
}

export const i18nProvider = createI18nProvider();
