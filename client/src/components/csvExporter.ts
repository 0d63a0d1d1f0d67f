import jsonExport from 'jsonexport/dist';
import { downloadCSV, type Exporter } from 'react-admin';
import { csvSafe } from '../../../server/domain/csv.ts';

/** Every text in a record (nested ones too) through csvSafe: what a spreadsheet would run as a formula is written as text. */
export function csvSafeRecord<T>(value: T): T {
  if (Array.isArray(value)) return value.map(csvSafeRecord) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, csvSafeRecord(v)])) as T;
  return csvSafe(value) as T;
}

/**
 * The export of every list (react-admin's default exporter, with each cell neutralised against formula
 * injection, OWASP's rule: docs/OPERATIONS.md). The records are the API's, already masked for the reader.
 */
export const csvExporter: Exporter = (records, _fetchRelated, _dataProvider, resource) => {
  jsonExport(csvSafeRecord(records), (_error: Error | null, csv: string) => downloadCSV(csv, resource ?? 'export'));
};
