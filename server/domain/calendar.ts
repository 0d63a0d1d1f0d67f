// Business calendars are evaluated in Europe/Paris (docs/RULES.md "Units"); time is stored in UTC.

export const BUSINESS_TIME_ZONE = 'Europe/Paris';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: BUSINESS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Paris is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function parisOffsetMinutes(at: Date): number {
  const p = Object.fromEntries(partsFormatter.formatToParts(at).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The UTC instant at which a Paris calendar day (YYYY-MM-DD) begins, DST included. */
export function startOfParisDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(y, m - 1, d);
  let start = midnightUtc - parisOffsetMinutes(new Date(midnightUtc)) * 60_000;
  start = midnightUtc - parisOffsetMinutes(new Date(start)) * 60_000; // the offset at the true instant
  return new Date(start);
}

/** The Paris calendar day that follows `day`. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The Paris calendar date (YYYY-MM-DD) of an instant. */
export function parisDate(at: Date): string {
  const p = Object.fromEntries(partsFormatter.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}
