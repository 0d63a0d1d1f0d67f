// The masking policy on every read path (issue 13, observation 1: lists and records returned every
// account's e-mail, name, phone and device to moderators). Generated from the policy: on the demo
// data, every resource is read as every role (list, one record, many) and so are the other read paths
// (the 360 and its timeline, the search box, the refund history, the evidence bundle, the misuse figures, action
// results, the audit log's before/after). For each role, the raw values of every field the policy
// masks or hides for it are collected from the database; finding one of them anywhere in an answer
// fails, whichever field carried it — so a new field or resource cannot leak silently.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Db } from '../../server/db/connection.ts';
import { kindOfValue, treatmentOf } from '../../server/domain/accounts/masking.ts';
import { ROLES, type Role } from '../../server/domain/enums.ts';
import { canUse, RESOURCES, type ResourceName } from '../../server/domain/permissions.ts';
import { createLogger } from '../../server/logger.ts';
import { RESOURCE_DEFS } from '../../server/rest/resources/index.ts';
import { ensureDefaultSettings } from '../../server/settings.ts';
import { DEMO_PASSWORD, seedDemo } from '../../seeds/demo/index.ts';
import { createTestDatabase } from '../support/db.ts';
import { sessionFetch, type SessionFetch } from '../support/server.ts';

const LOGIN: Record<Role, string> = {
  support: 'support@kolet.demo',
  finance: 'finance@kolet.demo',
  moderator: 'moderator@kolet.demo',
  catalog: 'catalog@kolet.demo',
  admin: 'admin@kolet.demo',
};

let db: Db;
let drop: () => Promise<void>;
let server: Server;
let baseUrl: string;
const as = {} as Record<Role, SessionFetch>;
/** Per role: raw value → where it comes from (table.column), for every value the role must not see as it is. */
const forbidden = {} as Record<Role, Map<string, string>>;

/** Values worth looking for: long enough not to match by chance. */
const MIN_LENGTH = 6;
// Not a person's data: organisations and our own staff may share an address with a notifier or a message.
async function publicIdentities(): Promise<Set<string>> {
  const flaggers = await db('trusted_flaggers').select('email', 'name');
  const staff = await db('staff').select('email', 'name');
  return new Set([...flaggers, ...staff].flatMap((r) => [r.email, r.name]).filter(Boolean));
}

async function collectForbidden(role: Role, exempt: Set<string>): Promise<Map<string, string>> {
  const values = new Map<string, string>();
  for (const def of RESOURCE_DEFS.values()) {
    for (const field of Object.values(def.fields)) {
      if (!field.personal) continue;
      const rows = await db(def.table).whereNotNull(field.column).distinct(field.column);
      for (const r of rows) {
        const v = String(r[field.column]);
        if (treatmentOf(kindOfValue(field.personal, v), [role]) === 'shown') continue;
        if (v.length >= MIN_LENGTH && !exempt.has(v) && !values.has(v)) values.set(v, `${def.table}.${field.column}`);
      }
    }
  }
  return values;
}

/** Fails naming the value, its source and where it was found, when an answer carries a forbidden value. */
function expectNoLeak(role: Role, what: string, body: string) {
  const leaks: string[] = [];
  for (const [value, source] of forbidden[role]) {
    if (body.includes(value) || body.includes(JSON.stringify(value).slice(1, -1))) leaks.push(`${source} "${value}"`);
    if (leaks.length > 5) break;
  }
  expect(leaks, `${role} reading ${what}`).toEqual([]);
}

