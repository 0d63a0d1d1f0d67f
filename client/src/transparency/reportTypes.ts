// The report's shape, defined once in the domain: the page reads exactly what the server computes.
export type { TransparencyReport } from '../../../server/domain/dsa/transparencyReport.ts';

/** UTC calendar days, both included (YYYY-MM-DD). */
export type { DayRange as ReportPeriod } from '../components/DateRangeFields.tsx';
