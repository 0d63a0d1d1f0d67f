// The audit log (docs/RULES.md "Audit log"): every staff write and every login writes an entry
// with actor, role, action, changed fields, request id and IP; entries are hash-chained,
// tampering is found by verifyAuditChain, the API and the CLI; the table is append-only.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dropAppendOnly, makeAppendOnly } from '../../db/migrations/helpers.ts';
import { entryHash, verifyAuditChain } from '../../server/audit/auditLog.ts';
import { engine } from '../support/db.ts';
import { countRows, insertAccount, insertAccountPlan } from '../support/fixtures.ts';
import { STAFF_BY_ROLE, TEST_PASSWORD, startTestServer, type SessionFetch } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let catalog: SessionFetch;
let admin: SessionFetch;
let finance: SessionFetch;
let support: SessionFetch;
const staffId: Record<string, number> = {};

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

interface AuditRow {
  id: number;
  at: unknown;
  actor_kind: string;
  actor_id: number | null;
  actor_email: string | null;
  actor_roles: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  reason: string | null;
  outcome: string;
  request_id: string | null;
  idempotency_key: string | null;
  ip: string | null;
  user_agent: string | null;
  prev_hash: string;
  hash: string;
}

const parse = (v: string | null) => (v == null ? null : JSON.parse(v));
const byRequest = (requestId: string): Promise<AuditRow[]> => server.db('audit_log').where({ request_id: requestId }).orderBy('id');
const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  body: JSON.stringify(body),
  headers,
});
const isLoopback = (ip: string | null) => ip === '127.0.0.1' || ip === '::ffff:127.0.0.1' || ip === '::1';

/** Sends a staff write and returns the one audit entry it wrote (checked against the response's X-Request-Id). */
async function auditedWrite(
  session: SessionFetch,
  p: string,
  init: RequestInit,
  status = 200,
): Promise<{ entry: AuditRow; body: Record<string, unknown> }> {
  const res = await session(p, init);
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  const requestId = res.headers.get('x-request-id');
  expect(requestId).toBeTruthy();
  const entries = await byRequest(requestId!);
  expect(entries).toHaveLength(1);
  return { entry: entries[0]!, body };
}

function expectActor(entry: AuditRow, role: keyof typeof STAFF_BY_ROLE) {
  expect(entry).toMatchObject({ actor_kind: 'staff', actor_id: staffId[role], actor_email: STAFF_BY_ROLE[role], outcome: 'success' });
  expect(parse(entry.actor_roles)).toEqual([role]);
  expect(isLoopback(entry.ip), String(entry.ip)).toBe(true);
}

beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: 'loopback' }); // behind a proxy on this machine: X-Forwarded-For names the client
  for (const s of await server.db('staff').select('id', 'email'))
    staffId[Object.entries(STAFF_BY_ROLE).find(([, e]) => e === s.email)![0]] = s.id;
  catalog = await server.login('catalog');
  admin = await server.login('admin');
  finance = await server.login('finance');
  support = await server.login('support');
});
afterAll(async () => {
  await server?.close();
});

