import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reconcileLedger } from '../../server/services/ledger.ts';
import { insertAccount } from '../support/fixtures.ts';
import { buyPlan, conservation, serviceToken } from '../support/ledger.ts';
import { startTestServer } from '../support/server.ts';
import { integration } from '../support/trust.ts';

// docs/ARCHITECTURE.md "Usage ingestion": the batch endpoint records what the single endpoint
// would, record by record, each record once whatever the redeliveries; alerts fire once per threshold.

type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let call: ReturnType<typeof integration>;
const DAY = 86_400_000;
type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  s = await startTestServer();
  call = integration(s.baseUrl, await serviceToken(s.db));
});
afterAll(async () => {
  await s?.close();
});

const batch = async (records: unknown[], headers: Record<string, string> = {}) => {
  const res = await fetch(`${s.baseUrl}/api/integration/usage/batch`, {
    method: 'POST',
    headers: { authorization: 'Bearer test-integration-token', 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ records }),
  });
  return { status: res.status, body: (await res.json()) as Row };
};
const ok = async (records: unknown[]) => {
  const r = await batch(records);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};
const rid = () => `net-${randomUUID()}`;

/** An active plan of `mb` on a new account, with alert rules at the given thresholds (by e-mail). */
async function plan(mb: number, o: { thresholds?: number[]; origin?: string; expiresAt?: string | null; accountId?: number } = {}) {
  const accountId = o.accountId ?? (await insertAccount(s.db));
  const id = await buyPlan(s.db, accountId, { mb, origin: o.origin, expiresAt: o.expiresAt });
  const at = new Date().toISOString();
  if (o.thresholds?.length)
    await s.db('usage_alerts').insert(
      o.thresholds.map((threshold_percent) => ({
        account_plan_id: id,
        threshold_percent,
        channel: 'email',
        enabled: true,
        created_at: at,
        updated_at: at,
        version: 1,
      })),
    );
  return { id, accountId };
}
const planRow = (id: number) => s.db('account_plans').where({ id }).first();
const firedAlerts = async (id: number) =>
  (await s.db('usage_alerts').where({ account_plan_id: id }).whereNotNull('fired_at').orderBy('threshold_percent')).map((r: Row) => ({
    percent: r.threshold_percent,
    by: r.fired_usage_record_id,
  }));
const alertMessages = async (accountId: number) =>
  (await s.db('messages').where({ template: 'usage_alert', account_id: accountId })).length;
const recordsOf = (id: number) => s.db('usage_records').where({ account_plan_id: id }).orderBy('id');

async function ledgerHolds() {
  expect((await reconcileLedger(s.db)).mismatches).toEqual([]);
  const c = await conservation(s.db);
  expect(c.issued - c.used - c.expired).toBe(c.held + c.inFlight);
  expect(c.negative).toBe(0);
}

