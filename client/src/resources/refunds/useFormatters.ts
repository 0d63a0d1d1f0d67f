import { useLocale } from '../../components/useLocale.ts';
import { formatEuros } from '../../units.ts';

/** Euros and times in the console's locale, for sentences and panels (fields do the same for columns). */
export function useFormatters() {
  const locale = useLocale();
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    money: (cents: number) => formatEuros(cents, locale),
    time: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—'),
  };
}
