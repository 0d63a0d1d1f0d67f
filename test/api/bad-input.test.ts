// Bad input of every kind gets a clear 4xx JSON error {message, code, errors?} naming
// the problem, with no stack trace or SQL in it, and nothing is written (docs/PRODUCT.md §3).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { countRows, insertCountry, insertMessage, insertPlan } from '../support/fixtures.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let catalog: SessionFetch;
let admin: SessionFetch;
let support: SessionFetch;
let planId: number;
let messageId: number;

const TABLES = [
  'countries',
  'plans',
  'plan_prices',
  'staff',
  'promo_codes',
  'usage_alerts',
  'settings',
  'messages',
  'idempotency_keys',
  'audit_log',
  'sessions',
];
async function snapshot(): Promise<Record<string, unknown>> {
  const counts: Record<string, unknown> = {};
  for (const t of TABLES) counts[t] = await countRows(server.db, t);
  counts.planRow = await server.db('plans').where({ id: planId }).first('name', 'price_cents', 'version');
  counts.messageRow = await server.db('messages').where({ id: messageId }).first('status', 'attempts', 'version');
  counts.settingRow = await server.db('settings').where({ id: 'session_idle_minutes' }).first('value', 'version');
  return counts;
}

const LEAK =
  /\bat .+:\d+:\d+|node_modules|SQLITE_|sqlite3|\bselect\b.+\bfrom\b|\binsert into\b|\bupdate\b.+\bset\b|syntax error|relation "|stack/i;

/** The response is `status` with a clean JSON error of `code`; returns the body. */
async function expectError(
  res: Response,
  status: number,
  code?: string,
): Promise<{ message: string; code: string; errors?: Record<string, string> }> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(text);
  expect(typeof body.message).toBe('string');
  expect(body.message.length).toBeGreaterThan(0);
  expect(typeof body.code).toBe('string');
  if (code) expect(body.code).toBe(code);
  expect(Object.keys(body).every((k) => ['message', 'code', 'errors'].includes(k))).toBe(true);
  if (body.errors !== undefined) expect(Object.values(body.errors).every((v) => typeof v === 'string')).toBe(true);
  expect(text).not.toMatch(LEAK);
  return body;
}

