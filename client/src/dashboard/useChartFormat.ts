import { useTranslate } from 'react-admin';
import { formatEuros, formatNumber } from '../units.ts';
import { useLocale } from '../components/useLocale.ts';

/** Formatters for chart axes and tooltips, in the console's locale: euros from cents, Paris days, counts. */
export function useChartFormat() {
  const locale = useLocale();
  const translate = useTranslate();
  // A Paris calendar day (YYYY-MM-DD) is a date, not an instant: format it at UTC midnight, in UTC.
  const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const longDayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  const compactEuros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
  return {
    translate,
    euros: (cents: number) => formatEuros(cents, locale),
    /** Axis ticks: "1,2 k €". */
    eurosShort: (cents: number) => compactEuros.format(cents / 100),
    day: (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`)),
    longDay: (day: string) => longDayFormat.format(new Date(`${day}T00:00:00Z`)),
    count: (n: number) => formatNumber(n, locale, 0),
    /** A country's name in the console's language (the API's names are English). */
    country: (code: string, name: string) => {
      try {
        return regionNames.of(code) ?? name;
      } catch {
        return name;
      }
    },
    percent: (ratio: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio),
  };
}
