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

/**
 * A staff member who changes a price says why (docs/OPERATIONS.md "Catalog"): the reason is kept with
 * the price history, old → new. A first price (a new or copied plan) needs none; neither does an
 * unchanged price, nor an import (the history says "CSV import").
 * Returns the problem in words, or null when the change may go ahead.
 */
export function priceChangeReasonProblem(
  previousPriceCents: number | null,
  newPriceCents: number,
  reason: string | null | undefined,
): string | null {
  if (previousPriceCents === null || previousPriceCents === newPriceCents) return null;
  const text = (reason ?? '').trim();
  if (text.length < 3) return 'A price change needs a reason (at least 3 characters), kept in the price history';
  if (text.length > 500) return 'The reason of a price change is at most 500 characters';
  return null;
}
