import { useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';
import { useLocale } from '../../components/useLocale.ts';
import { formatEuros, formatNumber } from '../../units.ts';

/** A plan field's value as the staff reads it (euros, %, GB, status label), for the import report. */
export function usePlanValueText(): (field: string, value: unknown) => string {
  const translate = useTranslate();
  const locale = useLocale();
  const dataText = useDataText();
  return (field, value) => {
    if (value === null || value === undefined) return field === 'dataMb' ? translate('units.unlimited') : '—';
    switch (field) {
      case 'priceCents':
        return typeof value === 'number' ? formatEuros(value, locale) : String(value);
      case 'vatRateBp':
        return typeof value === 'number' ? `${formatNumber(value / 100, locale)} %` : String(value);
      case 'dataMb':
      case 'fairUseMb':
        return typeof value === 'number' ? dataText(value) : String(value);
      case 'validityDays':
        return translate('resources.countries.csv.days', { smart_count: Number(value) });
      case 'status':
        return translate(`enums.plan_status.${String(value)}`, { _: String(value) });
      case 'promotional':
        return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
      default:
        return String(value);
    }
  };
}