const q = (params: Record<string, unknown>) =>
  '?' +
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`)
    .join('&');
const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });
const validPlan = { countryCode: 'FR', name: 'France 5 GB', dataMb: 5120, validityDays: 30, priceCents: 1499 };

beforeAll(async () => {
  server = await startTestServer();
  await insertCountry(server.db, 'FR', { name: 'France' });
  planId = await insertPlan(server.db, { country_code: 'FR', region_name: null, name: 'France 1 GB' });
  await insertPlan(server.db, { name: '100% data', region_name: 'Europe' });
  messageId = await insertMessage(server.db, { status: 'queued', attempts: 0 });
  catalog = await server.login('catalog');
  admin = await server.login('admin');
  support = await server.login('support');
});
afterAll(async () => {
  await server?.close();
});

let before: Record<string, unknown>;
beforeEach(async () => {
  before = await snapshot();
});
afterEach(async () => {
  expect(await snapshot(), 'nothing may be written by refused input').toEqual(before);
});

describe('list query parameters', () => {
  test.each([
    ['malformed JSON in sort', { sort: '["name"' }, 'invalid_query', 'sort'],
    ['malformed JSON in range', { range: '[0,' }, 'invalid_query', 'range'],
    ['malformed JSON in filter', { filter: '{"name":' }, 'invalid_query', 'filter'],
    ['sort that is not a pair', { sort: '{"name":"ASC"}' }, 'invalid_sort', 'sort'],
    ['sort with a bad direction', { sort: '["name","SIDEWAYS"]' }, 'invalid_sort', 'sort'],
    ['an unknown sort field', { sort: '["nope","ASC"]' }, 'invalid_sort', 'sort'],
    ['a field that is not sortable', { sort: '["fairUseMb","ASC"]' }, 'invalid_sort', 'sort'],
    ['SQL in the sort field', { sort: '["id; DROP TABLE staff","ASC"]' }, 'invalid_sort', 'sort'],
    ['SQL in the sort direction', { sort: '["name","ASC; DROP TABLE staff"]' }, 'invalid_sort', 'sort'],
    ['an unknown filter field', { filter: '{"nope":1}' }, 'invalid_filter', 'nope'],
    ['a field that is not filterable', { filter: '{"fairUseMb":1}' }, 'invalid_filter', 'fairUseMb'],
    ['SQL in a filter key', { filter: '{"name\' OR 1=1--":"x"}' }, 'invalid_filter', "name' OR 1=1--"],
    ['an unknown operator suffix', { filter: '{"priceCents_like":"1"}' }, 'invalid_filter', 'priceCents_like'],
    ['a filter that is not an object', { filter: '[1,2]' }, 'invalid_filter', 'filter'],
    ['an integer filter given "abc"', { filter: '{"priceCents":"abc"}' }, 'invalid_filter', 'priceCents'],
    ['an integer filter given a fraction', { filter: '{"priceCents":12.5}' }, 'invalid_filter', 'priceCents'],
    ['an integer beyond 32 bits', { filter: '{"priceCents_lt":9007199254740991}' }, 'invalid_filter', 'priceCents_lt'],
    ['an id list with a non-integer', { filter: '{"id":[1,"two"]}' }, 'invalid_filter', 'id'],
    ['an enum value outside the list', { filter: '{"status":"deleted"}' }, 'invalid_filter', 'status'],
    ['an enum list with one bad value', { filter: '{"status":["active","bogus"]}' }, 'invalid_filter', 'status'],
    ['a boolean given "maybe"', { filter: '{"promotional":"maybe"}' }, 'invalid_filter', 'promotional'],
    ['a date that is no date', { filter: '{"createdAt_gte":"yesterday"}' }, 'invalid_filter', 'createdAt_gte'],
    ['a date beyond year 9999', { filter: '{"createdAt_gte":"+099999-01-01T00:00:00Z"}' }, 'invalid_filter', 'createdAt_gte'],
    ['a range suffix given a list', { filter: '{"priceCents_gte":[1,2]}' }, 'invalid_filter', 'priceCents_gte'],
    ['a range suffix given null', { filter: '{"priceCents_gte":null}' }, 'invalid_filter', 'priceCents_gte'],
    ['an object as a filter value', { filter: '{"name":{"$ne":"x"}}' }, 'invalid_filter', 'name'],
    ['a NUL character in a text filter', { filter: '{"name":"a\\u0000b"}' }, 'invalid_filter', 'name'],
    ['q that is not text', { filter: '{"q":42}' }, 'invalid_filter', 'q'],
    ['q longer than 200 characters', { filter: JSON.stringify({ q: 'x'.repeat(201) }) }, 'invalid_filter', 'q'],
    ['a 100,000-row range', { range: '[0,99999]' }, 'range_too_large', 'range'],
    ['a 1,001-row range', { range: '[0,1000]' }, 'range_too_large', 'range'],
    ['a reversed range', { range: '[10,5]' }, 'invalid_range', 'range'],
    ['a negative range', { range: '[-1,5]' }, 'invalid_range', 'range'],
    ['a range of fractions', { range: '[0.5,2]' }, 'invalid_range', 'range'],
    ['a range of three numbers', { range: '[0,1,2]' }, 'invalid_range', 'range'],
    ['an unknown query parameter', { page: '2' }, 'invalid_query', 'page'],
  ])('refuses %s with 400', async (_what, params, code, field) => {
    const body = await expectError(await catalog(`/api/plans${q(params)}`), 400, code);
    expect(body.errors).toHaveProperty([field]);
  });

  test('refuses a parameter given twice with 400', async () => {
    await expectError(await catalog('/api/plans?sort=["name","ASC"]&sort=["id","ASC"]'), 400, 'invalid_query');
  });

  test('refuses more than 1,000 values in one IN list with 400', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => i + 1);
    await expectError(await catalog(`/api/plans${q({ filter: { id: ids } })}`), 400, 'invalid_filter');
  });

  test('refuses q on a resource without free-text search with 400', async () => {
    await expectError(await admin(`/api/settings${q({ filter: { q: 'session' } })}`), 400, 'invalid_filter');
  });

  test('refuses SQL in a staff filter key with 400, and staff is still there', async () => {
    const body = await expectError(await admin(`/api/staff${q({ filter: { "email' OR 1=1--": 'x' } })}`), 400, 'invalid_filter');
    expect(body.message).toContain("email' OR 1=1--");
    const res = await admin('/api/staff');
    expect((await res.json()).length).toBe(5);
  });

  test('accepts a page of exactly 1,000 rows', async () => {
    const res = await catalog(`/api/plans${q({ range: [0, 999] })}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-range')).toBe('plans 0-1/2');
  });

  test('treats quotes, SQL and LIKE wildcards in filter values as data', async () => {
    for (const filter of [
      { name: "x' OR '1'='1" },
      { name: "France 1 GB'; DROP TABLE plans; --" },
      { q: "%' OR 1=1 --" },
      { q: '_' },
      { q: '\\' },
      { countryCode: "FR' --" },
    ]) {
      const res = await catalog(`/api/plans${q({ filter })}`);
      expect(res.status, JSON.stringify(filter)).toBe(200);
      expect(await res.json(), JSON.stringify(filter)).toEqual([]);
      expect(res.headers.get('content-range')).toBe('plans */0');
    }
    const percent = await catalog(`/api/plans${q({ filter: { q: '%' } })}`);
    expect((await percent.json()).map((p: { name: string }) => p.name)).toEqual(['100% data']);
    const staffQuote = await admin(`/api/staff${q({ filter: { email: "admin@test.kolet' OR '1'='1" } })}`);
    expect(await staffQuote.json()).toEqual([]);
    expect(await countRows(server.db, 'staff')).toBe(5);
  });
});

