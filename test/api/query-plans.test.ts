// Issue 8 in CI: the benchmark's requests on a small scale data set (20,000 accounts), every
// statement they send explained by the database; a full scan of a big table (a missing
// index) fails the build long before it would cost seconds at 1,000,000 accounts.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { benchReads, transferSources, type BenchRead } from '../../bench/requests.ts';
import { captureAll, captureStatements, fullScans, indexRangesOnly } from '../../bench/queryPlans.ts';
import { signIn } from '../../bench/session.ts';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Db } from '../../server/db/connection.ts';
import { createLogger } from '../../server/logger.ts';
import { SEARCH_BOUND, TOTAL_BOUND, WHOLE_TABLE_TTL_MS, wholeTableTotal } from '../../server/rest/listTotal.ts';
import { seedScale } from '../../seeds/scale/index.ts';
import { createTestDatabase } from '../support/db.ts';

const ACCOUNTS = 20_000;
let db: Db;
let drop: () => Promise<void>;
let server: Server;
let baseUrl: string;
let reads: BenchRead[];
const cookies: Record<string, string> = {};
let counts: Record<string, number>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  counts = await seedScale(db, { accounts: ACCOUNTS, log: () => {} });
  const app = createApp(db, { ...loadConfig({ NODE_ENV: 'test' }), logLevel: 'silent' }, createLogger('silent'));
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  reads = await benchReads(db);
  for (const role of ['support', 'finance', 'moderator'] as const) cookies[role] = await signIn(baseUrl, role);
}, 180_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await drop();
});

