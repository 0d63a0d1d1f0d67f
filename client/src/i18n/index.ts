import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { mergeTranslations, resolveBrowserLocale, type I18nProvider, type TranslationMessages } from 'react-admin';
import { en } from './en/index.ts';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
];

// English is part of the first load; another language is a chunk of its own, fetched when it is
// the one the console starts in or when the locale menu switches to it.
const messages: Record<string, TranslationMessages> = {
  en: mergeTranslations(englishMessages, en),
};
const loaders: Record<string, () => Promise<TranslationMessages>> = {
  fr: () => import('./fr/messages.ts').then((m) => m.messages),
};

function isLocale(locale: string | null | undefined): locale is string {
  return LOCALES.some((l) => l.locale === locale);
}

/** Fetches a language's messages once (English is always there). */
export async function loadMessages(locale: string): Promise<TranslationMessages> {
  const loader = loaders[locale];
  if (!messages[locale] && loader) messages[locale] = await loader();
  return messages[locale] ?? messages.en!;
}

/** A provider starting in `initialLocale` if its messages are loaded (see loadMessages), else in English. */
export function createI18nProvider(initialLocale: string = resolveBrowserLocale('en')): I18nProvider {
  const locale = initialLocale in messages ? initialLocale : 'en';
  return polyglotI18nProvider((l) => messages[l] ?? loadMessages(l), locale, LOCALES, { allowMissing: true });
}

/**
 * The console's provider: the language the staff member chose in the locale menu (`stored`), else the
 * browser's choice; English or French. Its messages are fetched before the first render.
 */
export async function loadI18nProvider(stored?: string | null): Promise<I18nProvider> {
  const browser = resolveBrowserLocale('en');
  const locale = isLocale(stored) ? stored : isLocale(browser) ? browser : 'en';
  await loadMessages(locale).catch((error: unknown) => console.error(error)); // English, then, rather than no console
  return createI18nProvider(locale);
}
