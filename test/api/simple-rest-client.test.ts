// The API driven by the console's real data provider, ra-data-simple-rest (docs/PRODUCT.md §3),
// over the network against a running server, on six resources.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HttpError, type DataProvider } from 'ra-core';
import { countRows, insertAccount, insertAccountPlan, insertCountry, insertPlan } from '../support/fixtures.ts';
import { raDataProvider } from '../support/ra.ts';
import { startTestServer } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let catalog: DataProvider;
let finance: DataProvider;
let support: DataProvider;
let admin: DataProvider;

// 30 countries QA…QZ, RA…RD: "Land 1" … "Land 30"; 1–12 Europe, 13–22 Asia, 23–30 Africa; every third unavailable.
const COUNTRY_CODES = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c) => `Q${c}`).concat(['RA', 'RB', 'RC', 'RD']);
const regionOf = (i: number) => (i <= 12 ? 'Europe' : i <= 22 ? 'Asia' : 'Africa');
// 37 plans, plan i costs i × 100 cents; 1–10 sold in QA (no region), the others in the "Europe" region;
// status cycles draft/active/retired; every fifth is unlimited (dataMb null, with a fair-use cap).
const PLAN_COUNT = 37;
const STATUSES = ['draft', 'active', 'retired'] as const;

/** Expects the promise to fail with react-admin's HttpError of this status; returns its body. */
async function httpError(promise: Promise<unknown>, status: number): Promise<Record<string, unknown>> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, `expected an HttpError ${status}`).toBeInstanceOf(HttpError);
  expect((err as HttpError).status).toBe(status);
  return (err as HttpError).body as Record<string, unknown>;
}

beforeAll(async () => {
  server = await startTestServer();
  for (const [i, code] of COUNTRY_CODES.entries()) {
    await insertCountry(server.db, code, { name: `Land ${i + 1}`, region: regionOf(i + 1), available: (i + 1) % 3 !== 0 });
  }
  for (let i = 1; i <= PLAN_COUNT; i++) {
    await insertPlan(server.db, {
      name: `Plan ${String(i).padStart(2, '0')}`,
      price_cents: i * 100,
      status: STATUSES[i % 3],
      country_code: i <= 10 ? 'QA' : null,
      region_name: i <= 10 ? null : 'Europe',
      data_mb: i % 5 === 0 ? null : 1024 * i,
      fair_use_mb: i % 5 === 0 ? 50_000 : null,
    });
  }
  catalog = raDataProvider(await server.login('catalog'));
  finance = raDataProvider(await server.login('finance'));
  support = raDataProvider(await server.login('support'));
  admin = raDataProvider(await server.login('admin'));
});

afterAll(async () => {
  await server?.close();
});

