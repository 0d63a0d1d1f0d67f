// The API's own type (erased at build time): the page reads exactly what the server computes.
export type { TransparencyReport } from '../../../server/services/transparency.ts';

/** UTC calendar days, both included (YYYY-MM-DD). */
export type { DayRange as ReportPeriod } from '../components/DateRangeFields.tsx';
