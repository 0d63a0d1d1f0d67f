import { decisionDueAt, payoutDueAt } from '../../server/domain/refunds/clocks.ts';
// Time helpers. Instants are epoch milliseconds (UTC); business calendars are Europe/Paris.
export type Ms = number;

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const PARIS = 'Europe/Paris';
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parisParts(at: Ms): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(at))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { y: p.year!, m: p.month!, d: p.day!, h: p.hour!, mi: p.minute!, s: p.second! };
}

/** The Europe/Paris calendar date of an instant, 'YYYY-MM-DD'. */
export function parisDate(at: Ms): string {
  const { y, m, d } = parisParts(at);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The UTC calendar date of an instant, 'YYYY-MM-DD'. */
export const utcDate = (at: Ms): string => new Date(at).toISOString().slice(0, 10);

export function addDaysToDate(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * DAY;
  return utcDate(t);
}

/** Whole calendar days from date a to date b ('YYYY-MM-DD'). */
export const daysBetweenDates = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

/** The instant of a Europe/Paris wall-clock time. */
export function parisTime(date: string, hour: number, minute = 0, second = 0, ms = 0): Ms {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute, second, ms);
  let guess = wall - HOUR; // Paris is UTC+1 or UTC+2
  for (let i = 0; i < 3; i++) {
    const p = parisParts(guess);
    const seen = Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s, ms);
    guess += wall - seen;
  }
  return guess;
}

/** End (23:59:59) of a Europe/Paris calendar day. */
export const endOfParisDay = (date: string): Ms => parisTime(date, 23, 59, 59);

// The refund clocks are the server's own (server/domain/refunds/clocks.ts): one calendar for both.
export { isWorkingDay as isFrenchWorkingDay } from '../../server/domain/refunds/clocks.ts';

/** GCS §6: eligibility is decided by the end of the 5th French working day after the day of receipt. */
export const refundDecisionDueAt = (receivedAt: Ms): Ms => decisionDueAt(new Date(receivedAt)).getTime();

/** GCS §6: reimbursement by the end of the 30th day after the day of the decision. */
export const refundPayoutDueAt = (decidedAt: Ms): Ms => payoutDueAt(new Date(decidedAt)).getTime();

/** Same instant, `years` calendar years later (UTC). */
export function addYears(at: Ms, years: number): Ms {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}
