import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  decisionDueAt,
  earliestAgentReceipt,
  frenchPublicHolidays,
  isWorkingDay,
  payoutDueAt,
  requestedInTime,
  subtractWorkingDays,
} from '../../server/domain/refunds/clocks.ts';

// Golden table: the 11 national public holidays of France, 2024–2030 (Easter-based ones computed by hand).
const GOLDEN: Record<number, string[]> = {
  2024: ['01-01', '04-01', '05-01', '05-08', '05-09', '05-20', '07-14', '08-15', '11-01', '11-11', '12-25'],
  2025: ['01-01', '04-21', '05-01', '05-08', '05-29', '06-09', '07-14', '08-15', '11-01', '11-11', '12-25'],
  2026: ['01-01', '04-06', '05-01', '05-08', '05-14', '05-25', '07-14', '08-15', '11-01', '11-11', '12-25'],
  2027: ['01-01', '03-29', '05-01', '05-06', '05-08', '05-17', '07-14', '08-15', '11-01', '11-11', '12-25'],
  2028: ['01-01', '04-17', '05-01', '05-08', '05-25', '06-05', '07-14', '08-15', '11-01', '11-11', '12-25'],
  2029: ['01-01', '04-02', '05-01', '05-08', '05-10', '05-21', '07-14', '08-15', '11-01', '11-11', '12-25'],
  2030: ['01-01', '04-22', '05-01', '05-08', '05-30', '06-10', '07-14', '08-15', '11-01', '11-11', '12-25'],
};

describe('French public holidays (golden table 2024–2030)', () => {
  test.each(Object.entries(GOLDEN))('%s has exactly the 11 national holidays', (year, days) => {
    expect([...frenchPublicHolidays(Number(year))].sort()).toEqual(days.map((d) => `${year}-${d}`).sort());
  });
  test('Easter Sunday and Whit Sunday are not counted as holidays (they are Sundays anyway)', () => {
    expect(frenchPublicHolidays(2026).has('2026-04-05')).toBe(false);
    expect(frenchPublicHolidays(2026).has('2026-05-24')).toBe(false);
  });
  test('a holiday on a weekend is not moved to a weekday (France does not shift holidays)', () => {
    // 1 November 2026 is a Sunday: Monday 2 November is a working day.
    expect(isWorkingDay('2026-11-02')).toBe(true);
  });
});

describe('working days', () => {
  test('weekends are not working days', () => {
    expect(isWorkingDay('2026-11-21')).toBe(false);
    expect(isWorkingDay('2026-11-22')).toBe(false);
    expect(isWorkingDay('2026-11-23')).toBe(true);
  });
  test.each([
    ['an ordinary week: Monday → next Monday', '2026-11-16', '2026-11-23'],
    ['across a weekend: Thursday → next Thursday', '2026-11-19', '2026-11-26'],
    ['across Easter Monday 2026', '2026-04-02', '2026-04-10'],
    ['across 1 May and 8 May 2026 (Fridays)', '2026-04-30', '2026-05-11'],
    ['across Ascension 2026 (Thursday 14 May)', '2026-05-12', '2026-05-20'],
    ['across Whit Monday 2026 (25 May)', '2026-05-21', '2026-05-29'],
    ['across Christmas 2026 (Friday 25 December)', '2026-12-23', '2026-12-31'],
    ['across New Year 2027 (Friday 1 January)', '2026-12-28', '2027-01-05'],
    ['across Ascension and 8 May 2027 (6 May Thursday, 8 May Saturday)', '2027-05-05', '2027-05-13'],
    ['from a Saturday: the count starts on Monday', '2026-11-21', '2026-11-27'],
  ])('5 working days %s', (_name, from, due) => {
    expect(addWorkingDays(from, 5)).toBe(due);
  });
});

describe('refund clocks (Europe/Paris calendar dates)', () => {
  test('the decision is due at 23:59:59 Paris time on the 5th working day after receipt', () => {
    expect(decisionDueAt(new Date('2026-11-16T09:00:00Z')).toISOString()).toBe('2026-11-23T22:59:59.000Z');
  });
  test('a request received at 23:30 Paris time counts from that Paris day, not the UTC one', () => {
    // 23:30 on Sunday 22 November in Paris is 22:30 UTC: the day of receipt is Sunday.
    expect(decisionDueAt(new Date('2026-11-22T22:30:00Z')).toISOString()).toBe('2026-11-27T22:59:59.000Z');
    // 00:30 on Monday 23 November in Paris is still Sunday in UTC: the day of receipt is Monday.
    expect(decisionDueAt(new Date('2026-11-22T23:30:00Z')).toISOString()).toBe('2026-11-30T22:59:59.000Z');
  });
  test('the payout is due at the end of the 30th day after the decision, across the DST change', () => {
    expect(payoutDueAt(new Date('2026-03-10T10:00:00Z')).toISOString()).toBe('2026-04-09T21:59:59.000Z');
  });
  test('day 30 at 23:59 Paris time is in time; day 31 at 00:01 is late', () => {
    const ordered = new Date('2026-10-01T21:30:00Z'); // 23:30 on 1 October in Paris
    expect(requestedInTime(ordered, new Date('2026-10-31T22:59:00Z'))).toBe(true); // 31 Oct 23:59 Paris (winter time)
    expect(requestedInTime(ordered, new Date('2026-10-31T23:01:00Z'))).toBe(false); // 1 Nov 00:01 Paris
  });
  test('an order placed at 00:30 Paris time belongs to that Paris day even though UTC says the day before', () => {
    const ordered = new Date('2026-06-30T22:30:00Z'); // 1 July 00:30 Paris
    expect(requestedInTime(ordered, new Date('2026-07-31T21:59:00Z'))).toBe(true); // 31 July 23:59 Paris
    expect(requestedInTime(ordered, new Date('2026-07-31T22:01:00Z'))).toBe(false); // 1 August 00:01 Paris
  });
});

describe('how far back an agent may date a request (5 working days by default)', () => {
  test('five working days before Monday 9 November 2026 is Monday 2 November (Wednesday 11 is a holiday, not in range)', () => {
    expect(subtractWorkingDays('2026-11-09', 5)).toBe('2026-11-02');
  });
  test('a holiday is skipped: 5 working days before Friday 13 November 2026 is Thursday 5 November (11 November is a holiday)', () => {
    expect(subtractWorkingDays('2026-11-13', 5)).toBe('2026-11-05');
  });
  test('the limit is the start of that day in Paris', () => {
    expect(earliestAgentReceipt(new Date('2026-11-13T15:00:00Z'), 5).toISOString()).toBe('2026-11-04T23:00:00.000Z');
  });
});
