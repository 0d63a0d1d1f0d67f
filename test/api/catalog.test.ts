import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { insertAccount } from '../support/fixtures.ts';
import { paidOrder } from '../support/orders.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let catalog: SessionFetch;
const post = (path: string, body: unknown) => catalog(path, { method: 'POST', body: JSON.stringify(body) });

beforeAll(async () => {
  s = await startTestServer();
  catalog = await s.login('catalog');
  for (const id of ['JP', 'KR', 'TH']) expect((await post('/api/countries', { id })).status).toBe(201);
});
afterAll(async () => {
  await s?.close();
});

async function plan(over: Record<string, unknown> = {}) {
  const res = await post('/api/plans', {
    countryCode: 'JP',
    name: 'Japan 5 GB – 30 days',
    dataMb: 5120,
    validityDays: 30,
    priceCents: 999,
    ...over,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}
const history = async (planId: number) =>
  (await s.db('plan_prices').where({ plan_id: planId }).orderBy('id')).map((p: { price_cents: number }) => p.price_cents);

describe('countries come from the ISO list', () => {
  test('a country created by code gets its ISO name and region', async () => {
    expect(await (await catalog('/api/countries/JP')).json()).toMatchObject({ id: 'JP', name: 'Japan', region: 'Asia', available: true });
  });
  test('an unknown code is refused', async () => {
    const res = await post('/api/countries', { id: 'XX' });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.id).toMatch(/ISO 3166-1/);
  });
});

describe('plans and their prices', () => {
  test('a price is stored in integer cents and every change is in the history with who set it', async () => {
    const p = await plan();
    const updated = await (
      await catalog(`/api/plans/${p.id}`, {
        method: 'PUT',
        body: JSON.stringify({ ...p, priceCents: 1449, priceChangeReason: 'Operator cost increase' }),
      })
    ).json();
    expect(updated.priceCents).toBe(1449);
    expect(await history(p.id)).toEqual([999, 1449]);
    const rows = await s.db('plan_prices').where({ plan_id: p.id });
    expect(new Set(rows.map((r: { changed_by_staff_id: number }) => r.changed_by_staff_id)).size).toBe(1);
  });
  test('the price history says old → new and why; a price change without a reason is refused, other edits need none', async () => {
    const p = await plan();
    const put = (body: object) => catalog(`/api/plans/${p.id}`, { method: 'PUT', body: JSON.stringify(body) });
    const refused = await put({ ...p, priceCents: 1299 });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      code: 'price_change_reason_required',
      errors: { priceChangeReason: expect.stringMatching(/reason/) },
    });
    expect(await history(p.id)).toEqual([999]);
    // The name changes without a reason; the version moved, so the price change must send the new one.
    const renamed = await (await put({ ...p, name: 'Japan 5 GB – one month' })).json();
    expect(renamed.version).toBe(p.version + 1);
    expect((await put({ ...renamed, priceCents: 1299, priceChangeReason: '  ' })).status).toBe(400);
    const changed = await put({ ...renamed, priceCents: 1299, priceChangeReason: 'Operator cost increase' });
    expect(changed.status).toBe(200);
    const list = await (await catalog(`/api/plan-prices?filter=${encodeURIComponent(JSON.stringify({ planId: p.id }))}`)).json();
    expect(list.map((r: object) => ({ ...r, id: 0, effectiveFrom: 0, createdAt: 0, changedByStaffId: 0 }))).toEqual([
      expect.objectContaining({ priceCents: 1299, previousPriceCents: 999, reason: 'Operator cost increase', source: 'edited' }),
      expect.objectContaining({ priceCents: 999, previousPriceCents: null, reason: null, source: 'created' }),
    ]);
  });
  test('a price with a fraction of a cent is refused: cents are integers', async () => {
    const res = await post('/api/plans', { countryCode: 'JP', name: 'x', dataMb: 1024, validityDays: 7, priceCents: 9.99 });
    expect(res.status).toBe(400);
  });
  test("a sold plan cannot be deleted (409, retire it); retiring keeps the customers' plans untouched", async () => {
    const p = await plan();
    const accountId = await insertAccount(s.db);
    await s.db('plans').where({ id: p.id }).update({ status: 'active' });
    const { orderId } = await paidOrder(s.db, accountId);
    await s.db('orders').where({ id: orderId }).update({ plan_id: p.id });
    const del = await catalog(`/api/plans/${p.id}`, { method: 'DELETE' });
    expect([del.status, (await del.json()).code]).toEqual([409, 'plan_sold']);
    const current = await (await catalog(`/api/plans/${p.id}`)).json();
    const retired = await (
      await catalog(`/api/plans/${p.id}`, { method: 'PUT', body: JSON.stringify({ ...current, status: 'retired' }) })
    ).json();
    expect(retired.status).toBe('retired');
    expect(await s.db('account_plans').where({ order_id: orderId }).first()).toMatchObject({ status: 'pending' });
  });
  test('an unsold plan can be deleted, with its price history', async () => {
    const p = await plan();
    expect((await catalog(`/api/plans/${p.id}`, { method: 'DELETE' })).status).toBe(200);
    expect(await history(p.id)).toEqual([]);
  });
  test('clone copies a plan as drafts for other countries, named after them', async () => {
    const p = await plan({ status: 'active' });
    const res = await post(`/api/plans/${p.id}/clone`, { countryCodes: ['kr', 'TH'] });
    const { created } = await res.json();
    expect(
      created.map((c: { countryCode: string; name: string; status: string; priceCents: number }) => [
        c.countryCode,
        c.name,
        c.status,
        c.priceCents,
      ]),
    ).toEqual([
      ['KR', 'South Korea 5 GB – 30 days', 'draft', 999],
      ['TH', 'Thailand 5 GB – 30 days', 'draft', 999],
    ]);
  });
});

