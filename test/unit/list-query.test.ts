// parseListQuery (server/rest/listQuery.ts), clause by clause: the ra-data-simple-rest
// query (sort, range, filter) checked against a resource's whitelists.
import { describe, expect, test } from 'vitest';
import { ApiError } from '../../server/http/errors.ts';
import { defineFields, f } from '../../server/rest/fields.ts';
import { MAX_PAGE, parseListQuery } from '../../server/rest/listQuery.ts';

const FIELDS = defineFields({
  id: f.id(),
  name: f.text({ sort: true, filter: true }),
  countryCode: f.text({ filter: true }),
  priceCents: f.int({ sort: true, filter: true }),
  secret: f.text(),
  status: f.enum(['draft', 'active', 'retired'], { sort: true, filter: true }),
  promotional: f.bool({ filter: true }),
  createdAt: f.timestamp({ sort: true, filter: true }),
  contentDate: f.date({ filter: true }),
  meta: f.json(),
});
const DEFAULT: [string, 'ASC' | 'DESC'] = ['name', 'ASC'];

const parse = (query: Record<string, unknown>) => parseListQuery(query, FIELDS, DEFAULT);
const enc = (v: unknown) => JSON.stringify(v);

/** Expects a 400 ApiError with this code; returns it. */
function refused(query: Record<string, unknown>, code: string): ApiError {
  let caught: unknown;
  try {
    parse(query);
  } catch (err) {
    caught = err;
  }
  expect(caught, JSON.stringify(query)).toBeInstanceOf(ApiError);
  const e = caught as ApiError;
  expect(e.status).toBe(400);
  expect(e.code).toBe(code);
  return e;
}

describe('no parameters', () => {
  test('uses the default sort, no range, no conditions, no q', () => {
    expect(parse({})).toEqual({ sort: { field: 'name', column: 'name', order: 'asc' }, range: null, conditions: [], q: null });
  });
});

describe('query parameters', () => {
  test('refuses an unknown parameter, naming it', () => {
    expect(refused({ page: '1' }, 'invalid_query').errors).toEqual({ page: 'unknown parameter' });
    refused({ embed: '[]' }, 'invalid_query');
  });

  test('refuses a parameter given several times (an array)', () => {
    expect(refused({ sort: ['["name","ASC"]', '["id","ASC"]'] }, 'invalid_query').errors).toHaveProperty(['sort']);
  });

  test.each(['sort', 'range', 'filter'])('refuses malformed JSON in %s', (name) => {
    expect(refused({ [name]: '[{' }, 'invalid_query').errors).toEqual({ [name]: 'malformed JSON' });
  });
});

describe('sort', () => {
  test('maps the field to its column, with the order lower-cased', () => {
    expect(parse({ sort: enc(['priceCents', 'DESC']) }).sort).toEqual({ field: 'priceCents', column: 'price_cents', order: 'desc' });
    expect(parse({ sort: enc(['createdAt', 'asc']) }).sort).toEqual({ field: 'createdAt', column: 'created_at', order: 'asc' });
  });

  test.each([
    ['an unknown field', ['nope', 'ASC']],
    ['a field that is not sortable', ['secret', 'ASC']],
    ['a filterable but unsortable field', ['countryCode', 'ASC']],
    ['SQL as a field', ['id; DROP TABLE staff', 'ASC']],
    ['a bad direction', ['name', 'UP']],
    ['SQL as the direction', ['name', 'ASC, (SELECT 1)']],
    ['one element', ['name']],
    ['three elements', ['name', 'ASC', 'x']],
    ['a non-string field', [1, 'ASC']],
    ['an object', { field: 'name' }],
  ])('refuses %s', (_what, sort) => {
    refused({ sort: enc(sort) }, 'invalid_sort');
  });

  test('inherited object keys are not fields', () => {
    refused({ sort: enc(['constructor', 'ASC']) }, 'invalid_sort');
    refused({ filter: enc({ toString: 'x' }) }, 'invalid_filter');
  });
});

