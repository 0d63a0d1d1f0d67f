// Catalog money rules: prices are integer cents incl. VAT, entered as euros with a decimal
// separator and never computed in floats (docs/MONEY.md §5.6).

/** "9.99", "9,99", "1 299,00", "12", "12." → cents; null when it is not an amount of euros. Shared by the console's inputs. */
export function parseEuros(text: string): number | null {
  const s = text
    .trim()
    .replace(/[\s\u00a0\u202f€]/g, '')
    .replace(',', '.');
  const m = /^(\d{1,7})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function formatEuros(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(Math.abs(cents % 100)).padStart(2, '0')}`;
}

/**
 * A price changed by a percentage, to the nearest cent (half up), computed on integers:
 * percent is taken in hundredths (12.5 % → 1250) so that no float ever touches the cents.
 */
export function changeByPercent(priceCents: number, percent: number): number {
  const hundredths = Math.round(percent * 100);
  const numerator = priceCents * (10_000 + hundredths);
  return Math.max(0, Math.floor((numerator + 5_000) / 10_000));
}