describe('request bodies', () => {
  test('refuses a 10 MB body with 413 and a JSON error', async () => {
    const huge = JSON.stringify({ ...validPlan, name: 'x'.repeat(10 * 1024 * 1024) });
    await expectError(await catalog('/api/plans', { method: 'POST', body: huge }), 413, 'body_too_large');
  });

  test('refuses a body that is not JSON with 400', async () => {
    await expectError(await catalog('/api/plans', { method: 'POST', body: '{"name": "France' }), 400, 'malformed_json');
    await expectError(await catalog('/api/plans', { method: 'POST', body: "{name: 'France'}" }), 400, 'malformed_json');
    await expectError(await catalog(`/api/plans/${planId}`, { method: 'PUT', body: 'version=1&name=x' }), 400, 'malformed_json');
  });

  test('refuses a JSON body that is not an object with 400', async () => {
    await expectError(await catalog('/api/plans', { method: 'POST', body: '"France"' }), 400);
    await expectError(await catalog('/api/plans', { method: 'POST', body: '[]' }), 400, 'invalid_input');
    await expectError(await catalog(`/api/plans/${planId}`, { method: 'PUT', body: '[{"version":1}]' }), 400, 'invalid_input');
    await expectError(
      await catalog('/api/plans', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(validPlan) }),
      400,
      'invalid_input',
    );
  });

  test('refuses an unknown field on create with 400 naming it', async () => {
    const body = await expectError(await catalog('/api/plans', json('POST', { ...validPlan, discount: 5 })), 400, 'invalid_input');
    expect(body.errors).toHaveProperty(['discount']);
    expect(body.message).toContain('discount');
  });

  test('refuses an unknown field on update with 400 naming it', async () => {
    const body = await expectError(
      await catalog(`/api/plans/${planId}`, json('PUT', { version: 1, name: 'x', colour: 'red' })),
      400,
      'unknown_field',
    );
    expect(body.errors).toEqual({ colour: 'unknown field' });
  });

  test.each([
    ['a price given as a string', { priceCents: '1499' }, 'priceCents'],
    ['a price in fractions of a cent', { priceCents: 14.99 }, 'priceCents'],
    ['a negative price', { priceCents: -1 }, 'priceCents'],
    ['a zero validity', { validityDays: 0 }, 'validityDays'],
    ['a status outside the list', { status: 'deleted' }, 'status'],
    ['a country code that is not ISO alpha-2', { countryCode: 'fra' }, 'countryCode'],
    ['an empty name', { name: '   ' }, 'name'],
    ['data beyond a 32-bit integer', { dataMb: 2 ** 40 }, 'dataMb'],
    ['a NUL character in a name', { name: 'France\u0000 5 GB' }, 'name'],
    ['a boolean given as a string', { promotional: 'yes' }, 'promotional'],
  ])('refuses %s on create with 400 naming the field', async (_what, change, field) => {
    const body = await expectError(await catalog('/api/plans', json('POST', { ...validPlan, ...change })), 400, 'invalid_input');
    expect(body.errors).toHaveProperty([field]);
  });

  test('refuses a missing required field on create with 400 naming it', async () => {
    const { priceCents: _omit, ...withoutPrice } = validPlan;
    const body = await expectError(await catalog('/api/plans', json('POST', withoutPrice)), 400, 'invalid_input');
    expect(body.errors).toHaveProperty(['priceCents']);
  });

  test('refuses an update without a version with 400', async () => {
    const body = await expectError(await catalog(`/api/plans/${planId}`, json('PUT', { name: 'Renamed' })), 400, 'version_required');
    expect(body.errors).toHaveProperty(['version']);
    await expectError(await catalog(`/api/plans/${planId}`, json('PUT', { version: '1', name: 'Renamed' })), 400, 'version_required');
    await expectError(await catalog(`/api/plans/${planId}`, json('PUT', { version: 1.5, name: 'Renamed' })), 400, 'version_required');
  });

  test('refuses a wrong type on update with 400 naming the field', async () => {
    const body = await expectError(
      await catalog(`/api/plans/${planId}`, json('PUT', { version: 1, priceCents: 'free' })),
      400,
      'invalid_input',
    );
    expect(body.errors).toHaveProperty(['priceCents']);
    const setting = await expectError(
      await admin('/api/settings/session_idle_minutes', json('PUT', { version: 1, value: 'forever' })),
      400,
      'invalid_input',
    );
    expect(setting.errors).toHaveProperty(['value']);
  });

  test('refuses a change to a read-only field with 400 naming it', async () => {
    const res = await catalog(`/api/plans/${planId}`);
    const record = await res.json();
    const body = await expectError(
      await catalog(`/api/plans/${planId}`, json('PUT', { ...record, createdAt: '2001-01-01T00:00:00.000Z' })),
      400,
      'read_only_field',
    );
    expect(body.errors).toEqual({ createdAt: 'read-only' });
    const id = await expectError(await catalog(`/api/plans/${planId}`, json('PUT', { ...record, id: planId + 1 })), 400, 'read_only_field');
    expect(id.errors).toHaveProperty(['id']);
  });

  test('refuses a stale version with 409 and changes nothing', async () => {
    await expectError(await catalog(`/api/plans/${planId}`, json('PUT', { version: 7, name: 'Renamed' })), 409, 'stale_record');
  });

  test('refuses a bad login body with 400', async () => {
    const anonymous = (body: string) =>
      fetch(`${server.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1' },
        body,
      });
    await expectError(await anonymous('{"email":"admin@test.kolet"}'), 400, 'invalid_input');
    await expectError(await anonymous('{"email":"admin@test.kolet","password":"x","admin":true}'), 400, 'invalid_input');
    await expectError(await anonymous('not json'), 400, 'malformed_json');
  });
});

describe('ids', () => {
  test.each([
    ['a word', 'abc'],
    ['a negative number', '-1'],
    ['a fraction', '1.5'],
    ['a number beyond 32 bits', '99999999999'],
    ['SQL', encodeURIComponent('1 OR 1=1')],
  ])('refuses %s as an integer id with 400 on read, update and delete', async (_what, id) => {
    await expectError(await catalog(`/api/plans/${id}`), 400, 'invalid_id');
    await expectError(await catalog(`/api/plans/${id}`, json('PUT', { version: 1, name: 'x' })), 400, 'invalid_id');
    await expectError(await catalog(`/api/plans/${id}`, { method: 'DELETE' }), 400, 'invalid_id');
  });

  test('refuses an over-long text id with 400, and treats a quoted one as data (404)', async () => {
    await expectError(await catalog(`/api/countries/${'A'.repeat(81)}`), 400, 'invalid_id');
    await expectError(await catalog(`/api/countries/${encodeURIComponent("FR' OR '1'='1")}`), 404, 'not_found');
    await expectError(await catalog(`/api/countries/${encodeURIComponent("FR' OR '1'='1")}`, { method: 'DELETE' }), 404, 'not_found');
  });

  test('refuses a missing record with 404 on update and delete', async () => {
    await expectError(await catalog('/api/plans/424242', json('PUT', { version: 1, name: 'x' })), 404, 'not_found');
    await expectError(await catalog('/api/plans/424242', { method: 'DELETE' }), 404, 'not_found');
  });
});

describe('actions', () => {
  test('refuses an unknown field in an action body with 400', async () => {
    const body = await expectError(await support(`/api/messages/${messageId}/retry`, json('POST', { force: true })), 400, 'invalid_input');
    expect(body.errors).toHaveProperty(['force']);
  });

  test('refuses a malformed action id or Idempotency-Key with 400', async () => {
    await expectError(
      await support(`/api/messages/${encodeURIComponent('1; DROP TABLE messages')}/retry`, json('POST', {})),
      400,
      'invalid_id',
    );
    await expectError(
      await support(`/api/messages/${messageId}/retry`, { ...json('POST', {}), headers: { 'idempotency-key': 'short' } }),
      400,
      'invalid_idempotency_key',
    );
  });

  test('refuses to retry a message that is not dead with 409', async () => {
    await expectError(await support(`/api/messages/${messageId}/retry`, json('POST', {})), 409, 'message_not_dead');
  });
});