describe('range', () => {
  test('is inclusive [start, end]', () => {
    expect(parse({ range: enc([0, 24]) }).range).toEqual({ start: 0, end: 24 });
    expect(parse({ range: enc([50, 50]) }).range).toEqual({ start: 50, end: 50 });
  });

  test(`accepts exactly ${MAX_PAGE} rows and refuses one more`, () => {
    expect(MAX_PAGE).toBe(1000);
    expect(parse({ range: enc([1000, 1999]) }).range).toEqual({ start: 1000, end: 1999 });
    refused({ range: enc([1000, 2000]) }, 'range_too_large');
    refused({ range: enc([0, 99_999]) }, 'range_too_large');
  });

  test.each([
    ['reversed', [5, 4]],
    ['negative', [-1, 4]],
    ['fractional', [0, 4.5]],
    ['strings', ['0', '4']],
    ['one number', [0]],
    ['not an array', { start: 0 }],
    ['beyond safe integers', [0, 2 ** 60]],
  ])('refuses a %s range', (_what, range) => {
    refused({ range: enc(range) }, 'invalid_range');
  });
});

describe('filter', () => {
  test('must be an object', () => {
    refused({ filter: enc([1]) }, 'invalid_filter');
    refused({ filter: enc('name') }, 'invalid_filter');
    refused({ filter: '42' }, 'invalid_filter');
  });

  test('null is no filter, as if it were not given', () => {
    expect(parse({ filter: 'null' })).toEqual(parse({}));
    expect(parse({ filter: '{}' })).toEqual(parse({}));
  });

  test('an equality on a whitelisted field becomes = on its column', () => {
    expect(parse({ filter: enc({ name: 'France' }) }).conditions).toEqual([{ field: 'name', column: 'name', op: '=', value: 'France' }]);
    expect(parse({ filter: enc({ countryCode: 'FR' }) }).conditions).toEqual([
      { field: 'countryCode', column: 'country_code', op: '=', value: 'FR' },
    ]);
  });

  test('an array becomes IN, each value checked', () => {
    expect(parse({ filter: enc({ id: [1, '2', 3] }) }).conditions).toEqual([{ field: 'id', column: 'id', op: 'in', value: [1, 2, 3] }]);
    expect(parse({ filter: enc({ id: [] }) }).conditions).toEqual([{ field: 'id', column: 'id', op: 'in', value: [] }]);
    refused({ filter: enc({ id: [1, 'x'] }) }, 'invalid_filter');
    refused({ filter: enc({ id: Array.from({ length: MAX_PAGE + 1 }, (_, i) => i) }) }, 'invalid_filter');
  });

  test.each([
    ['_gte', '>='],
    ['_lte', '<='],
    ['_gt', '>'],
    ['_lt', '<'],
    ['_neq', '<>'],
  ])('suffix %s compares with %s', (suffix, op) => {
    expect(parse({ filter: enc({ [`priceCents${suffix}`]: 500 }) }).conditions).toEqual([
      { field: 'priceCents', column: 'price_cents', op, value: 500 },
    ]);
  });

  test('several clauses are all kept, in order', () => {
    const { conditions } = parse({ filter: enc({ priceCents_gte: 100, priceCents_lt: 200, status: 'active' }) });
    expect(conditions.map((c) => [c.column, c.op])).toEqual([
      ['price_cents', '>='],
      ['price_cents', '<'],
      ['status', '='],
    ]);
  });

  test('a suffix takes one value, never a list or null', () => {
    refused({ filter: enc({ priceCents_gte: [1, 2] }) }, 'invalid_filter');
    refused({ filter: enc({ priceCents_gte: null }) }, 'invalid_filter');
    refused({ filter: enc({ priceCents_lt: null }) }, 'invalid_filter');
  });

  test('null is IS NULL; _neq null is IS NOT NULL', () => {
    expect(parse({ filter: enc({ countryCode: null }) }).conditions).toEqual([
      { field: 'countryCode', column: 'country_code', op: 'is null' },
    ]);
    expect(parse({ filter: enc({ countryCode_neq: null }) }).conditions).toEqual([
      { field: 'countryCode', column: 'country_code', op: 'is not null' },
    ]);
  });

  test('refuses unknown, unfilterable or unknown-suffix fields, naming the key', () => {
    expect(refused({ filter: enc({ nope: 1 }) }, 'invalid_filter').errors).toEqual({ nope: 'not a filterable field' });
    expect(refused({ filter: enc({ secret: 'x' }) }, 'invalid_filter').errors).toEqual({ secret: 'not a filterable field' });
    expect(refused({ filter: enc({ meta: 'x' }) }, 'invalid_filter').errors).toHaveProperty(['meta']);
    expect(refused({ filter: enc({ priceCents_like: 'x' }) }, 'invalid_filter').errors).toHaveProperty(['priceCents_like']);
    expect(refused({ filter: enc({ "name' OR 1=1 --": 'x' }) }, 'invalid_filter').errors).toHaveProperty(["name' OR 1=1 --"]);
  });

  describe('values are converted to the field type or refused', () => {
    test('int: numbers and digit strings, within 32 bits', () => {
      expect(parse({ filter: enc({ priceCents: '42' }) }).conditions[0]).toMatchObject({ value: 42 });
      expect(parse({ filter: enc({ priceCents: -7 }) }).conditions[0]).toMatchObject({ value: -7 });
      expect(parse({ filter: enc({ priceCents: 2_147_483_647 }) }).conditions[0]).toMatchObject({ value: 2_147_483_647 });
      for (const bad of ['abc', '4.2', 4.2, true, '', '1e3', 2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER, { a: 1 }]) {
        refused({ filter: enc({ priceCents: bad }) }, 'invalid_filter');
      }
    });

    test('bool: true/false and their strings', () => {
      expect(parse({ filter: enc({ promotional: true }) }).conditions[0]).toMatchObject({ value: true });
      expect(parse({ filter: enc({ promotional: 'false' }) }).conditions[0]).toMatchObject({ value: false });
      for (const bad of ['yes', 1, 0, 'TRUE']) refused({ filter: enc({ promotional: bad }) }, 'invalid_filter');
    });

    test('enum: only the listed values', () => {
      expect(parse({ filter: enc({ status: 'retired' }) }).conditions[0]).toMatchObject({ value: 'retired' });
      for (const bad of ['deleted', 'ACTIVE', 1]) refused({ filter: enc({ status: bad }) }, 'invalid_filter');
      refused({ filter: enc({ status: ['active', 'bogus'] }) }, 'invalid_filter');
    });

    test('timestamp: any ISO date, normalised to UTC with milliseconds, between years 1 and 9999', () => {
      expect(parse({ filter: enc({ createdAt_gte: '2024-03-01T12:00:00+02:00' }) }).conditions[0]).toMatchObject({
        value: '2024-03-01T10:00:00.000Z',
      });
      expect(parse({ filter: enc({ createdAt_lt: '2024-03-01' }) }).conditions[0]).toMatchObject({ value: '2024-02-29T23:00:00.000Z' }); // a day: Paris midnight
      for (const bad of ['yesterday', '2024-13-01', 20240301, '+099999-01-01T00:00:00Z', '0000-01-01']) {
        refused({ filter: enc({ createdAt_gte: bad }) }, 'invalid_filter');
      }
    });

    test('date: YYYY-MM-DD, the day of a date-time', () => {
      expect(parse({ filter: enc({ contentDate: '2024-03-01' }) }).conditions[0]).toMatchObject({ value: '2024-03-01' });
      expect(parse({ filter: enc({ contentDate_gte: '2024-03-01T23:00:00Z' }) }).conditions[0]).toMatchObject({ value: '2024-03-01' });
      refused({ filter: enc({ contentDate: 'March 1, 2024' }) }, 'invalid_filter');
      refused({ filter: enc({ contentDate: '2024-02-30' }) }, 'invalid_filter');
      expect(parse({ filter: enc({ contentDate: '2024-02-29' }) }).conditions[0]).toMatchObject({ value: '2024-02-29' });
    });

    test('text: strings (numbers as their text); quotes are kept as data; NUL is refused', () => {
      expect(parse({ filter: enc({ name: 'O\'Brien"; DROP TABLE x; --' }) }).conditions[0]).toMatchObject({
        value: 'O\'Brien"; DROP TABLE x; --',
      });
      expect(parse({ filter: enc({ name: 12 }) }).conditions[0]).toMatchObject({ value: '12' });
      for (const bad of [true, { $ne: 1 }, 'a\u0000b']) refused({ filter: enc({ name: bad }) }, 'invalid_filter');
    });
  });

  describe('q', () => {
    test('is trimmed and kept apart from the conditions', () => {
      expect(parse({ filter: enc({ q: '  fra ', status: 'active' }) })).toMatchObject({ q: 'fra', conditions: [{ field: 'status' }] });
    });

    test('empty or null q is no search', () => {
      expect(parse({ filter: enc({ q: '' }) }).q).toBeNull();
      expect(parse({ filter: enc({ q: null }) }).q).toBeNull();
    });

    test('must be text of at most 200 characters, without NUL', () => {
      expect(parse({ filter: enc({ q: 'x'.repeat(200) }) }).q).toHaveLength(200);
      refused({ filter: enc({ q: 'x'.repeat(201) }) }, 'invalid_filter');
      refused({ filter: enc({ q: 42 }) }, 'invalid_filter');
      refused({ filter: enc({ q: ['a'] }) }, 'invalid_filter');
      refused({ filter: enc({ q: 'a\u0000' }) }, 'invalid_filter');
    });
  });
});

