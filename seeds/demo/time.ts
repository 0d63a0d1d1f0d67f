// Time helpers. Instants are epoch milliseconds (UTC); business calendars are Europe/Paris.
export type Ms = number;

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const PARIS = 'Europe/Paris';
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
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
export const daysBetweenDates = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

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

function easterSunday(year: number): string {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, Set<string>>();
/** French public holidays (Code du travail L3133-1), metropolitan France. */
export function frenchHolidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    const easter = easterSunday(year);
    set = new Set([
      ...['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map((md) => `${year}-${md}`),
      addDaysToDate(easter, 1), addDaysToDate(easter, 39), addDaysToDate(easter, 50),
    ]);
    holidayCache.set(year, set);
  }
  return set;
}

export function isFrenchWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !frenchHolidays(Number(date.slice(0, 4))).has(date);
}

/** GCS §6: eligibility is decided by the end of the 5th French working day after the day of receipt. */
export function refundDecisionDueAt(receivedAt: Ms): Ms {
  let date = parisDate(receivedAt);
  for (let n = 0; n < 5;) {
    date = addDaysToDate(date, 1);
    if (isFrenchWorkingDay(date)) n++;
  }
  return endOfParisDay(date);
}

/** GCS §6: reimbursement by the end of the 30th day after the day of the decision. */
export const refundPayoutDueAt = (decidedAt: Ms): Ms => endOfParisDay(addDaysToDate(parisDate(decidedAt), 30));

/** Same instant, `years` calendar years later (UTC). */
export function addYears(at: Ms, years: number): Ms {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}