describe('the scale data set and the benchmark queries (20,000 accounts)', () => {
  test('the seed keeps docs/PRODUCT.md §4 proportions per account', () => {
    const per = (table: string) => counts[table]! / ACCOUNTS;
    expect(counts.accounts).toBe(ACCOUNTS);
    expect(per('account_plans')).toBeGreaterThan(1.8);
    expect(per('account_plans')).toBeLessThan(2.3);
    expect(per('orders')).toBeGreaterThan(1.3);
    expect(per('usage_records')).toBeGreaterThan(8);
    expect(per('transfers')).toBeGreaterThan(0.15);
    expect(per('reviews')).toBeGreaterThan(0.25);
    expect(per('dsa_notices')).toBeGreaterThan(0.015);
  });

  test('the check itself flags a query no index serves (accounts by name)', async () => {
    const statements = await captureStatements(db, async () => {
      await db('accounts').where('name', 'Camille Martin').first('id');
    });
    expect((await fullScans(db, statements)).map((s) => s.table)).toEqual(['accounts']);
  });

  test('every read answers 200 and no statement scans a big table', async () => {
    const scans = [];
    for (const read of reads) {
      const statements = await captureStatements(db, async () => {
        for (const path of read.paths.slice(0, 3)) {
          const res = await fetch(baseUrl + path, { headers: { cookie: cookies[read.role]! } });
          expect(res.status, `${read.name}: ${path}`).toBe(200);
          await res.arrayBuffer();
        }
      });
      expect(statements.length, read.name).toBeGreaterThan(0);
      scans.push(...(await fullScans(db, statements)).map((s) => ({ read: read.name, ...s })));
    }
    expect(scans).toEqual([]);
  });

  test('the transfer fix (create, then reverse) scans no big table either', async () => {
    const [source] = await transferSources(db, 1);
    expect(source).toBeTruthy();
    const statements = await captureStatements(db, async () => {
      const created = await fetch(`${baseUrl}/api/integration/transfers`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer demo-integration-token',
          'content-type': 'application/json',
          'idempotency-key': 'plan-check-create',
        },
        body: JSON.stringify({ ...source, recipientEmail: 'plan.check@example.net', amountGb: 1 }),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: number };
      const fixed = await fetch(`${baseUrl}/api/transfers/${id}/reverse`, {
        method: 'POST',
        body: JSON.stringify({
          reasonCode: 'address_typo',
          intendedEmail: 'plan.check@example.com',
          reason: 'Sent to a mistyped address (plan check)',
        }),
        headers: { cookie: cookies.support!, 'content-type': 'application/json', 'x-kolet-csrf': '1', 'idempotency-key': 'plan-check-fix' },
      });
      expect(fixed.status).toBe(200);
    });
    expect(await fullScans(db, statements)).toEqual([]);
  });

  const list = async (resource: string, params: Record<string, unknown>) => {
    const query = Object.entries(params)
      .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
      .join('&');
    const res = await fetch(`${baseUrl}/api/${resource}?${query}`, { headers: { cookie: cookies.support! } });
    expect(res.status).toBe(200);
    const rows = (await res.json()) as { id: number; createdAt: string }[];
    return { rows, range: res.headers.get('content-range')!, bounded: res.headers.get('x-total-bounded') };
  };

  test('a list total counts at most TOTAL_BOUND + 1 rows: past it the bound, flagged; under it the exact count', async () => {
    const all = await list('accounts', { sort: ['createdAt', 'DESC'], range: [0, 24] });
    expect(ACCOUNTS).toBeGreaterThan(TOTAL_BOUND);
    expect(all.range).toBe(`accounts 0-24/${TOTAL_BOUND}`);
    expect(all.bounded).toBe('true');
    // A page past the bound: Content-Range stays well-formed (its end, at least).
    const far = await list('accounts', { sort: ['createdAt', 'DESC'], range: [TOTAL_BOUND + 100, TOTAL_BOUND + 124] });
    expect(far.range).toBe(`accounts ${TOTAL_BOUND + 100}-${TOTAL_BOUND + 124}/${TOTAL_BOUND + 125}`);
    expect(far.bounded).toBe('true');
    const deactivated = Number((await db('accounts').where('status', 'deactivated').count({ n: '*' }).first())!.n);
    expect(deactivated).toBeGreaterThan(25);
    expect(deactivated).toBeLessThan(TOTAL_BOUND);
    const few = await list('accounts', { sort: ['createdAt', 'DESC'], range: [0, 24], filter: { status: 'deactivated' } });
    expect(few.range).toBe(`accounts 0-24/${deactivated}`);
    expect(few.bounded).toBeNull();
  });

  test('a whole table past the bound is not counted again for a minute; a filtered list always is', async () => {
    await list('accounts', { sort: ['createdAt', 'DESC'], range: [0, 24] });
    const counts = (statements: { sql: string }[]) => statements.filter((s) => /count\(\*\)/i.test(s.sql)).length;
    const whole = await captureAll(db, async () => {
      const again = await list('accounts', { sort: ['createdAt', 'DESC'], range: [25, 49] });
      expect(again.range).toBe(`accounts 25-49/${TOTAL_BOUND}`);
      expect(again.bounded).toBe('true');
    });
    expect(counts(whole)).toBe(0);
    const filtered = await captureAll(db, async () => {
      await list('accounts', { sort: ['createdAt', 'DESC'], range: [0, 24], filter: { status: 'active' } });
    });
    expect(counts(filtered)).toBe(1);
    // After the minute, the table is counted again (the remembered answer is per database, per process).
    const later = Date.now() + WHOLE_TABLE_TTL_MS + 1;
    const recount = await captureAll(db, async () => {
      expect(await wholeTableTotal(db, 'accounts', db('accounts'), later)).toEqual({ total: TOTAL_BOUND, bounded: true });
    });
    expect(counts(recount)).toBe(1);
  });

  test('a search (q) picks its page among its first SEARCH_BOUND + 1 matches: exact under the bound, "more than" past it', async () => {
    const common = await list('accounts', { sort: ['createdAt', 'DESC'], range: [0, 24], filter: { q: 'gmail' } });
    expect(common.range).toBe(`accounts 0-24/${SEARCH_BOUND}`);
    expect(common.bounded).toBe('true');
    expect(common.rows).toHaveLength(25);
    expect(common.rows.every((r, i) => i === 0 || r.createdAt <= common.rows[i - 1]!.createdAt)).toBe(true);
    // The pages go no further than the first SEARCH_BOUND + 1 matches.
    const last = await list('accounts', {
      sort: ['createdAt', 'DESC'],
      range: [SEARCH_BOUND - 10, SEARCH_BOUND + 40],
      filter: { q: 'gmail' },
    });
    expect(last.rows).toHaveLength(11);
    expect(last.range).toBe(`accounts ${SEARCH_BOUND - 10}-${SEARCH_BOUND}/${SEARCH_BOUND + 1}`);
    expect(last.bounded).toBe('true');
    // A page past the first SEARCH_BOUND + 1 matches has no row: still "more than", flagged.
    const beyond = await list('accounts', {
      sort: ['createdAt', 'DESC'],
      range: [SEARCH_BOUND + 100, SEARCH_BOUND + 124],
      filter: { q: 'gmail' },
    });
    expect(beyond.rows).toEqual([]);
    expect(beyond.range).toBe(`accounts */${SEARCH_BOUND + 100}`);
    expect(beyond.bounded).toBe('true');
    const rare = Number(
      (await db('accounts')
        .whereRaw('lower(name) like ?', ['%liam%'])
        .orWhereRaw('lower(email) like ?', ['%liam%'])
        .count({ n: '*' })
        .first())!.n,
    );
    expect(rare).toBeGreaterThan(0);
    expect(rare).toBeLessThan(SEARCH_BOUND);
    const liam = await list('accounts', { sort: ['createdAt', 'DESC'], range: [0, 24], filter: { q: 'liam' } });
    expect(liam.range).toBe(`accounts 0-${Math.min(rare, 25) - 1}/${rare}`);
    expect(liam.bounded).toBeNull();
    // A page past the last match has no row to carry the count: it is counted apart, and still exact.
    const past = await list('accounts', { sort: ['createdAt', 'DESC'], range: [rare + 5, rare + 29], filter: { q: 'liam' } });
    expect(past.rows).toEqual([]);
    expect(past.range).toBe(`accounts */${rare}`);
    // The matches are found once for the page and its count: one statement (beside the session's).
    const statements = await captureAll(db, async () => {
      await list('accounts', { sort: ['createdAt', 'DESC'], range: [0, 24], filter: { q: 'liam' } });
    });
    expect(statements.filter((s) => /\bfrom [`"]accounts[`"]/i.test(s.sql))).toHaveLength(1);
  });

  test('the 360 of the account with the most plans: a fixed number of statements, each an index range (the audit trail by entity, not by time)', async () => {
    const { account_id: id } = (await db('account_plans').groupBy('account_id').orderByRaw('count(*) desc').first('account_id')) as {
      account_id: number;
    };
    // Staff actions on it and on one of its plans, so every branch of its trail has rows.
    const plan = (await db('account_plans').where({ account_id: id }).first('id'))!.id;
    const statements = await captureAll(db, async () => {
      const res = await fetch(`${baseUrl}/api/accounts/${id}/overview`, { headers: { cookie: cookies.support! } });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    });
    const work = statements.filter((s) => !/cache_generation/.test(s.sql));
    // The account; its lists and the staff actions with their counts, in one statement (server/db/listsInOneStatement.ts);
    // the plans' alert rules, usage per day, open refunds and eSIM moves; the SMS opt-out: fixed, whatever the account's size.
    expect(work.length).toBeLessThanOrEqual(9); // with the session check
    for (const s of work) expect(s.sql).not.toMatch(/select \*/i);
    const audit = work.filter((s) => /audit_log/.test(s.sql));
    expect(audit.length).toBeGreaterThanOrEqual(1);
    // The scale set leaves usage_alerts, sms_opt_outs and esim_moves at demo size (a few rows): a planner that knows it
    // reads them whole at no cost. Their lookups are by indexed columns (the plan, the account, the unique phone;
    // esim_moves has (account_plan_id, moved_at) since migration 012).
    const demoSized = /\b(usage_alerts|sms_opt_outs|esim_moves)\b/;
    for (const s of work)
      expect(
        (await indexRangesOnly(db, s)).filter((found) => !demoSized.test(found)),
        s.sql,
      ).toEqual([]);
    expect(plan).toBeTruthy();
  });
});
