import { MB_PER_GB } from '../../units.ts';

export type DataUnit = 'gb' | 'mb';
export const DATA_UNITS: readonly DataUnit[] = ['gb', 'mb'];

/**
 * A typed amount of data → integer MB, from the digits (no float arithmetic): "7" GB → 7168,
 * "1,5" GB → 1536, "500" MB → 500. Null when it is not a whole number of MB ("0.1" GB = 102.4 MB).
 */
export function parseDataAmount(text: string, unit: DataUnit): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,3}))?$/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  const scale = 10 ** fraction.length;
  const numerator = (Number(whole) * scale + Number(fraction || '0')) * (unit === 'gb' ? MB_PER_GB : 1);
  return numerator % scale === 0 ? numerator / scale : null;
}

/** The unit an amount of MB reads best in: whole GB in GB, anything else in MB (so it is exact). */
export function bestDataUnit(mb: number | null): DataUnit {
  return mb === null || (mb !== 0 && mb % MB_PER_GB === 0) ? 'gb' : 'mb';
}

/** Integer MB as the text of an input in `unit` (exact: only whole GB are shown in GB). */
export function dataAmountText(mb: number, unit: DataUnit): string {
  return unit === 'gb' && mb % MB_PER_GB === 0 ? String(mb / MB_PER_GB) : String(mb);
}