describe('getList', () => {
  test('pages with an inclusive range and reports the total in Content-Range', async () => {
    const page1 = await catalog.getList('countries', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(page1.total).toBe(30);
    expect(page1.data.map((c) => c.id)).toEqual(COUNTRY_CODES.slice(0, 10));
    const page3 = await catalog.getList('countries', {
      pagination: { page: 3, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(page3.data.map((c) => c.id)).toEqual(COUNTRY_CODES.slice(20, 30));
    const beyond = await catalog.getList('countries', {
      pagination: { page: 4, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(beyond).toEqual({ data: [], total: 30 });
  });

  test('sends the Content-Range header in the simple-rest format and exposes it to browsers', async () => {
    const session = await server.login('catalog');
    const res = await session('/api/plans?sort=["priceCents","ASC"]&range=[5,9]&filter={}');
    expect(res.headers.get('content-range')).toBe(`plans 5-9/${PLAN_COUNT}`);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
    const empty = await session('/api/plans?filter={"name":"nothing like this"}');
    expect(empty.headers.get('content-range')).toBe('plans */0');
  });

  test('sorts ascending and descending on a whitelisted field', async () => {
    const asc = await catalog.getList('plans', {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'priceCents', order: 'ASC' },
      filter: {},
    });
    expect(asc.data.map((p) => p.priceCents)).toEqual([100, 200, 300, 400, 500]);
    const desc = await catalog.getList('plans', {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'priceCents', order: 'DESC' },
      filter: {},
    });
    expect(desc.data.map((p) => p.priceCents)).toEqual([3700, 3600, 3500, 3400, 3300]);
    const byName = await catalog.getList('countries', {
      pagination: { page: 1, perPage: 3 },
      sort: { field: 'name', order: 'DESC' },
      filter: {},
    });
    expect(byName.data.map((c) => c.name)).toEqual(['Land 9', 'Land 8', 'Land 7']);
    expect(byName.total).toBe(30);
  });

  test('filters by equality on text, boolean and enum fields', async () => {
    const asia = await catalog.getList('countries', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter: { region: 'Asia' },
    });
    expect(asia.total).toBe(10);
    expect(asia.data.every((c) => c.region === 'Asia')).toBe(true);
    const unavailable = await catalog.getList('countries', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter: { available: false },
    });
    expect(unavailable.total).toBe(10);
    expect(unavailable.data.every((c) => c.available === false)).toBe(true);
    const active = await catalog.getList('plans', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter: { status: 'active' },
    });
    expect(active.total).toBe(Array.from({ length: PLAN_COUNT }, (_, k) => k + 1).filter((i) => i % 3 === 1).length);
    expect(active.data.every((p) => p.status === 'active')).toBe(true);
  });

  test('filters an array as IN', async () => {
    const some = await catalog.getList('countries', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter: { id: ['QA', 'QC', 'RD', 'XX'] },
    });
    expect(some.total).toBe(3);
    expect(some.data.map((c) => c.id)).toEqual(['QA', 'QC', 'RD']);
    const two = await catalog.getList('plans', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter: { status: ['draft', 'retired'] },
    });
    expect(two.total).toBe(PLAN_COUNT - 13);
  });

  test('filters ranges with _gte, _lte, _gt, _lt and exclusions with _neq', async () => {
    const list = (filter: Record<string, unknown>) =>
      catalog.getList('plans', { pagination: { page: 1, perPage: 100 }, sort: { field: 'priceCents', order: 'ASC' }, filter });
    const closed = await list({ priceCents_gte: 1000, priceCents_lte: 2000 });
    expect(closed.total).toBe(11);
    expect(closed.data[0]!.priceCents).toBe(1000);
    expect(closed.data.at(-1)!.priceCents).toBe(2000);
    const open = await list({ priceCents_gt: 1000, priceCents_lt: 2000 });
    expect(open.total).toBe(9);
    expect(open.data.map((p) => p.priceCents)).toEqual([1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900]);
    const notDraft = await list({ status_neq: 'draft' });
    expect(notDraft.total).toBe(PLAN_COUNT - 12);
    expect(notDraft.data.some((p) => p.status === 'draft')).toBe(false);
    const recent = await list({
      createdAt_gte: new Date(Date.now() - 3600_000).toISOString(),
      createdAt_lt: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(recent.total).toBe(PLAN_COUNT);
    const none = await list({ createdAt_gt: new Date(Date.now() + 3600_000).toISOString() });
    expect(none.total).toBe(0);
  });

  test('filters null with equality and not-null with _neq', async () => {
    const list = (filter: Record<string, unknown>) =>
      catalog.getList('plans', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' }, filter });
    const countryPlans = await list({ regionName: null });
    expect(countryPlans.total).toBe(10);
    expect(countryPlans.data.every((p) => p.regionName === null && p.countryCode === 'QA')).toBe(true);
    const regionPlans = await list({ regionName_neq: null });
    expect(regionPlans.total).toBe(PLAN_COUNT - 10);
    const unlimited = await list({ dataMb: null });
    expect(unlimited.total).toBe(7);
    expect(unlimited.data.every((p) => p.dataMb === null)).toBe(true);
  });

  test('searches free text with q, combined with other filters', async () => {
    const lands = await catalog.getList('countries', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter: { q: 'land 1' },
    });
    expect(lands.total).toBe(11); // Land 1, Land 10 … Land 19
    const inAsia = await catalog.getList('countries', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter: { q: 'land 1', region: 'Asia' },
    });
    expect(inAsia.total).toBe(7); // Land 13 … Land 19
    const byCode = await catalog.getList('countries', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter: { q: 'qb' },
    });
    expect(byCode.data.map((c) => c.id)).toEqual(['QB']);
    const plans = await catalog.getList('plans', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter: { q: 'PLAN 3' },
    });
    expect(plans.data.map((p) => p.name)).toEqual(['Plan 30', 'Plan 31', 'Plan 32', 'Plan 33', 'Plan 34', 'Plan 35', 'Plan 36', 'Plan 37']);
  });
});

