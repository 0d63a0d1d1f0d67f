import { describe, expect, test } from 'vitest';
import { centsToEuroText, formatEuros, parseEuros, splitData } from '../../client/src/units.ts';

describe('euro amounts typed by staff become integer cents without float drift', () => {
  test.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12,50', 1250],
    ['0.29', 29],
    ['0,07', 7],
    ['1 234,56', 123456],
    ['9.99 €', 999],
    ['4.', 400],
  ])('%s → %i cents', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  test.each(['', 'abc', '12.345', '-5', '1.234,56', '12..5'])('refuses %j', (text) => {
    expect(parseEuros(text)).toBeNull();
  });

  test('cents back to the text an input shows', () => {
    expect(centsToEuroText(1250)).toBe('12.50');
    expect(centsToEuroText(7)).toBe('0.07');
    expect(centsToEuroText(0)).toBe('0.00');
    expect(parseEuros(centsToEuroText(123456))).toBe(123456);
  });

  test('formats in the console locale', () => {
    expect(formatEuros(1250, 'en')).toBe('€12.50');
    expect(formatEuros(1250, 'fr').replace(/\s/g, ' ')).toBe('12,50 €');
  });
});

describe('data sizes (1 GB = 1024 MB)', () => {
  test('below a GB in MB, from a GB in GB', () => {
    expect(splitData(512)).toEqual({ unit: 'mb', value: 512 });
    expect(splitData(1024)).toEqual({ unit: 'gb', value: 1 });
    expect(splitData(5 * 1024 + 512)).toEqual({ unit: 'gb', value: 5.5 });
    expect(splitData(-2048)).toEqual({ unit: 'gb', value: -2 });
  });
});