describe('POST /api/integration/usage/batch', () => {
  test('records each record once: a redelivered batch answers duplicate for every record and changes nothing', async () => {
    const p = await plan(1000);
    const records = [100, 200, 300].map((mb) => ({ recordId: rid(), accountPlanId: p.id, mb, country: 'JP' }));
    const first = await ok(records);
    expect(first).toMatchObject({ recorded: 3, duplicates: 0, rejected: 0, plans: [{ accountPlanId: p.id, dataRemainingMb: 400 }] });
    expect(first.results.map((r: Row) => [r.recordId, r.status, r.chargedMb])).toEqual(records.map((r) => [r.recordId, 'recorded', r.mb]));
    const again = await ok(records);
    expect(again).toMatchObject({ recorded: 0, duplicates: 3, rejected: 0 });
    expect(again.results.map((r: Row) => r.id)).toEqual(first.results.map((r: Row) => r.id));
    expect((await recordsOf(p.id)).map((r: Row) => r.network_record_id)).toEqual(records.map((r) => r.recordId));
    expect(await planRow(p.id)).toMatchObject({ data_remaining_mb: 400, data_used_mb: 600 });
    // A record twice in one batch, and a record id reused with another amount.
    const twice = { recordId: rid(), accountPlanId: p.id, mb: 50 };
    const mixed = await ok([twice, twice, { ...records[0], mb: 999 }]);
    expect(mixed.results.map((r: Row) => r.status)).toEqual(['recorded', 'duplicate', 'rejected']);
    expect(mixed.results[1].id).toBe(mixed.results[0].id);
    expect(mixed.results[2].code).toBe('record_id_reused');
    expect(await planRow(p.id)).toMatchObject({ data_remaining_mb: 350 });
    await ledgerHolds();
  });

  test('rejects per record with the rule code and records the rest: blocked, closed account, unknown plan, future, not activated', async () => {
    const good = await plan(1000);
    const blocked = await plan(1000);
    await s.db('account_plans').where({ id: blocked.id }).update({ data_blocked: true });
    const closed = await plan(1000);
    await s.db('accounts').where({ id: closed.accountId }).update({ status: 'deactivated' });
    const pending = await plan(1000);
    await s.db('account_plans').where({ id: pending.id }).update({ status: 'pending' });
    const body = await ok([
      { recordId: rid(), accountPlanId: good.id, mb: 10 },
      { recordId: rid(), accountPlanId: blocked.id, mb: 10 },
      { recordId: rid(), accountPlanId: closed.id, mb: 10 },
      { recordId: rid(), accountPlanId: 99_999_999, mb: 10 },
      { recordId: rid(), accountPlanId: good.id, mb: 10, occurredAt: new Date(Date.now() + DAY).toISOString() },
      { recordId: rid(), accountPlanId: pending.id, mb: 10 },
      { recordId: rid(), accountPlanId: good.id, mb: 15 },
    ]);
    expect(body.results.map((r: Row) => r.code ?? r.status)).toEqual([
      'recorded',
      'data_blocked',
      'account_inactive',
      'not_found',
      'occurred_in_future',
      'plan_not_active',
      'recorded',
    ]);
    expect(await planRow(good.id)).toMatchObject({ data_remaining_mb: 975 });
    expect(await recordsOf(blocked.id)).toEqual([]);
    // The same refusals as the single endpoint.
    const single = await call('usage', { accountPlanId: blocked.id, mb: 10 });
    expect([single.status, (await single.json()).code]).toEqual([422, 'data_blocked']);
  });

  test('bad input: more than 1,000 records is 413 naming the limit; a malformed record is 422 naming its index', async () => {
    const p = await plan(1000);
    const many = Array.from({ length: 1001 }, (_, i) => ({ recordId: `too-many-${i}`, accountPlanId: p.id, mb: 1 }));
    const tooMany = await batch(many);
    expect(tooMany.status).toBe(413);
    expect(tooMany.body).toMatchObject({ code: 'batch_too_large' });
    expect(tooMany.body.message).toMatch(/1000/);
    const malformed = await batch([
      { recordId: rid(), accountPlanId: p.id, mb: 1 },
      { recordId: rid(), accountPlanId: p.id, mb: 1 },
      { recordId: rid(), accountPlanId: p.id, mb: 1.5 },
    ]);
    expect(malformed.status).toBe(422);
    expect(malformed.body).toMatchObject({ code: 'invalid_record' });
    expect(malformed.body.message).toMatch(/Record 2/);
    expect(Object.keys(malformed.body.errors)).toEqual(['records.2.mb']);
    const noId = await batch([{ accountPlanId: p.id, mb: 1 }]);
    expect([noId.status, Object.keys(noId.body.errors)]).toEqual([422, ['records.0.recordId']]);
    expect((await batch([])).status).toBe(422);
    const notArray = await fetch(`${s.baseUrl}/api/integration/usage/batch`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-integration-token', 'content-type': 'application/json' },
      body: JSON.stringify({ records: 'x' }),
    });
    expect(notArray.status).toBe(422);
    const anonymous = await fetch(`${s.baseUrl}/api/integration/usage/batch`, { method: 'POST', body: '{}' });
    expect(anonymous.status).toBe(401);
    expect(await recordsOf(p.id)).toEqual([]);
    // 1,000 records fit (the body is larger than the default JSON bound).
    const full = await ok(
      Array.from({ length: 1000 }, (_, i) => ({ recordId: `full-${p.id}-${i}`, accountPlanId: p.id, mb: 1, country: 'JP' })),
    );
    expect(full.recorded).toBe(1000);
    expect(await planRow(p.id)).toMatchObject({ data_remaining_mb: 0, status: 'exhausted' });
  });

  test('a record in two concurrent batches is stored once', async () => {
    const a = await plan(10_000);
    const b = await plan(10_000);
    const shared = Array.from({ length: 20 }, (_, i) => ({ recordId: rid(), accountPlanId: i % 2 ? a.id : b.id, mb: 10 + i }));
    const own = (n: number) => Array.from({ length: n }, () => ({ recordId: rid(), accountPlanId: a.id, mb: 7 }));
    const results = await Promise.all([ok([...own(5), ...shared]), ok([...shared.slice().reverse(), ...own(3)]), ok(shared)]);
    const recordedShared = results.flatMap((r) =>
      r.results.filter((x: Row) => x.status === 'recorded' && shared.some((sh) => sh.recordId === x.recordId)),
    );
    expect(recordedShared).toHaveLength(shared.length);
    const rows = await s.db('usage_records').whereIn(
      'network_record_id',
      shared.map((r) => r.recordId),
    );
    expect(rows).toHaveLength(shared.length);
    const usedA = shared.filter((r) => r.accountPlanId === a.id).reduce((t, r) => t + r.mb, 0) + 8 * 7;
    expect(await planRow(a.id)).toMatchObject({ data_used_mb: usedA, data_remaining_mb: 10_000 - usedA });
    await ledgerHolds();
  });

  test('alerts fire once per threshold across two batches that each cross part of them, by the record that crossed', async () => {
    const p = await plan(1000, { thresholds: [50, 75, 90, 100] });
    const first = await ok([
      { recordId: rid(), accountPlanId: p.id, mb: 300 },
      { recordId: rid(), accountPlanId: p.id, mb: 300 }, // 60 %: 50 % fires here
    ]);
    expect(first.plans[0].alertsFired).toBe(1);
    expect(await firedAlerts(p.id)).toEqual([{ percent: 50, by: first.results[1].id }]);
    const second = await ok([
      { recordId: rid(), accountPlanId: p.id, mb: 200 }, // 80 %: 75 %
      { recordId: rid(), accountPlanId: p.id, mb: 50 }, // 85 %
      { recordId: rid(), accountPlanId: p.id, mb: 100 }, // 95 %: 90 %
    ]);
    expect(second.plans[0].alertsFired).toBe(2);
    expect(await firedAlerts(p.id)).toEqual([
      { percent: 50, by: first.results[1].id },
      { percent: 75, by: second.results[0].id },
      { percent: 90, by: second.results[2].id },
    ]);
    expect(await alertMessages(p.accountId)).toBe(3);
    // Redelivered: nothing fires again. Then the last 50 MB: 100 % once, even with more records past the end.
    await ok([first.results[1], second.results[2]].map((r: Row, i) => ({ recordId: r.recordId, accountPlanId: p.id, mb: i ? 100 : 300 })));
    expect(await alertMessages(p.accountId)).toBe(3);
    const last = await ok([
      { recordId: rid(), accountPlanId: p.id, mb: 80 },
      { recordId: rid(), accountPlanId: p.id, mb: 5 },
    ]);
    expect(last.results.map((r: Row) => r.chargedMb)).toEqual([50, 0]);
    expect((await firedAlerts(p.id)).map((a) => a.percent)).toEqual([50, 75, 90, 100]);
    expect(await alertMessages(p.accountId)).toBe(4);
    expect(await planRow(p.id)).toMatchObject({ data_remaining_mb: 0, status: 'exhausted' });
    await ledgerHolds();
  });

  test('usage between two batches: the single endpoint and the batches see each other, charged against what is left', async () => {
    const p = await plan(1000, { thresholds: [90] });
    await ok([{ recordId: rid(), accountPlanId: p.id, mb: 400 }]);
    const single = await call('usage', { accountPlanId: p.id, mb: 500 });
    expect(single.status).toBe(201);
    expect(await single.json()).toMatchObject({ chargedMb: 500, dataRemainingMb: 100, alertsFired: 1 });
    const after = await ok([{ recordId: rid(), accountPlanId: p.id, mb: 250 }]);
    expect(after.results[0]).toMatchObject({ status: 'recorded', chargedMb: 100 });
    expect(await planRow(p.id)).toMatchObject({ data_remaining_mb: 0, data_used_mb: 1000, status: 'exhausted' });
    expect(await alertMessages(p.accountId)).toBe(1);
    await ledgerHolds();
  });

  test('a plan past its validity: usage before the end is charged, then the plan expires and its data is written off, as one by one', async () => {
    const end = new Date(Date.now() - DAY);
    const p = await plan(1000, { expiresAt: end.toISOString() });
    const body = await ok([
      { recordId: rid(), accountPlanId: p.id, mb: 100, occurredAt: new Date(end.getTime() - 3600_000).toISOString() },
      { recordId: rid(), accountPlanId: p.id, mb: 100, occurredAt: new Date(end.getTime() - 1800_000).toISOString() },
    ]);
    expect(body.results.map((r: Row) => r.chargedMb)).toEqual([100, 0]);
    expect(await planRow(p.id)).toMatchObject({ status: 'expired', data_remaining_mb: 0, data_used_mb: 100 });
    const ledger = await s.db('data_ledger').where({ account_plan_id: p.id }).orderBy('id');
    expect(ledger.map((l: Row) => [l.kind, l.delta_mb])).toEqual([
      ['purchase', 1000],
      ['usage', -100],
      ['expiry', -900],
    ]);
    await ledgerHolds();
  });
});

