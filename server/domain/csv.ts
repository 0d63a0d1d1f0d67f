// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
// formula: OWASP's "CSV injection". Every CSV we produce, on the server or in the console, passes
// its text cells through csvSafe (docs/OPERATIONS.md "Input we refuse, output we neutralise").

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as it may be written to a CSV file: text that a spreadsheet would read as a formula
 * gets a leading apostrophe (shown as text, not run). Numbers, booleans and empty cells are left
 * as they are: they cannot hold a formula.
 */
export function csvSafe<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Reading back a file we wrote: the apostrophe csvSafe added is taken off again. */
export function csvCellValue(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