describe('date-only filters on timestamps mean Europe/Paris calendar days', () => {
  const fields = { createdAt: { column: 'created_at', type: 'timestamp' as const, sortable: true, filterable: true } };
  const conditions = (filter: Record<string, unknown>) =>
    parseListQuery({ filter: JSON.stringify(filter) }, fields, ['createdAt', 'ASC']).conditions.map((c) => [
      c.op,
      'value' in c ? c.value : null,
    ]);
  test("_gte a day starts at that day's Paris midnight", () => {
    expect(conditions({ createdAt_gte: '2026-11-01' })).toEqual([['>=', '2026-10-31T23:00:00.000Z']]);
  });
  test('_lte a day includes the whole day', () => {
    expect(conditions({ createdAt_lte: '2026-11-07' })).toEqual([['<', '2026-11-07T23:00:00.000Z']]);
  });
  test('_lt a day excludes it; _gt a day starts after it', () => {
    expect(conditions({ createdAt_lt: '2026-07-01' })).toEqual([['<', '2026-06-30T22:00:00.000Z']]);
    expect(conditions({ createdAt_gt: '2026-07-01' })).toEqual([['>=', '2026-07-01T22:00:00.000Z']]);
  });
  test('equality with a day is the whole day', () => {
    expect(conditions({ createdAt: '2026-03-29' })).toEqual([
      ['>=', '2026-03-28T23:00:00.000Z'],
      ['<', '2026-03-29T22:00:00.000Z'],
    ]);
  });
  test('an impossible day is refused', () => {
    expect(() => conditions({ createdAt_gte: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
  });
  test('a full timestamp is taken as an instant', () => {
    expect(conditions({ createdAt_gte: '2026-11-01T10:00:00+01:00' })).toEqual([['>=', '2026-11-01T09:00:00.000Z']]);
  });
});
