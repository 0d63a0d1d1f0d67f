import { describe, expect, test } from 'vitest';
import { nextDay, parisDate, parisOffsetMinutes, startOfParisDay } from '../../server/domain/calendar.ts';

describe('Europe/Paris calendar days', () => {
  test('a winter day starts at 23:00 UTC the day before', () => {
    expect(startOfParisDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
  });
  test('a summer day starts at 22:00 UTC the day before', () => {
    expect(startOfParisDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });
  test('the days of the DST changes start at the right instant', () => {
    expect(startOfParisDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // clocks go forward at 02:00
    expect(startOfParisDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfParisDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z'); // clocks go back at 03:00
    expect(startOfParisDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
  test('the offset is 60 minutes in winter and 120 in summer', () => {
    expect(parisOffsetMinutes(new Date('2026-01-01T12:00:00Z'))).toBe(60);
    expect(parisOffsetMinutes(new Date('2026-08-01T12:00:00Z'))).toBe(120);
  });
  test('23:30 UTC on 31 December is already 1 January in Paris', () => {
    expect(parisDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
  test('the next day crosses months and leap days', () => {
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