describe('getMany, getManyReference, getOne', () => {
  test('getMany returns the records of the given ids (filter {"id":[...]})', async () => {
    const { data } = await catalog.getMany('countries', { ids: ['QE', 'QA', 'QC'] });
    expect(data.map((c) => c.id).sort()).toEqual(['QA', 'QC', 'QE']);
    const plans = await catalog.getList('plans', { pagination: { page: 1, perPage: 3 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    const many = await catalog.getMany('plans', { ids: plans.data.map((p) => p.id) });
    expect(many.data.map((p) => p.id).sort()).toEqual(plans.data.map((p) => p.id).sort());
  });

  test('getManyReference lists the records pointing at one target, paged, with their total', async () => {
    const page = await catalog.getManyReference('plans', {
      target: 'countryCode',
      id: 'QA',
      pagination: { page: 2, perPage: 4 },
      sort: { field: 'priceCents', order: 'ASC' },
      filter: {},
    });
    expect(page.total).toBe(10);
    expect(page.data.map((p) => p.priceCents)).toEqual([500, 600, 700, 800]);
    expect(page.data.every((p) => p.countryCode === 'QA')).toBe(true);
  });

  test("getOne returns one record; a country's id is its ISO code", async () => {
    const { data } = await catalog.getOne('countries', { id: 'QB' });
    expect(data).toMatchObject({ id: 'QB', name: 'Land 2', region: 'Europe', available: true, operators: [], version: 1 });
    expect(typeof data.createdAt).toBe('string');
    const body = await httpError(catalog.getOne('countries', { id: 'XX' }), 404);
    expect(body).toMatchObject({ code: 'not_found' });
  });
});

describe('countries: create, update, delete', () => {
  test('creates a country and answers the created record with its id', async () => {
    const { data } = await catalog.create('countries', {
      data: { id: 'NZ', name: 'Zedland', region: 'Oceania', operators: ['Zed Mobile'] },
    });
    expect(data).toMatchObject({ id: 'NZ', name: 'Zedland', region: 'Oceania', available: true, operators: ['Zed Mobile'], version: 1 });
    expect((await catalog.getOne('countries', { id: 'NZ' })).data.name).toBe('Zedland');
    const dup = await httpError(catalog.create('countries', { data: { id: 'NZ', name: 'Again', region: 'Oceania' } }), 409);
    expect(dup.code).toBe('duplicate');
  });

  test('updates with the whole record, bumping the version', async () => {
    const { data: before } = await catalog.getOne('countries', { id: 'QD' });
    const { data } = await catalog.update('countries', {
      id: 'QD',
      data: { ...before, name: 'Land Four', available: false },
      previousData: before,
    });
    expect(data).toMatchObject({ id: 'QD', name: 'Land Four', available: false, version: before.version + 1 });
    expect(Date.parse(data.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));
  });

  test("refuses a stale update with 409 and keeps the other agent's change", async () => {
    const { data: seen } = await catalog.getOne('countries', { id: 'QF' });
    await admin.update('countries', { id: 'QF', data: { ...seen, name: 'Changed by admin' }, previousData: seen });
    const body = await httpError(
      catalog.update('countries', { id: 'QF', data: { ...seen, name: 'Changed by catalog' }, previousData: seen }),
      409,
    );
    expect(body.code).toBe('stale_record');
    const { data: now } = await catalog.getOne('countries', { id: 'QF' });
    expect(now).toMatchObject({ name: 'Changed by admin', version: seen.version + 1 });
  });

  test('lets exactly one of several simultaneous updates of the same version win; the others get 409', async () => {
    const { data: seen } = await catalog.getOne('countries', { id: 'QG' });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? catalog : admin).update('countries', { id: 'QG', data: { ...seen, name: `Writer ${i}` }, previousData: seen }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r.reason as HttpError).status)).toEqual([409, 409, 409, 409, 409]);
    const { data: now } = await catalog.getOne('countries', { id: 'QG' });
    expect(now.version).toBe(seen.version + 1);
    expect(now.name).toBe((won[0] as PromiseFulfilledResult<{ data: { name: string } }>).value.data.name);
    expect(await countRows(server.db, 'audit_log', { action: 'countries.update', entity_id: 'QG' })).toBe(1);
  });

  test('deletes a country and answers the deleted record', async () => {
    await catalog.create('countries', { data: { id: 'FJ', name: 'Gone', region: 'Oceania' } });
    const { data } = await catalog.delete('countries', { id: 'FJ', previousData: undefined });
    expect(data).toMatchObject({ id: 'FJ', name: 'Gone' });
    await httpError(catalog.getOne('countries', { id: 'FJ' }), 404);
  });

  test('deleteMany arrives as one DELETE per id', async () => {
    await catalog.create('countries', { data: { id: 'WS', name: 'V', region: 'Oceania' } });
    await catalog.create('countries', { data: { id: 'TO', name: 'W', region: 'Oceania' } });
    const { data } = await catalog.deleteMany('countries', { ids: ['WS', 'TO'] });
    expect(data!.sort()).toEqual(['TO', 'WS']);
    expect(await countRows(server.db, 'countries', { region: 'Oceania' })).toBe(1); // NZ stays
  });

  test('refuses to delete a country that has plans (409) and keeps it', async () => {
    const body = await httpError(catalog.delete('countries', { id: 'QA' }), 409);
    expect(body.code).toBe('country_has_plans');
    expect((await catalog.getOne('countries', { id: 'QA' })).data.id).toBe('QA');
  });
});