describe('CRUD writes', () => {
  test('a create writes actor, role, action, entity, the created values, request id and ip', async () => {
    const started = Date.now();
    const { entry, body } = await auditedWrite(
      catalog,
      '/api/countries',
      json('POST', { id: 'ES', name: 'Spain', region: 'Europe', operators: ['Movistar'] }),
      201,
    );
    expectActor(entry, 'catalog');
    expect(entry).toMatchObject({ action: 'countries.create', entity: 'countries', entity_id: 'ES', before: null });
    // The stored record, as the API returned it.
    expect(parse(entry.after)).toEqual({
      id: 'ES',
      name: 'Spain',
      region: 'Europe',
      available: true,
      operators: ['Movistar'],
      createdAt: body.createdAt,
      updatedAt: body.updatedAt,
      version: 1,
    });
    expect(body.id).toBe('ES');
    expect(entry.user_agent).toBeTruthy();
    const at = new Date(entry.at as string).getTime();
    expect(at).toBeGreaterThanOrEqual(started - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  });

  test('an update records only the changed fields, before and after', async () => {
    const current = await (await catalog('/api/countries/ES')).json();
    const { entry } = await auditedWrite(catalog, '/api/countries/ES', json('PUT', { ...current, name: 'España' }));
    expectActor(entry, 'catalog');
    expect(entry).toMatchObject({ action: 'countries.update', entity: 'countries', entity_id: 'ES' });
    expect(parse(entry.before)).toEqual({ name: 'Spain' });
    expect(parse(entry.after)).toEqual({ name: 'España' });

    const { body: plan } = await auditedWrite(
      catalog,
      '/api/plans',
      json('POST', { countryCode: 'ES', name: 'Spain 3 GB', dataMb: 3072, validityDays: 15, priceCents: 900 }),
      201,
    );
    const { entry: repriced } = await auditedWrite(
      catalog,
      `/api/plans/${plan.id}`,
      json('PUT', { ...plan, priceCents: 1100, status: 'active', priceChangeReason: 'Launch price' }),
    );
    expect(parse(repriced.before)).toEqual({ priceCents: 900, status: 'draft' });
    expect(parse(repriced.after)).toEqual({ priceCents: 1100, status: 'active' });
  });

  test('an update records stored values: a value sent in another notation but equal is no change', async () => {
    const { body: promo } = await auditedWrite(
      finance,
      '/api/promo-codes',
      json('POST', { code: 'NOTATION', kind: 'partner', partner: 'Flying Blue', discountPercent: 10, validFrom: '2024-03-01T00:00:00Z' }),
      201,
    );
    expect(promo.validFrom).toBe('2024-03-01T00:00:00.000Z');
    const { entry } = await auditedWrite(
      finance,
      `/api/promo-codes/${promo.id}`,
      json('PUT', { ...promo, code: 'notation', validFrom: '2024-03-01T02:00:00+02:00', status: 'disabled' }),
    );
    expect(parse(entry.before)).toEqual({ status: 'active' });
    expect(parse(entry.after)).toEqual({ status: 'disabled' });
  });

  test('a delete records the deleted record as before', async () => {
    await catalog('/api/countries', json('POST', { id: 'PT', name: 'Portugal', region: 'Europe' }));
    const { entry, body } = await auditedWrite(catalog, '/api/countries/PT', { method: 'DELETE' });
    expectActor(entry, 'catalog');
    expect(entry).toMatchObject({ action: 'countries.delete', entity_id: 'PT', after: null });
    expect(parse(entry.before)).toMatchObject({ id: 'PT', name: 'Portugal', region: 'Europe', version: 1 });
    expect(body).toMatchObject({ id: 'PT' });
  });

  test('every writable resource audits its create, update and delete', async () => {
    const accountPlanId = await insertAccountPlan(server.db, await insertAccount(server.db));
    const cases: {
      session: SessionFetch;
      role: keyof typeof STAFF_BY_ROLE;
      resource: string;
      create: Record<string, unknown> | null;
      change: Record<string, unknown>;
      id?: string;
      del: boolean;
    }[] = [
      {
        session: finance,
        role: 'finance',
        resource: 'promo-codes',
        create: { code: 'AUDIT1', kind: 'welcome', bonusMb: 1024, validFrom: '2024-01-01T00:00:00Z' },
        change: { status: 'disabled' },
        del: true,
      },
      {
        session: support,
        role: 'support',
        resource: 'usage-alerts',
        create: { accountPlanId, thresholdPercent: 90 },
        change: { enabled: false },
        del: true,
      },
      {
        session: admin,
        role: 'admin',
        resource: 'trusted-flaggers',
        create: { name: 'Flagger', email: 'flag@example.org', designatedBy: 'Arcom' },
        change: { active: false },
        del: false,
      },
      {
        session: admin,
        role: 'admin',
        resource: 'staff',
        create: { email: 'temp@test.kolet', name: 'Temp', roles: ['support'], password: 'temporary password 1' },
        change: { status: 'disabled' },
        del: false,
      },
      {
        session: admin,
        role: 'admin',
        resource: 'settings',
        create: null,
        id: 'dsa_decision_target_hours',
        change: { value: 48 },
        del: false,
      },
    ];
    for (const c of cases) {
      let record: Record<string, unknown>;
      if (c.create) {
        const created = await auditedWrite(c.session, `/api/${c.resource}`, json('POST', c.create), 201);
        expectActor(created.entry, c.role);
        expect(created.entry).toMatchObject({ action: `${c.resource}.create`, entity: c.resource, entity_id: String(created.body.id) });
        record = created.body;
      } else {
        record = await (await c.session(`/api/${c.resource}/${c.id}`)).json();
      }
      const updated = await auditedWrite(c.session, `/api/${c.resource}/${record.id}`, json('PUT', { ...record, ...c.change }));
      expect(updated.entry.action).toBe(`${c.resource}.update`);
      expect(Object.keys(parse(updated.entry.after))).toEqual(Object.keys(c.change));
      expect(parse(updated.entry.after)).toEqual(c.change);
      if (c.del) {
        const deleted = await auditedWrite(c.session, `/api/${c.resource}/${record.id}`, { method: 'DELETE' });
        expect(deleted.entry).toMatchObject({ action: `${c.resource}.delete`, entity_id: String(record.id), after: null });
      }
    }
  });

  test('a staff password is redacted in the audit log and no hash is ever written there', async () => {
    const { entry, body } = await auditedWrite(
      admin,
      '/api/staff',
      json('POST', { email: 'newbie@test.kolet', name: 'Newbie', roles: ['finance'], password: 'the secret pass phrase' }),
      201,
    );
    expect(parse(entry.after)).toMatchObject({ email: 'newbie@test.kolet', password: '[redacted]' });
    const { entry: reset } = await auditedWrite(
      admin,
      `/api/staff/${body.id}`,
      json('PUT', { ...body, password: 'another secret phrase' }),
    );
    expect(parse(reset.after)).toEqual({ password: '[redacted]' });
    const leaks = await server
      .db('audit_log')
      .where('after', 'like', '%secret%')
      .orWhere('after', 'like', '%scrypt$%')
      .orWhere('before', 'like', '%scrypt$%');
    expect(leaks).toEqual([]);
  });

  test('a refused write (stale version, bad input, forbidden) writes no audit entry', async () => {
    const before = await countRows(server.db, 'audit_log');
    const country = await (await catalog('/api/countries/ES')).json();
    for (const [session, p, init, status] of [
      [catalog, '/api/countries/ES', json('PUT', { ...country, version: country.version - 1, name: 'Stale' }), 409],
      [catalog, '/api/countries', json('POST', { id: 'E1', name: 'Bad' }), 400],
      [support, '/api/countries/ES', { method: 'DELETE' }, 403],
      [catalog, '/api/countries/ZZ', { method: 'DELETE' }, 404],
    ] as const) {
      expect((await session(p, init)).status).toBe(status);
    }
    expect(await countRows(server.db, 'audit_log')).toBe(before);
  });

  test('keeps a well-formed caller X-Request-Id and records the forwarded client ip behind a loopback proxy', async () => {
    const current = await (await catalog('/api/countries/ES')).json();
    const res = await catalog(
      '/api/countries/ES',
      json('PUT', { ...current, available: false }, { 'x-request-id': 'trace-abc-12345678', 'x-forwarded-for': '203.0.113.7' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-abc-12345678');
    const [entry] = await byRequest('trace-abc-12345678');
    expect(entry).toMatchObject({ action: 'countries.update', ip: '203.0.113.7' });
    const bad = await catalog('/api/countries/ES', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(bad.headers.get('x-request-id')).not.toBe('bad id with spaces');
  });

  test('admins read the audit log through the API, filtered', async () => {
    const res = await admin(
      `/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ action: 'countries.update', entityId: 'ES' }))}&sort=["id","ASC"]`,
    );
    expect(res.status).toBe(200);
    const entries = await res.json();
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(entries[0]).toMatchObject({
      action: 'countries.update',
      entity: 'countries',
      entityId: 'ES',
      actorEmail: STAFF_BY_ROLE.catalog,
      before: { name: 'Spain' },
      after: { name: 'España' },
    });
  });
});

describe('sign-in', () => {
  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1', ...headers },
      body: JSON.stringify({ email, password }),
    });

  test('a login writes auth.login with the staff member, request id and ip', async () => {
    const res = await login(STAFF_BY_ROLE.moderator, TEST_PASSWORD);
    expect(res.status).toBe(200);
    const [entry] = await byRequest(res.headers.get('x-request-id')!);
    expect(entry).toMatchObject({
      action: 'auth.login',
      entity: 'staff',
      entity_id: String(staffId.moderator),
      actor_kind: 'staff',
      actor_id: staffId.moderator,
      actor_email: STAFF_BY_ROLE.moderator,
      outcome: 'success',
    });
    expect(parse(entry!.actor_roles)).toEqual(['moderator']);
    expect(isLoopback(entry!.ip)).toBe(true);
  });

  test('a failed login writes auth.login_failed with the reason, and never the password', async () => {
    const wrong = await login(STAFF_BY_ROLE.finance, 'not the password');
    expect(wrong.status).toBe(401);
    const [entry] = await byRequest(wrong.headers.get('x-request-id')!);
    expect(entry).toMatchObject({
      action: 'auth.login_failed',
      outcome: 'failure',
      reason: 'wrong_password',
      actor_kind: 'public',
      entity: 'staff',
      entity_id: String(staffId.finance),
    });
    expect(parse(entry!.after)).toEqual({ email: STAFF_BY_ROLE.finance });
    expect(isLoopback(entry!.ip)).toBe(true);

    const unknown = await login('nobody@test.kolet', 'whatever it is', { 'x-forwarded-for': '198.51.100.23' });
    expect(unknown.status).toBe(401);
    const [u] = await byRequest(unknown.headers.get('x-request-id')!);
    expect(u).toMatchObject({ action: 'auth.login_failed', reason: 'unknown_email', entity_id: null, ip: '198.51.100.23' });
    expect(await server.db('audit_log').where('after', 'like', '%not the password%').orWhere('after', 'like', '%whatever it is%')).toEqual(
      [],
    );
  });

  test('a logout writes auth.logout', async () => {
    const session = await server.login('support');
    const res = await session('/api/auth/logout', { method: 'POST' });
    expect(res.status).toBe(204);
    const [entry] = await byRequest(res.headers.get('x-request-id')!);
    expect(entry).toMatchObject({ action: 'auth.logout', actor_id: staffId.support, actor_email: STAFF_BY_ROLE.support });
  });
});

describe('hash chain', () => {
  test('the chain verifies, through the function and the admin endpoint', async () => {
    const total = await countRows(server.db, 'audit_log');
    expect(total).toBeGreaterThan(20);
    expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true, checked: total, firstBrokenId: null });
    expect(await verifyAuditChain(server.db, 7)).toMatchObject({ ok: true, checked: total }); // across batches
    const res = await admin('/api/audit-log/verify');
    expect(await res.json()).toMatchObject({ ok: true, checked: total + 0, firstBrokenId: null });
    const rows: AuditRow[] = await server.db('audit_log').orderBy('id');
    for (const [i, row] of rows.entries()) {
      expect(row.prev_hash).toBe(i === 0 ? '0'.repeat(64) : rows[i - 1]!.hash);
    }
  });

  describe('tampering', () => {
    async function withoutTriggers(fn: () => Promise<void>) {
      await dropAppendOnly(server.db, 'audit_log');
      try {
        await fn();
      } finally {
        await makeAppendOnly(server.db, 'audit_log');
      }
    }
    const cli = async (): Promise<{ code: number; stdout: string }> => {
      try {
        const { stdout } = await run(path.join(ROOT, 'node_modules/.bin/tsx'), ['server/cli/audit-verify.ts'], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: server.url },
        });
        return { code: 0, stdout };
      } catch (err) {
        const e = err as { code: number; stdout: string };
        return { code: e.code, stdout: e.stdout };
      }
    };

    test('an edited entry is found by verifyAuditChain, the endpoint and the CLI (exit 1, id printed)', async () => {
      const target: AuditRow = await server.db('audit_log').where({ action: 'countries.update' }).orderBy('id').first();
      await withoutTriggers(async () => {
        await server
          .db('audit_log')
          .where({ id: target.id })
          .update({ after: JSON.stringify({ name: 'Forged' }) });
      });
      const verdict = await verifyAuditChain(server.db);
      expect(verdict).toMatchObject({ ok: false, firstBrokenId: target.id });
      expect(verdict.checked).toBe(target.id - 1);
      expect(await (await admin('/api/audit-log/verify')).json()).toMatchObject({ ok: false, firstBrokenId: target.id });

      const broken = await cli();
      expect(broken.code).toBe(1);
      expect(broken.stdout).toContain(`entry ${target.id}`);

      await withoutTriggers(async () => {
        await server.db('audit_log').where({ id: target.id }).update({ after: target.after });
      });
      expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true });
      const intact = await cli();
      expect(intact.code).toBe(0);
      expect(intact.stdout).toMatch(/intact/);
    });

    test('an entry forged together with its own hash breaks the link of the next one', async () => {
      const rows: AuditRow[] = await server.db('audit_log').orderBy('id').limit(6);
      const victim = rows[3]!;
      const forged = { ...victim, at: new Date(victim.at as string).toISOString(), reason: 'nothing to see' };
      const rehashed = entryHash(victim.prev_hash, forged);
      await withoutTriggers(async () => {
        await server.db('audit_log').where({ id: victim.id }).update({ reason: 'nothing to see', hash: rehashed });
      });
      expect(await verifyAuditChain(server.db)).toMatchObject({ ok: false, firstBrokenId: rows[4]!.id });
      await withoutTriggers(async () => {
        await server.db('audit_log').where({ id: victim.id }).update({ reason: victim.reason, hash: victim.hash });
      });
      expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true });
    });

    test('a deleted entry breaks the chain at the entry after it', async () => {
      const rows: AuditRow[] = await server.db('audit_log').orderBy('id').limit(4);
      await withoutTriggers(async () => {
        await server.db('audit_log').where({ id: rows[2]!.id }).delete();
      });
      expect(await verifyAuditChain(server.db)).toMatchObject({ ok: false, firstBrokenId: rows[3]!.id });
      await withoutTriggers(async () => {
        await server.db('audit_log').insert(rows[2]!);
      });
      expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true });
    });
  });
});