describe('bulk price change', () => {
  test('the preview equals the result, and each change enters the history', async () => {
    const a = await plan({ priceCents: 999 });
    const b = await plan({ priceCents: 2999 });
    const preview = await (await post('/api/plans/price-change', { planIds: [a.id, b.id], percent: 10, dryRun: true })).json();
    expect(preview).toEqual({
      applied: false,
      changes: [
        { planId: a.id, name: a.name, countryCode: 'JP', oldPriceCents: 999, newPriceCents: 1099 },
        { planId: b.id, name: b.name, countryCode: 'JP', oldPriceCents: 2999, newPriceCents: 3299 },
      ],
    });
    expect(await history(a.id)).toEqual([999]);
    const noReason = await post('/api/plans/price-change', { planIds: [a.id, b.id], percent: 10, dryRun: false });
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).code).toBe('price_change_reason_required');
    expect(await history(a.id)).toEqual([999]);
    const applied = await (
      await post('/api/plans/price-change', { planIds: [a.id, b.id], percent: 10, dryRun: false, reason: 'Summer pricing' })
    ).json();
    expect(applied.changes).toEqual(preview.changes);
    expect(
      await s.db('plan_prices').where({ plan_id: a.id }).orderBy('id').select('previous_price_cents', 'price_cents', 'reason', 'source'),
    ).toEqual([
      { previous_price_cents: null, price_cents: 999, reason: null, source: 'created' },
      { previous_price_cents: 999, price_cents: 1099, reason: 'Summer pricing', source: 'bulk' },
    ]);
    expect((await s.db('plans').whereIn('id', [a.id, b.id]).orderBy('id')).map((p: { price_cents: number }) => p.price_cents)).toEqual([
      1099, 3299,
    ]);
    expect(await history(b.id)).toEqual([2999, 3299]);
  });
  test('a percentage with more than 2 decimals or out of range is refused', async () => {
    const a = await plan();
    expect((await post('/api/plans/price-change', { planIds: [a.id], percent: 1.234, dryRun: true })).status).toBe(400);
    expect((await post('/api/plans/price-change', { planIds: [a.id], percent: -95, dryRun: true })).status).toBe(400);
  });
});

describe("CSV export and import of a country's plans", () => {
  test('the export reads back as "nothing to change", and the dry run equals the import', async () => {
    const csv = await (await catalog('/api/countries/TH/plans.csv')).text();
    expect(csv.split('\n')[0]).toBe('id,name,dataMb,fairUseMb,validityDays,priceEuros,vatRatePercent,status,promotional');
    const same = await (await post('/api/countries/TH/plans-import', { csv, dryRun: true })).json();
    expect(same).toMatchObject({ created: [], updated: [], errors: [], unchanged: 1 });

    const edited = csv.replace('9.99', '12.49') + 'new,Thailand Unlimited – 15 days,,20480,15,24.90,20,draft,true\n'.replace('new', '');
    const dry = await (await post('/api/countries/TH/plans-import', { csv: edited, dryRun: true })).json();
    expect(dry.updated).toMatchObject([{ changes: { priceCents: [999, 1249] } }]);
    expect(dry.created).toMatchObject([
      { values: { name: 'Thailand Unlimited – 15 days', dataMb: null, fairUseMb: 20480, priceCents: 2490, promotional: true } },
    ]);
    const before = await s.db('plans').where({ country_code: 'TH' }).count({ n: '*' }).first();
    expect(await s.db('plans').where({ country_code: 'TH' }).count({ n: '*' }).first()).toEqual(before);

    const done = await (await post('/api/countries/TH/plans-import', { csv: edited, dryRun: false })).json();
    expect({ ...done, dryRun: true, applied: false }).toEqual(dry);
    const plans = await s.db('plans').where({ country_code: 'TH' }).orderBy('id');
    expect(plans.map((p: { price_cents: number; data_mb: number | null }) => [p.price_cents, p.data_mb])).toEqual([
      [1249, 5120],
      [2490, null],
    ]);
  });
  test('a CSV with errors is reported line by line and nothing is imported', async () => {
    const csv = 'id,name,dataMb,fairUseMb,validityDays,priceEuros,vatRatePercent,status,promotional\n,Bad,,,,abc,20,sold,maybe\n';
    const dry = await (await post('/api/countries/KR/plans-import', { csv, dryRun: true })).json();
    expect(dry.errors).toHaveLength(1);
    expect(dry.errors[0].line).toBe(2);
    expect(dry.errors[0].message).toMatch(/fairUseMb cap.*validityDays.*priceEuros.*status.*promotional/);
    const res = await post('/api/countries/KR/plans-import', { csv, dryRun: false });
    expect([res.status, (await res.json()).code]).toEqual([422, 'import_has_errors']);
  });
  test('unknown columns are a clear 400', async () => {
    const res = await post('/api/countries/KR/plans-import', { csv: 'id,nom\n1,x\n', dryRun: true });
    expect([res.status, (await res.json()).code]).toEqual([400, 'invalid_csv']);
  });
});
