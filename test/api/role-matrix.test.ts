// Role × resource × verb, checked on the running server against the table written
// from docs/PRODUCT.md §1 in ./spec-access.ts (never derived from permissions.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.ts';
import { ACTIONS } from '../../server/actions/index.ts';
import { RESOURCES } from '../../server/domain/permissions.ts';
import { TEST_PASSWORD, startTestServer, type SessionFetch } from '../support/server.ts';
import { ROLE_NAMES, SPEC_ACCESS, SPEC_ACTIONS, VERB_NAMES, expected, mayAct, type RoleName, type VerbName } from './spec-access.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
const sessions = {} as Record<RoleName, SessionFetch>;

// Ids that exist nowhere: an allowed read/update/delete then answers 404/400, never a change.
const MISSING_ID: Record<string, string> = { countries: 'ZZ', settings: 'no_such_setting' };
const missingId = (resource: string) => MISSING_ID[resource] ?? '999999';

function request(resource: string, verb: VerbName): { path: string; init: RequestInit } {
  const id = missingId(resource);
  switch (verb) {
    case 'list':
      return { path: `/api/${resource}`, init: {} };
    case 'getOne':
      return { path: `/api/${resource}/${id}`, init: {} };
    case 'create':
      return { path: `/api/${resource}`, init: { method: 'POST', body: '{}' } };
    case 'update':
      return { path: `/api/${resource}/${id}`, init: { method: 'PUT', body: '{}' } };
    case 'delete':
      return { path: `/api/${resource}/${id}`, init: { method: 'DELETE' } };
  }
}

/** What an allowed call answers with a missing id or an empty body: the role passed, the input did not. */
const ALLOWED_STATUS: Record<VerbName, number> = { list: 200, getOne: 404, create: 400, update: 400, delete: 404 };

