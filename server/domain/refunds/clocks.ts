// The legal clocks of a refund (GCS §6; docs/PRODUCT.md §2 "Refunds"), all on Europe/Paris calendar dates:
// a request is in time when its date ≤ the order's date + 30 days; the decision is due at the
// end (23:59:59) of the 5th French working day after the day of receipt; the payout at the
// end of the 30th day after the day of the decision.
import Holidays from 'date-holidays';
import { nextDay, parisDate, startOfParisDay } from '../calendar.ts';

// National public holidays of metropolitan France. Alsace-Moselle's two extra days
// (Good Friday, 26 December) are not ours: Kolet's finance team works from Paris.
const france = new Holidays('FR');
const byYear = new Map<number, ReadonlySet<string>>();

export function frenchPublicHolidays(year: number): ReadonlySet<string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(
      france
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, days);
  }
  return days;
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Monday to Friday, and not a French public holiday. */
export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !frenchPublicHolidays(Number(day.slice(0, 4))).has(day);
}

/** The n-th working day after `day` (the day itself never counts). */
export function addWorkingDays(day: string, n: number): string {
  let current = day;
  for (let counted = 0; counted < n;) {
    current = nextDay(current);
    if (isWorkingDay(current)) counted++;
  }
  return current;
}

/** 23:59:59 Paris time on that day, as a UTC instant. */
export function endOfParisDay(day: string): Date {
  return new Date(startOfParisDay(nextDay(day)).getTime() - 1000);
}

export const REQUEST_WINDOW_DAYS = 30;
export const DECISION_WORKING_DAYS = 5;
export const PAYOUT_DAYS = 30;

/** "Within 30 days of the order", in Paris calendar days. */
export function requestedInTime(orderedAt: Date, requestedAt: Date): boolean {
  return parisDate(requestedAt) <= addDays(parisDate(orderedAt), REQUEST_WINDOW_DAYS);
}

export function decisionDueAt(receivedAt: Date): Date {
  return endOfParisDay(addWorkingDays(parisDate(receivedAt), DECISION_WORKING_DAYS));
}

export function payoutDueAt(decidedAt: Date): Date {
  return endOfParisDay(addDays(parisDate(decidedAt), PAYOUT_DAYS));
}

/** The n-th working day before `day` (the day itself never counts). */
export function subtractWorkingDays(day: string, n: number): string {
  let current = day;
  for (let counted = 0; counted < n;) {
    current = addDays(current, -1);
    if (isWorkingDay(current)) counted++;
  }
  return current;
}

/**
 * How far back an agent may date a request received by e-mail or phone without an admin's
 * confirmation: the start of the n-th working day before today, in Paris (docs/RULES.md "Refunds").
 */
export function earliestAgentReceipt(now: Date, workingDays: number): Date {
  return startOfParisDay(subtractWorkingDays(parisDate(now), workingDays));
}
