import { describe, expect, test } from 'vitest';
import { activationDeadline, saleRefusal } from '../../server/domain/orders/orderRules.ts';

describe('GCS §5.3.1: an order is valid for one calendar year, in Paris', () => {
  test('an order of 1 March 2023 may be activated until the end of 1 March 2024 (not 29 February: 2024 is a leap year)', () => {
    expect(activationDeadline(new Date('2023-03-01T09:00:00Z')).toISOString()).toBe('2024-03-01T22:59:59.000Z');
  });
  test('an order at 00:30 Paris on 1 January is a 1 January order, whatever the UTC date', () => {
    expect(activationDeadline(new Date('2025-12-31T23:30:00Z')).toISOString()).toBe('2027-01-01T22:59:59.000Z');
  });
  test('an order of 29 February runs to the end of 28 February', () => {
    expect(activationDeadline(new Date('2024-02-29T12:00:00Z')).toISOString()).toBe('2025-02-28T22:59:59.000Z');
  });
  test('summer time: an order of 15 July ends at 23:59:59 Paris (21:59:59 UTC) a year later', () => {
    expect(activationDeadline(new Date('2026-07-15T10:00:00Z')).toISOString()).toBe('2027-07-15T21:59:59.000Z');
  });
});

describe('GCS §5.1: what may be sold', () => {
  test('an active plan of an available country', () => {
    expect(saleRefusal({ status: 'active', countryAvailable: true })).toBeNull();
    expect(saleRefusal({ status: 'active', countryAvailable: null })).toBeNull();
  });
  test('a plan of a country the seller made unavailable is not sold', () => {
    expect(saleRefusal({ status: 'active', countryAvailable: false })).toBe('country_unavailable');
  });
  test.each(['draft', 'retired'])('a %s plan is not sold', (status) => {
    expect(saleRefusal({ status, countryAvailable: true })).toBe('plan_not_on_sale');
  });
});