describe('POST /api/integration/usage', () => {
  test('one record costs one read of the plan and one write per table, whatever the history', async () => {
    const p = await plan(1000, { thresholds: [90, 100] });
    for (let i = 0; i < 3; i++) expect((await call('usage', { accountPlanId: p.id, mb: 10 })).status).toBe(201);
    const statements: string[] = [];
    const count = (q: { sql: string }) => statements.push(q.sql);
    s.db.on('query', count);
    const res = await call('usage', { accountPlanId: p.id, mb: 10, country: 'JP' });
    s.db.off('query', count);
    expect(res.status).toBe(201);
    const work = statements.filter((q) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(q));
    // The service token, the plan with its account and rules (locked), the record, its ledger entry,
    // the plan, and the audit entry (its chain's last hash, the entry; PostgreSQL's advisory lock).
    expect(work.filter((q) => /account_plans/.test(q) && /^select/i.test(q))).toHaveLength(1);
    expect(work.length, work.join('\n')).toBeLessThanOrEqual(8);
    // Crossing a threshold adds the alert's update and its message.
    statements.length = 0;
    s.db.on('query', count);
    const crossing = await call('usage', { accountPlanId: p.id, mb: 870 });
    s.db.off('query', count);
    expect(await crossing.json()).toMatchObject({ alertsFired: 1, dataRemainingMb: 90 });
    expect(statements.filter((q) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(q)).length).toBeLessThanOrEqual(10);
  });
});

