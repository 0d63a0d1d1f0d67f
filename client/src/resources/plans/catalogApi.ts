import { dataProvider } from '../../dataProvider.ts';
import type { PriceChangeResult } from './planTypes.ts';

/**
 * `POST /api/plans/price-change`: a collection action (no plan id), through the dataProvider.
 * The dry run is the preview; the real change carries the dialog's Idempotency-Key.
 */
export async function changePlanPrices(
  body: { planIds: number[]; percent: number; dryRun: boolean; reason?: string },
  idempotencyKey?: string,
): Promise<PriceChangeResult> {
  return (await dataProvider.collectionAction<PriceChangeResult>('plans', 'price-change', body, { idempotencyKey })).data;
}

/** "5", "-3,5", "+12.25" → a percentage with at most two decimals, −90 to +300 as the API takes it; null otherwise. */
export function parsePercent(text: string): number | null {
  const match = /^([+-]?)(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0\u202f%]/g, ''));
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  const hundredths = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  const percent = (sign === '-' ? -hundredths : hundredths) / 100;
  return percent === 0 || percent < -90 || percent > 300 ? null : percent;
}
