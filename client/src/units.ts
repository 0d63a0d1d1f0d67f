// Money is integer euro cents and data integer MB, everywhere (docs/RULES.md "Units").
export const MB_PER_GB = 1024;

/** `12.5`, `12,50`, `1 234,56`, `€12` → integer cents, from the text itself (no float arithmetic); null if not an amount. */
export { parseEuros } from '../../server/domain/catalog/pricing.ts';

/** Integer cents → the plain decimal an input shows (`1250` → `12.50`), without float rounding. */
export function centsToEuroText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function formatEuros(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** MB as the staff reads it: below 1 GB in MB, above in GB with up to two decimals. */
export function splitData(mb: number): { unit: 'mb' | 'gb'; value: number } {
  return Math.abs(mb) >= MB_PER_GB ? { unit: 'gb', value: mb / MB_PER_GB } : { unit: 'mb', value: mb };
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}
