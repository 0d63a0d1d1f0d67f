// CSV files the console hands out are opened in spreadsheets: a cell that starts like a formula
// (= + - @, tab, carriage return) would run as one (CSV injection). One helper for every export.

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A value as a CSV cell's text, neutralised: a text starting like a formula is prefixed with `'`
 * (the spreadsheet shows it as text). Numbers stay numbers (`-3` is a count, not a formula);
 * null and undefined are empty. Quoting is the CSV writer's job (csv-stringify).
 */
export function csvSafe(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}