describe('append-only at the database', () => {
  async function expectRefused(sql: string, bindings: (string | number)[] = []) {
    await expect(server.db.raw(sql, bindings), sql).rejects.toThrow(/append-only/);
  }

  test('UPDATE and DELETE on audit_log fail, whatever the WHERE', async () => {
    const before = await countRows(server.db, 'audit_log');
    const first: AuditRow = await server.db('audit_log').orderBy('id').first();
    await expectRefused('UPDATE audit_log SET reason = ? WHERE id = ?', ['edited', first.id]);
    await expectRefused('UPDATE audit_log SET actor_email = ?', ['someone@else']);
    await expectRefused('DELETE FROM audit_log WHERE id = ?', [first.id]);
    await expectRefused('DELETE FROM audit_log');
    if (engine() === 'postgres') await expectRefused('TRUNCATE audit_log');
    expect(await countRows(server.db, 'audit_log')).toBe(before);
    expect(await server.db('audit_log').where({ id: first.id }).first()).toEqual(first);
  });

  test('UPDATE and DELETE on data_ledger fail; INSERT works', async () => {
    const accountPlanId = await insertAccountPlan(server.db, await insertAccount(server.db));
    await server.db('data_ledger').insert({
      account_plan_id: accountPlanId,
      kind: 'purchase',
      delta_mb: 5120,
      balance_after_mb: 5120,
      actor_kind: 'system',
      created_at: new Date().toISOString(),
    });
    const entry = await server.db('data_ledger').where({ account_plan_id: accountPlanId }).first();
    await expectRefused('UPDATE data_ledger SET delta_mb = ? WHERE id = ?', [99_999, entry.id]);
    await expectRefused('DELETE FROM data_ledger WHERE id = ?', [entry.id]);
    if (engine() === 'postgres') await expectRefused('TRUNCATE data_ledger CASCADE');
    expect(await server.db('data_ledger').where({ id: entry.id }).first()).toEqual(entry);
  });

  test('UPDATE and DELETE on statements_of_reasons fail', async () => {
    await server.db('statements_of_reasons').insert({
      puid: 'test-sor-1',
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      content_type: '["CONTENT_TYPE_TEXT"]',
      category: 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE',
      territorial_scope: '["FR"]',
      content_date: '2024-01-01',
      application_date: '2024-01-02',
      decision_facts: 'facts',
      source_type: 'SOURCE_VOLUNTARY',
      automated_detection: false,
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
      created_at: new Date().toISOString(),
    });
    await expectRefused('UPDATE statements_of_reasons SET decision_facts = ? WHERE puid = ?', ['rewritten', 'test-sor-1']);
    await expectRefused('DELETE FROM statements_of_reasons WHERE puid = ?', ['test-sor-1']);
    expect((await server.db('statements_of_reasons').where({ puid: 'test-sor-1' }).first()).decision_facts).toBe('facts');
  });

  test('the chain still verifies after every refused rewrite', async () => {
    expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true });
  });
});
