import { stringify } from 'csv-stringify/sync';
import { csvSafe } from '../domain/csv.ts';

// The one way the server writes CSV: every cell through csvSafe (server/domain/csv.ts, OWASP's rule).
export { csvCellValue, csvSafe } from '../domain/csv.ts';

/** Rows → CSV text with a header line, each cell neutralised against formula injection. */
export function toCsv<C extends string>(rows: readonly Record<C, unknown>[], columns: readonly C[]): string {
  const cell = (v: unknown) => (typeof v === 'boolean' ? String(v) : csvSafe(v ?? ''));
  return stringify(
    rows.map((row) => columns.map((c) => cell(row[c]))),
    { header: true, columns: [...columns] },
  );
}