/** A caller without a session, but with the CSRF header, so that only authentication is in question. */
const anonymous = (path: string, init: RequestInit = {}) =>
  fetch(`${server.baseUrl}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1', ...(init.headers as Record<string, string>) },
  });

beforeAll(async () => {
  server = await startTestServer();
  for (const role of ROLE_NAMES) sessions[role] = await server.login(role);
});

afterAll(async () => {
  await server?.close();
});

test('the docs/PRODUCT.md table covers exactly the resources the server serves', () => {
  expect(Object.keys(SPEC_ACCESS).sort()).toEqual([...RESOURCES].sort());
});

describe.each(ROLE_NAMES)('as %s', (role) => {
  test.each([...RESOURCES])('%s: every verb answers what docs/PRODUCT.md §1 says', async (resource) => {
    const got: Record<string, number> = {};
    const want: Record<string, number | string> = {};
    await Promise.all(
      VERB_NAMES.map(async (verb) => {
        const { path, init } = request(resource, verb);
        const res = await sessions[role](path, init);
        const body = (await res.json()) as { code?: string; message?: string };
        const e = expected(resource, verb, role);
        got[verb] = res.status;
        want[verb] = e === 'allowed' ? ALLOWED_STATUS[verb] : e === 'forbidden' ? 403 : 405;
        if (e === 'forbidden') expect(body.code, `${role} ${verb} ${resource}`).toBe('forbidden');
        if (e === 'not_offered') expect(body.code, `${role} ${verb} ${resource}`).toBe('method_not_allowed');
        if (e === 'allowed' && verb === 'list') {
          expect(Array.isArray(body)).toBe(true);
          expect(res.headers.get('content-range')).toMatch(new RegExp(`^${resource} `));
        }
      }),
    );
    expect(got).toEqual(want);
  });
});

describe('without a session', () => {
  test.each([...RESOURCES])('%s: every verb answers 401', async (resource) => {
    await Promise.all(
      VERB_NAMES.map(async (verb) => {
        const { path, init } = request(resource, verb);
        const res = await anonymous(path, init);
        expect(res.status, `${verb} ${resource}`).toBe(401);
        expect(await res.json()).toMatchObject({ code: 'unauthenticated' });
      }),
    );
  });

  test('actions, audit verification, me and unknown endpoints answer 401', async () => {
    for (const [path, method] of [
      ['/api/messages/1/retry', 'POST'],
      ['/api/audit-log/verify', 'GET'],
      ['/api/auth/me', 'GET'],
      ['/api/no-such-thing', 'GET'],
      ['/api/no-such-thing/1/act', 'POST'],
    ] as const) {
      const res = await anonymous(path, { method, body: method === 'POST' ? '{}' : undefined });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });
});

describe('actions and special endpoints', () => {
  test('POST /api/messages/:id/retry is for support and admin only', async () => {
    for (const role of ROLE_NAMES) {
      const res = await sessions[role]('/api/messages/999999/retry', { method: 'POST', body: '{}' });
      const allowed = role === 'support' || role === 'admin';
      expect(res.status, role).toBe(allowed ? 404 : 403); // allowed: the role passed, the message does not exist
    }
  });

  const offered = ACTIONS.map((a) => `${a.resource}/${a.name}`);
  // Collection actions (e.g. a bulk price change) act on a selection: POST /api/<resource>/<name>.
  const onCollection = new Set(ACTIONS.filter((a) => a.collection).map((a) => `${a.resource}/${a.name}`));

  test('every action the server offers is one docs/PRODUCT.md names', () => {
    expect(offered.filter((a) => !(a in SPEC_ACTIONS))).toEqual([]);
  });

  test.each(offered)(
    'POST /api/%s is refused (403) to the roles docs/PRODUCT.md does not give it, and 401 without a session',
    async (action) => {
      const [resource, name] = action.split('/');
      const path = onCollection.has(action) ? `/api/${resource}/${name}` : `/api/${resource}/999999/${name}`;
      for (const role of ROLE_NAMES) {
        const res = await sessions[role](path, { method: 'POST', body: '{}', headers: { 'idempotency-key': `matrix-${role}-${action}` } });
        const body = await res.json();
        if (mayAct(action, role)) {
          expect([401, 403, 405], `${role} ${action}: ${JSON.stringify(body)}`).not.toContain(res.status);
          expect(res.status, `${role} ${action}`).toBeLessThan(500);
        } else {
          expect([res.status, body.code], `${role} ${action}`).toEqual([403, 'forbidden']);
        }
      }
      expect((await anonymous(path, { method: 'POST', body: '{}' })).status).toBe(401);
    },
  );

  test('GET /api/audit-log/verify is for admin only', async () => {
    for (const role of ROLE_NAMES) {
      const res = await sessions[role]('/api/audit-log/verify');
      expect(res.status, role).toBe(role === 'admin' ? 200 : 403);
      if (role === 'admin') expect(await res.json()).toMatchObject({ ok: true, firstBrokenId: null });
    }
  });

  test('an unknown resource or action is 404 for a signed-in caller', async () => {
    expect((await sessions.admin('/api/no-such-thing')).status).toBe(404);
    expect((await sessions.admin('/api/messages/1/explode', { method: 'POST', body: '{}' })).status).toBe(404);
  });

  test('a staff member holding several roles gets the union of their rights, and no more', async () => {
    const now = new Date().toISOString();
    await server.db('staff').insert({
      email: 'two-hats@test.kolet',
      name: 'Two hats',
      roles: JSON.stringify(['support', 'catalog']),
      password_hash: await hashPassword(TEST_PASSWORD),
      status: 'active',
      created_at: now,
      updated_at: now,
      version: 1,
    });
    const both = await server.login('two-hats@test.kolet');
    expect((await both('/api/transfers')).status).toBe(200); // support
    expect((await both('/api/plans', { method: 'POST', body: '{}' })).status).toBe(400); // catalog: allowed, body refused
    expect((await both('/api/messages/999999/retry', { method: 'POST', body: '{}' })).status).toBe(404); // support's action
    expect((await both('/api/refunds/999999')).status).toBe(404); // support reads refunds
    expect((await both('/api/promo-codes', { method: 'POST', body: '{}' })).status).toBe(403); // finance only
    expect((await both('/api/audit-log')).status).toBe(403);
    expect((await both('/api/dsa-notices')).status).toBe(403);
  });

  test('the matrix wrote nothing but the sign-ins to the audit log', async () => {
    const written = await server.db('audit_log').whereNot('action', 'like', 'auth.%').count({ n: '*' }).first();
    expect(Number((written as { n: number }).n)).toBe(0);
  });
});