describe('plans: create, update (price history), delete', () => {
  test('creates, reprices and deletes a plan; each price lands in the price history', async () => {
    const { data: plan } = await catalog.create('plans', {
      data: { countryCode: 'QB', name: 'Land 2 10 GB', dataMb: 10_240, validityDays: 30, priceCents: 1999 },
    });
    expect(plan).toMatchObject({
      countryCode: 'QB',
      regionName: null,
      name: 'Land 2 10 GB',
      dataMb: 10_240,
      priceCents: 1999,
      vatRateBp: 2000,
      status: 'draft',
      promotional: false,
      version: 1,
    });
    expect(Number.isInteger(plan.id)).toBe(true);

    const { data: repriced } = await catalog.update('plans', {
      id: plan.id,
      data: { ...plan, priceCents: 2499, status: 'active', priceChangeReason: 'Launch price' },
      previousData: plan,
    });
    expect(repriced).toMatchObject({ priceCents: 2499, status: 'active', version: 2 });
    const history = await catalog.getManyReference('plan-prices', {
      target: 'planId',
      id: plan.id,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'effectiveFrom', order: 'ASC' },
      filter: {},
    });
    expect(history.total).toBe(2);
    expect(history.data.map((p) => p.priceCents)).toEqual([1999, 2499]);

    const stale = await httpError(
      catalog.update('plans', { id: plan.id, data: { ...plan, priceCents: 1, priceChangeReason: 'Typo' }, previousData: plan }),
      409,
    );
    expect(stale.code).toBe('stale_record');
    expect((await catalog.getOne('plans', { id: plan.id })).data.priceCents).toBe(2499);

    const { data: deleted } = await catalog.delete('plans', { id: plan.id, previousData: repriced });
    expect(deleted).toMatchObject({ id: plan.id, name: 'Land 2 10 GB', priceCents: 2499 });
    await httpError(catalog.getOne('plans', { id: plan.id }), 404);
  });
});