describe('batches and one by one agree', () => {
  test('any split of records into batches, with redeliveries, gives the plans and ledger that recording them one by one gives', async () => {
    const PLANS = 3;
    const rec = fc.record({
      plan: fc.nat(PLANS - 1),
      mb: fc.integer({ min: 1, max: 400 }),
      hoursAgo: fc.option(fc.integer({ min: 1, max: 72 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(rec, { minLength: 1, maxLength: 14 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 14 }),
        fc.array(fc.nat(20), { maxLength: 3 }),
        async (records, sizes, redeliveries) => {
          const now = Date.now();
          // Twin plans: a 1 GB paid plan, a 600 MB gifted plan, and a plan whose validity ended a day ago.
          const twins = async () => {
            const accountId = await insertAccount(s.db);
            return [
              (await plan(1000, { thresholds: [50, 90, 100], accountId })).id,
              (await plan(600, { thresholds: [75, 100], origin: 'welcome', accountId })).id,
              (await plan(800, { thresholds: [90], accountId, expiresAt: new Date(now - 24 * 3600_000).toISOString() })).id,
            ];
          };
          const one = await twins();
          const many = await twins();
          const input = records.map((r) => ({
            mb: r.mb,
            ...(r.hoursAgo ? { occurredAt: new Date(now - r.hoursAgo * 3600_000).toISOString() } : {}),
          }));
          for (const [i, r] of input.entries()) {
            const res = await call('usage', { accountPlanId: one[records[i]!.plan]!, ...r });
            expect(res.status).toBe(201);
          }
          const ids = input.map(() => rid());
          const batches: number[][] = [];
          for (let i = 0, k = 0; i < input.length; k++) {
            const n = sizes[k % sizes.length]!;
            batches.push(Array.from({ length: Math.min(n, input.length - i) }, (_, j) => i + j));
            i += n;
          }
          for (const d of redeliveries) batches.splice(Math.min(batches.length, (d % batches.length) + 1), 0, batches[d % batches.length]!);
          for (const b of batches) await ok(b.map((i) => ({ recordId: ids[i], accountPlanId: many[records[i]!.plan]!, ...input[i] })));
          const state = async (planIds: number[]) =>
            Promise.all(
              planIds.map(async (id) => ({
                plan: await s
                  .db('account_plans')
                  .where({ id })
                  .first('status', 'data_remaining_mb', 'data_gifted_mb', 'data_total_mb', 'data_used_mb'),
                ledger: (await s.db('data_ledger').where({ account_plan_id: id }).orderBy('id')).map((l: Row) => [
                  l.kind,
                  l.delta_mb,
                  l.gifted_delta_mb,
                  l.balance_after_mb,
                  l.gifted_after_mb,
                ]),
                records: (await recordsOf(id)).map((u: Row) => [u.mb, u.charged_mb]),
                alerts: (await firedAlerts(id)).map((a) => a.percent),
              })),
            );
          expect(await state(many)).toEqual(await state(one));
        },
      ),
      { numRuns: 12 },
    );
    await ledgerHolds();
  }, 180_000);
});