async function read(role: Role, path: string): Promise<{ status: number; text: string }> {
  const res = await as[role](path);
  return { status: res.status, text: await res.text() };
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDemo(db, { now: new Date() });
  await ensureDefaultSettings(db);
  const app = createApp(db, { ...loadConfig({ NODE_ENV: 'test' }), logLevel: 'silent' }, createLogger('silent'));
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const role of ROLES) {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1' },
      body: JSON.stringify({ email: LOGIN[role], password: DEMO_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${role}: ${res.status} ${await res.text()}`);
    as[role] = sessionFetch(baseUrl, res.headers.get('set-cookie')!.split(';')[0]!);
  }
  // A staff change on an account, so that the 360's audit list and the audit log carry before/after values.
  const account = await db('accounts').where({ status: 'active', data_blocked: false }).whereNotNull('phone').orderBy('id').first('id');
  const block = await as.support(`/api/accounts/${account.id}/block`, {
    method: 'POST',
    body: JSON.stringify({ reason: 'Suspected fraud, checking with the customer' }),
  });
  expect(block.status).toBe(200);
  const exempt = await publicIdentities();
  for (const role of ROLES) forbidden[role] = await collectForbidden(role, exempt);
}, 120_000);

afterAll(async () => {
  await new Promise<void>((r) => server?.close(() => r()));
  await drop?.();
});

describe('the policy has something to protect on the demo data', () => {
  test('moderators must not see e-mails, names, phones or device ids as they are', async () => {
    const sources = new Set(forbidden.moderator.values());
    for (const s of ['accounts.email', 'accounts.name', 'accounts.phone', 'accounts.signup_device_id', 'review_reports.reporter_email'])
      expect(sources).toContain(s);
    // Notifiers' e-mails are protected too, whichever table the value was first collected from (a notice's own report carries it as well).
    const notifiers = (await db('dsa_notices')
      .whereNotNull('notifier_email')
      .whereNull('trusted_flagger_id')
      .pluck('notifier_email')) as string[];
    expect(notifiers.length).toBeGreaterThan(0);
    for (const e of notifiers) expect(forbidden.moderator.has(e), e).toBe(true);
  });
  test('finance must not see phones; support and admin see everything', () => {
    expect(new Set(forbidden.finance.values())).toContain('accounts.phone');
    expect(forbidden.admin.size).toBe(0);
  });
});

// Every resource × every role, from the permissions and the resource definitions: nothing to maintain by hand.
describe.each(RESOURCES.map((r) => [r] as [ResourceName]))('%s', (resource) => {
  test.each(ROLES.map((r) => [r] as [Role]))('as %s: the list, one record and many carry no unmasked value', async (role) => {
    const def = RESOURCE_DEFS.get(resource)!;
    const list = await read(role, `/api/${resource}?range=${encodeURIComponent('[0,999]')}`);
    if (!canUse([role], resource, 'read')) {
      expect(list.status).toBe(403);
      return;
    }
    expect(list.status, list.text).toBe(200);
    expectNoLeak(role, `${resource} list`, list.text);
    const records = JSON.parse(list.text) as Record<string, unknown>[];
    // Each personal field as the policy says: as it is, masked (•••) or null.
    for (const [key, field] of Object.entries(def.fields)) {
      if (!field.personal) continue;
      for (const r of records) {
        if (r[key] == null || r[key] === '') continue;
        const treatment = treatmentOf(kindOfValue(field.personal, r[key]), [role]);
        if (treatment === 'hidden') expect(r[key], `${resource}.${key}`).toBeNull();
        if (treatment === 'masked') expect(String(r[key]), `${resource}.${key}`).toMatch(/•/);
      }
    }
    if (!records.length) return;
    const ids = records.slice(0, 5).map((r) => r.id);
    const one = await read(role, `/api/${resource}/${encodeURIComponent(String(ids[0]))}`);
    expect(one.status).toBe(200);
    expectNoLeak(role, `${resource} one`, one.text);
    const many = await read(role, `/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ id: ids }))}`);
    expect(many.status).toBe(200);
    expectNoLeak(role, `${resource} many`, many.text);
  });
});

describe('the other read paths', () => {
  test.each(ROLES.map((r) => [r] as [Role]))('the 360 of accounts, as %s', async (role) => {
    const ids = (await db('accounts').orderBy('id').limit(400).select('id')).map((r) => r.id as number).filter((_, i) => i % 20 === 0);
    const blocked = await db('blocks').orderBy('id', 'desc').first('account_id');
    for (const id of [...ids, blocked.account_id]) {
      const res = await read(role, `/api/accounts/${id}/overview`);
      if (!canUse([role], 'accounts', 'read')) {
        expect(res.status).toBe(403);
        return;
      }
      expect(res.status).toBe(200);
      expectNoLeak(role, `the 360 of account ${id}`, res.text);
      // Its activity timeline: every kind the role reads, in one answer.
      const timeline = await read(role, `/api/accounts/${id}/timeline`);
      expect(timeline.status).toBe(200);
      expectNoLeak(role, `the timeline of account ${id}`, timeline.text);
    }
  });

  test.each(ROLES.map((r) => [r] as [Role]))('the search box, as %s, by every kind of identifier', async (role) => {
    const account = await db('accounts')
      .where({ status: 'active' })
      .where('id', '>', 10)
      .orderBy('id')
      .first('id', 'email', 'referral_code');
    const esim = await db('esims').first('iccid');
    const order = await db('orders').whereNotNull('payment_reference').first('id', 'payment_reference');
    for (const q of [
      account.email,
      account.email.slice(0, 4),
      account.referral_code,
      String(account.id),
      esim.iccid,
      `#${order.id}`,
      order.payment_reference,
    ]) {
      const res = await read(role, `/api/accounts/search?q=${encodeURIComponent(q)}`);
      if (!canUse([role], 'accounts', 'read')) {
        expect(res.status).toBe(403);
        continue;
      }
      expect(res.status, `${q}: ${res.text}`).toBe(200);
      expectNoLeak(role, `the search box for "${q}"`, res.text);
    }
  });

  test('a moderator finds an account by its whole e-mail (masked in the answer), not by a prefix', async () => {
    const account = await db('accounts').where({ status: 'active' }).orderBy('id').first('id', 'email');
    const whole = JSON.parse((await read('moderator', `/api/accounts/search?q=${encodeURIComponent(account.email)}`)).text);
    expect(whole.matches[0]).toMatchObject({ accountId: account.id, email: expect.stringMatching(/^.•••@/) });
    const prefix = JSON.parse((await read('moderator', `/api/accounts/search?q=${encodeURIComponent(account.email.slice(0, 5))}`)).text);
    expect(prefix.matches).toEqual([]);
  });

  test.each(['finance', 'admin'] as Role[])('the refund history, as %s', async (role) => {
    for (const r of await db('refunds').orderBy('id').limit(15).select('id')) {
      const res = await read(role, `/api/refunds/${r.id}/history`);
      expect(res.status).toBe(200);
      expectNoLeak(role, `refund ${r.id} history`, res.text);
    }
  });

  test('the evidence bundle and the misuse figures, as a moderator', async () => {
    for (const n of await db('dsa_notices').orderBy('id').limit(30).select('id')) {
      const res = await read('moderator', `/api/dsa-notices/${n.id}/evidence`);
      expect(res.status).toBe(200);
      expectNoLeak('moderator', `the evidence bundle of notice ${n.id}`, res.text);
    }
    for (const subject of ['notifier', 'author']) {
      const res = await read('moderator', `/api/dsa/misuse?subject=${subject}`);
      expect(res.status).toBe(200);
      expectNoLeak('moderator', `the misuse figures of ${subject}s`, res.text);
    }
  });

  test("an action's answer, as a moderator: a notice decided", async () => {
    const notice = await db('dsa_notices').where({ status: 'received' }).whereNotNull('notifier_email').orderBy('id').first('id');
    const claim = await as.moderator(`/api/dsa-notices/${notice.id}/claim`, { method: 'POST', body: '{}' });
    const text = await claim.text();
    expect(claim.status, text).toBe(200);
    expect(JSON.parse(text).notifierEmail).toMatch(/•••@/);
    expectNoLeak('moderator', 'the answer of dsa-notices/claim', text);
  });

  test('a query may not enumerate what the role sees masked: 400 masked_field', async () => {
    const refused = async (path: string, field: string) => {
      const res = await as.moderator(path);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'masked_field', errors: { [field]: 'masked for your role' } });
    };
    await refused(`/api/accounts?filter=${encodeURIComponent('{"q":"jea"}')}`, 'q');
    await refused(`/api/accounts?sort=${encodeURIComponent('["email","ASC"]')}`, 'email');
    await refused(`/api/accounts?filter=${encodeURIComponent('{"email_gte":"a"}')}`, 'email');
    await refused(`/api/accounts?filter=${encodeURIComponent('{"signupDeviceId":"x"}')}`, 'signupDeviceId');
    const account = await db('accounts').where({ status: 'active' }).first('id', 'email');
    const equal = await as.moderator(`/api/accounts?filter=${encodeURIComponent(JSON.stringify({ email: account.email }))}`);
    expect(equal.status).toBe(200);
    expect((await equal.json()).map((a: { id: number }) => a.id)).toEqual([account.id]);
  });

  test('the support agent sees the customer as they are', async () => {
    const account = await db('accounts').whereNotNull('phone').where({ status: 'active' }).first('id', 'email', 'phone', 'name');
    const res = await as.support(`/api/accounts/${account.id}`);
    expect(await res.json()).toMatchObject({ email: account.email, phone: account.phone, name: account.name });
    const finance = await (await as.finance(`/api/accounts/${account.id}`)).json();
    expect(finance).toMatchObject({ email: account.email, name: account.name, phone: expect.stringMatching(/•• •• ••/) });
  });
});