describe('promo-codes (finance)', () => {
  test('creates, finds, updates and deletes a promo code; a stale update gets 409', async () => {
    const { data: promo } = await finance.create('promo-codes', {
      data: { code: 'spring-24', kind: 'partner', partner: 'Flying Blue', discountPercent: 15, validFrom: '2024-03-01T00:00:00Z' },
    });
    expect(promo).toMatchObject({
      code: 'SPRING-24',
      kind: 'partner',
      partner: 'Flying Blue',
      discountPercent: 15,
      status: 'active',
      activationWindowDays: 90,
      version: 1,
    });
    await finance.create('promo-codes', { data: { code: 'WELCOME', kind: 'welcome', bonusMb: 1024, validFrom: '2024-01-01T00:00:00Z' } });

    const found = await finance.getList('promo-codes', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'code', order: 'ASC' },
      filter: { q: 'spr' },
    });
    expect(found.data.map((p) => p.code)).toEqual(['SPRING-24']);
    const partners = await finance.getList('promo-codes', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'code', order: 'ASC' },
      filter: { kind: 'partner' },
    });
    expect(partners.total).toBe(1);
    const since = await finance.getList('promo-codes', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'validFrom', order: 'DESC' },
      filter: { validFrom_gte: '2024-02-01T00:00:00Z' },
    });
    expect(since.data.map((p) => p.code)).toEqual(['SPRING-24']);

    const { data: disabled } = await finance.update('promo-codes', {
      id: promo.id,
      data: { ...promo, status: 'disabled' },
      previousData: promo,
    });
    expect(disabled).toMatchObject({ status: 'disabled', version: 2 });
    const stale = await httpError(
      finance.update('promo-codes', { id: promo.id, data: { ...promo, discountPercent: 50 }, previousData: promo }),
      409,
    );
    expect(stale.code).toBe('stale_record');

    const { data: deleted } = await finance.delete('promo-codes', { id: promo.id, previousData: disabled });
    expect(deleted).toMatchObject({ id: promo.id, code: 'SPRING-24', status: 'disabled' });
    expect(
      (await finance.getList('promo-codes', { pagination: { page: 1, perPage: 10 }, sort: { field: 'code', order: 'ASC' }, filter: {} }))
        .total,
    ).toBe(1);
  });
});

describe('usage-alerts (support)', () => {
  test('creates alert rules for an account plan, lists them by reference, updates and deletes one', async () => {
    const accountId = await insertAccount(server.db);
    const accountPlanId = await insertAccountPlan(server.db, accountId);
    const otherPlanId = await insertAccountPlan(server.db, accountId);
    for (const thresholdPercent of [75, 90, 100]) await support.create('usage-alerts', { data: { accountPlanId, thresholdPercent } });
    const { data: sms } = await support.create('usage-alerts', {
      data: { accountPlanId: otherPlanId, thresholdPercent: 90, channel: 'sms', destination: '+33600000000' },
    });
    expect(sms).toMatchObject({
      accountPlanId: otherPlanId,
      thresholdPercent: 90,
      channel: 'sms',
      destination: '+33600000000',
      enabled: true,
      firedAt: null,
    });

    const rules = await support.getManyReference('usage-alerts', {
      target: 'accountPlanId',
      id: accountPlanId,
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'thresholdPercent', order: 'ASC' },
      filter: {},
    });
    expect(rules.total).toBe(3);
    expect(rules.data.map((r) => r.thresholdPercent)).toEqual([75, 90, 100]);

    const first = rules.data[0]!;
    const { data: off } = await support.update('usage-alerts', { id: first.id, data: { ...first, enabled: false }, previousData: first });
    expect(off).toMatchObject({ id: first.id, enabled: false, version: 2 });
    const stale = await httpError(
      support.update('usage-alerts', { id: first.id, data: { ...first, thresholdPercent: 80 }, previousData: first }),
      409,
    );
    expect(stale.code).toBe('stale_record');

    const { data: gone } = await support.delete('usage-alerts', { id: first.id, previousData: off });
    expect(gone).toMatchObject({ id: first.id, thresholdPercent: 75 });
    const after = await support.getManyReference('usage-alerts', {
      target: 'accountPlanId',
      id: accountPlanId,
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'thresholdPercent', order: 'ASC' },
      filter: {},
    });
    expect(after.total).toBe(2);
  });
});

