import { describe, expect, test } from 'vitest';
import { changeByPercent, formatEuros, parseEuros, priceChangeReasonProblem } from '../../server/domain/catalog/pricing.ts';

describe('prices in euros, stored in cents', () => {
  test.each([
    ['9.99', 999],
    ['9,99', 999],
    ['12', 1200],
    ['0.1', 10],
    ['1 299,50', 129950],
    ['19,90 €', 1990],
    ['0,07', 7],
  ])('"%s" → %i cents, no float drift', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });
  test.each(['', 'abc', '9.999', '-1', '1e3', '9.99.1'])('"%s" is not an amount', (text) => {
    expect(parseEuros(text)).toBeNull();
  });
  test('formats cents back to euros', () => {
    expect(formatEuros(999)).toBe('9.99');
    expect(formatEuros(1200)).toBe('12.00');
    expect(formatEuros(7)).toBe('0.07');
  });
});

describe('bulk price change by percentage', () => {
  test('+10 % of 9.99 € is 10.99 € (1098.9 rounds half up to 1099)', () => expect(changeByPercent(999, 10)).toBe(1099));
  test('−15 % of 29.99 € is 25.49 €', () => expect(changeByPercent(2999, -15)).toBe(2549));
  test('+12.5 % of 8.00 € is 9.00 €', () => expect(changeByPercent(800, 12.5)).toBe(900));
  test('0 % changes nothing; −100 % is free, never negative', () => {
    expect(changeByPercent(1999, 0)).toBe(1999);
    expect(changeByPercent(1999, -100)).toBe(0);
  });
  test('results are whole cents for any price and percentage', () => {
    for (let price = 1; price < 5000; price += 37)
      for (const p of [-33.33, -7.5, 1.01, 19.99, 250]) expect(Number.isInteger(changeByPercent(price, p))).toBe(true);
  });
});

describe('a price change says why', () => {
  test('a changed price without a reason (or a blank one) is refused', () => {
    expect(priceChangeReasonProblem(999, 1099, null)).toMatch(/needs a reason/);
    expect(priceChangeReasonProblem(999, 1099, '   ')).toMatch(/needs a reason/);
    expect(priceChangeReasonProblem(999, 1099, 'ok')).toMatch(/needs a reason/);
  });
  test('a first price or an unchanged price needs no reason', () => {
    expect(priceChangeReasonProblem(null, 999, null)).toBeNull();
    expect(priceChangeReasonProblem(999, 999, undefined)).toBeNull();
  });
  test('a reason of 3 to 500 characters is enough; longer is refused', () => {
    expect(priceChangeReasonProblem(999, 1099, 'Operator cost increase')).toBeNull();
    expect(priceChangeReasonProblem(999, 1099, 'x'.repeat(501))).toMatch(/500/);
  });
});
