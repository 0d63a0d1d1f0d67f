import { useTranslate } from 'react-admin';
import { formatNumber, MB_PER_GB } from '../units.ts';
import { useLocale } from './useLocale.ts';

export interface DataTextOptions {
  /** A `+` on credits (ledger deltas); debits always show `−`. */
  signed?: boolean;
}

/**
 * Exact amounts of data for moves of data (transfers, ledger): whole GB as "2 GB", anything
 * else in MB ("1,748 MB"), so that what support reads is never rounded (DataField rounds to
 * two decimals of GB, fine for plan totals, not for what was recovered).
 */
export function useDataText(): (mb: number, options?: DataTextOptions) => string {
  const translate = useTranslate();
  const locale = useLocale();
  return (mb, { signed = false } = {}) => {
    const abs = Math.abs(mb);
    const wholeGb = abs !== 0 && abs % MB_PER_GB === 0;
    const text = translate(wholeGb ? 'units.gb' : 'units.mb', { value: formatNumber(wholeGb ? abs / MB_PER_GB : abs, locale, 0) });
    const sign = mb < 0 ? '\u2212' : signed && mb > 0 ? '+' : '';
    return `${sign}${text}`;
  };
}