describe('staff and settings (admin)', () => {
  test('lists, creates and updates staff; no password or hash ever comes back', async () => {
    const list = await admin.getList('staff', { pagination: { page: 1, perPage: 25 }, sort: { field: 'email', order: 'ASC' }, filter: {} });
    expect(list.total).toBe(5);
    expect(list.data.map((s) => s.email)).toEqual([
      'admin@test.kolet',
      'catalog@test.kolet',
      'finance@test.kolet',
      'moderator@test.kolet',
      'support@test.kolet',
    ]);
    const found = await admin.getList('staff', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'email', order: 'ASC' },
      filter: { q: 'fin' },
    });
    expect(found.data.map((s) => s.email)).toEqual(['finance@test.kolet']);

    const { data: created } = await admin.create('staff', {
      data: {
        email: '  New.Agent@Test.Kolet ',
        name: 'New Agent',
        roles: ['support', 'finance', 'support'],
        password: 'a long enough password',
      },
    });
    expect(created).toMatchObject({
      email: 'new.agent@test.kolet',
      name: 'New Agent',
      roles: ['support', 'finance'],
      status: 'active',
      version: 1,
    });
    for (const record of [created, ...list.data]) {
      expect(Object.keys(record).some((k) => /password|hash/i.test(k))).toBe(false);
    }

    const { data: updated } = await admin.update('staff', {
      id: created.id,
      data: { ...created, roles: ['moderator'] },
      previousData: created,
    });
    expect(updated).toMatchObject({ roles: ['moderator'], version: 2 });
    const roles = await admin.getMany('staff', { ids: [created.id] });
    expect(roles.data[0]!.roles).toEqual(['moderator']);
    const filtered = await admin.getList('staff', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'email', order: 'ASC' },
      filter: { status: 'active', email: 'new.agent@test.kolet' },
    });
    expect(filtered.total).toBe(1);
  });

  test('updates a setting; a stale write gets 409', async () => {
    const { data: setting } = await admin.getOne('settings', { id: 'outbox_max_attempts' });
    expect(setting).toMatchObject({ id: 'outbox_max_attempts', value: 5, version: 1 });
    const { data: updated } = await admin.update('settings', { id: setting.id, data: { ...setting, value: 7 }, previousData: setting });
    expect(updated).toMatchObject({ value: 7, version: 2 });
    const stale = await httpError(admin.update('settings', { id: setting.id, data: { ...setting, value: 9 }, previousData: setting }), 409);
    expect(stale.code).toBe('stale_record');
    const all = await admin.getList('settings', { pagination: { page: 1, perPage: 50 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(all.data.find((s) => s.id === 'outbox_max_attempts')!.value).toBe(7);
    expect(all.total).toBeGreaterThanOrEqual(6);
  });
});

describe('page cap', () => {
  test('caps a list at 1,000 rows when no range is given, with the true total', async () => {
    const now = new Date().toISOString();
    const rows = Array.from({ length: 1001 }, (_, i) => ({
      code: `BULK${String(i).padStart(4, '0')}`,
      kind: 'partner',
      valid_from: now,
      activation_window_days: 90,
      status: 'active',
      created_at: now,
      updated_at: now,
      version: 1,
    }));
    await server.db.batchInsert('promo_codes', rows, 200);
    const total = await countRows(server.db, 'promo_codes');
    const session = await server.login('finance');
    const res = await session('/api/promo-codes?sort=["code","ASC"]');
    expect(res.status).toBe(200);
    expect((await res.json()).length).toBe(1000);
    expect(res.headers.get('content-range')).toBe(`promo-codes 0-999/${total}`);
    const last = await finance.getList('promo-codes', {
      pagination: { page: 2, perPage: 1000 },
      sort: { field: 'code', order: 'ASC' },
      filter: { q: 'BULK' },
    });
    expect(last.total).toBe(1001);
    expect(last.data.map((p) => p.code)).toEqual(['BULK1000']);
  });
});
