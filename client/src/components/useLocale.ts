import { useLocaleState } from 'react-admin';

/** The console's current locale ('en' | 'fr'), for Intl formatting that follows the locale menu. */
export function useLocale(): string {
  const [locale] = useLocaleState();
  return locale;
}
