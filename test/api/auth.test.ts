// Staff authentication (docs/PRODUCT.md §3 "Staff auth", §1 "every API call checks the role on the
// server"): session cookie, me, logout, lockout after failures, idle timeout, CSRF, and
// passwords stored only as scrypt hashes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword, sha256Hex, verifyPassword } from '../../server/auth/passwords.ts';
import { countRows } from '../support/fixtures.ts';
import { STAFF_BY_ROLE, TEST_PASSWORD, sessionFetch, startTestServer } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1', ...headers },
    body: JSON.stringify({ email, password }),
  });
const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;

// Behind a proxy on this machine (TRUST_PROXY=loopback): each test's X-Forwarded-For is its client address.
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: 'loopback' });
});
afterAll(async () => {
  await server?.close();
});

describe('sign-in and session', () => {
  test('login sets an httpOnly, SameSite=Strict session cookie and answers who signed in', async () => {
    const res = await login(STAFF_BY_ROLE.support, TEST_PASSWORD);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^kolet_session=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Strict/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
    const body = await res.json();
    expect(body).toEqual({
      id: expect.any(Number),
      email: STAFF_BY_ROLE.support,
      name: 'support tester',
      roles: ['support'],
      twoFactorEnabled: false,
    });
  });

  test('the cookie is also Secure when SECURE_COOKIES is on (production default)', async () => {
    const secure = await startTestServer({ SECURE_COOKIES: 'true' });
    try {
      const res = await fetch(`${secure.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1' },
        body: JSON.stringify({ email: STAFF_BY_ROLE.admin, password: TEST_PASSWORD }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
      expect(res.headers.get('set-cookie')).toMatch(/;\s*HttpOnly/i);
    } finally {
      await secure.close();
    }
  });

  test('the e-mail is compared after trimming and lower-casing', async () => {
    const res = await login('  Support@TEST.kolet ', TEST_PASSWORD);
    expect(res.status).toBe(200);
  });

  test('the session token is stored only as its SHA-256 digest', async () => {
    const res = await login(STAFF_BY_ROLE.finance, TEST_PASSWORD);
    const token = decodeURIComponent(cookieOf(res).split('=')[1]!);
    expect(await countRows(server.db, 'sessions', { id: token })).toBe(0);
    expect(await countRows(server.db, 'sessions', { id: sha256Hex(token) })).toBe(1);
  });

  test('me answers the signed-in staff member; without a session it is 401', async () => {
    const session = await server.login('catalog');
    const me = await session('/api/auth/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: STAFF_BY_ROLE.catalog, roles: ['catalog'] });
    const anonymous = await fetch(`${server.baseUrl}/api/auth/me`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'unauthenticated' });
    const forged = sessionFetch(server.baseUrl, 'kolet_session=not-a-real-token');
    expect((await forged('/api/auth/me')).status).toBe(401);
  });

  test('logout ends the session: the same cookie is refused afterwards', async () => {
    const session = await server.login('moderator');
    expect((await session('/api/auth/me')).status).toBe(200);
    const out = await session('/api/auth/logout', { method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/kolet_session=;.*Expires=Thu, 01 Jan 1970/i);
    const after = await session('/api/auth/me');
    expect(after.status).toBe(401);
    expect((await session('/api/reviews')).status).toBe(401);
    const sessionRow = await server
      .db('sessions')
      .where({ id: sha256Hex(decodeURIComponent(session.cookie.split('=')[1]!)) })
      .first();
    expect(sessionRow.revoked_at).toBeTruthy();
  });
});

describe('failed logins', () => {
  test('a wrong password is 401, the same answer as an unknown e-mail', async () => {
    const wrong = await login(STAFF_BY_ROLE.admin, 'not the password');
    expect(wrong.status).toBe(401);
    const wrongBody = await wrong.json();
    expect(wrongBody).toMatchObject({ code: 'invalid_credentials' });
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const unknown = await login('nobody@test.kolet', 'not the password');
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual(wrongBody);
  });

  // Issue 13, observation 3: the lock-out was keyed on the e-mail alone, so anyone anywhere could lock the admin out.
  test('5 failures from one address make that login wait there, 1, 2, 4… minutes; the right password from elsewhere signs in', async () => {
    const email = STAFF_BY_ROLE.finance;
    const attacker = { 'x-forwarded-for': '203.0.113.10' };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(email, `wrong password ${i}`, attacker)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await login(email, TEST_PASSWORD, attacker);
    expect(right.status).toBe(429);
    expect(await right.json()).toMatchObject({ code: 'too_many_attempts' });
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(right.headers.get('set-cookie')).toBeNull();
    // The owner, from their own address, is not locked out.
    expect((await login(email, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.20' })).status).toBe(200);
    expect((await login(STAFF_BY_ROLE.catalog, TEST_PASSWORD, attacker)).status).toBe(200);
    // Each further failure doubles the wait: the 6th waits 2 minutes, the 7th 4.
    const key = `account:${email}|203.0.113.10`;
    for (const minutes of [2, 4]) {
      await server
        .db('login_throttle')
        .where({ key })
        .update({ locked_until: new Date(Date.now() - 1000).toISOString() });
      expect((await login(email, 'still guessing', attacker)).status).toBe(401);
      const wait = await login(email, TEST_PASSWORD, attacker);
      expect(Number(wait.headers.get('retry-after'))).toBeGreaterThan(minutes * 60 - 10);
      expect(Number(wait.headers.get('retry-after'))).toBeLessThanOrEqual(minutes * 60);
    }
    // The staff member was told once, when the waits began.
    const notices = await server.db('messages').where({ to_address: email, template: 'staff_sign_in_failures' });
    expect(notices).toHaveLength(1);
    expect(notices[0].body).toContain('203.0.113.10');
    // Once the wait is over, the right password works again and clears the count.
    await server
      .db('login_throttle')
      .where({ key })
      .update({ locked_until: new Date(Date.now() - 1000).toISOString() });
    expect((await login(email, TEST_PASSWORD, attacker)).status).toBe(200);
    expect(await countRows(server.db, 'login_throttle', { key })).toBe(0);
  });

  test('parallel guesses cannot get past the limit: 12 at once check at most 5 passwords', async () => {
    const email = STAFF_BY_ROLE.catalog;
    const from = { 'x-forwarded-for': '203.0.113.11' };
    const auditBefore = await countRows(server.db, 'audit_log', { action: 'auth.login_failed', reason: 'wrong_password' });
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => login(email, `parallel guess ${i}`, from)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
    expect(await countRows(server.db, 'audit_log', { action: 'auth.login_failed', reason: 'wrong_password' })).toBe(auditBefore + 5);
    expect(
      (
        await server
          .db('login_throttle')
          .where({ key: `account:${email}|203.0.113.11` })
          .first()
      ).failures,
    ).toBe(5);
    expect((await login(email, TEST_PASSWORD, from)).status).toBe(429);
  });

  test('one address failing on many logins waits too (login_max_failures_per_address), whatever the login', async () => {
    await server.db('settings').where({ id: 'login_max_failures_per_address' }).update({ value: '8' });
    try {
      const from = { 'x-forwarded-for': '203.0.113.12' };
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) statuses.push((await login(`sprayed${i}@test.kolet`, 'Winter2026!', from)).status);
      expect(statuses).toEqual([...Array(8).fill(401), 429]);
      const right = await login(STAFF_BY_ROLE.support, TEST_PASSWORD, from);
      expect(right.status).toBe(429);
      expect((await right.json()).message).toMatch(/from your address/);
      expect((await login(STAFF_BY_ROLE.support, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.13' })).status).toBe(200);
    } finally {
      await server.db('settings').where({ id: 'login_max_failures_per_address' }).update({ value: '30' });
    }
  });

  test('failures are counted per e-mail however it is typed', async () => {
    const from = { 'x-forwarded-for': '203.0.113.14' };
    for (let i = 0; i < 5; i++) await login(i % 2 ? 'MODERATOR@test.kolet' : ' moderator@test.kolet', 'wrong wrong', from);
    expect((await login(STAFF_BY_ROLE.moderator, TEST_PASSWORD, from)).status).toBe(429);
  });

  test('an admin unlocks a login at every address (POST /api/staff/:id/unlock, audited)', async () => {
    const email = STAFF_BY_ROLE.support;
    for (const ip of ['203.0.113.15', '203.0.113.16'])
      for (let i = 0; i < 5; i++) await login(email, 'wrong wrong', { 'x-forwarded-for': ip });
    expect((await login(email, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.15' })).status).toBe(429);
    const admin = await server.login('admin');
    const id = (await server.db('staff').where({ email }).first('id')).id;
    expect((await admin(`/api/staff/${id}/unlock`, { method: 'POST', body: JSON.stringify({}) })).status).toBe(400);
    const unlock = await admin(`/api/staff/${id}/unlock`, {
      method: 'POST',
      body: JSON.stringify({ reason: 'Forgot the new password, confirmed by phone' }),
    });
    expect(unlock.status).toBe(200);
    const unlocked = await unlock.json();
    expect(unlocked).toMatchObject({ id });
    expect(unlocked.countersCleared).toBeGreaterThanOrEqual(2);
    expect(await countRows(server.db, 'login_throttle', { key: `account:${email}|203.0.113.16` })).toBe(0);
    expect((await login(email, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.15' })).status).toBe(200);
    expect(
      await server
        .db('audit_log')
        .where({ action: 'staff.unlock', entity_id: String(id) })
        .first(),
    ).toMatchObject({ reason: 'Forgot the new password, confirmed by phone' });
    const support = await server.login('support');
    expect((await support(`/api/staff/${id}/unlock`, { method: 'POST', body: JSON.stringify({ reason: 'trying my luck' }) })).status).toBe(
      403,
    );
  });

  test('a disabled staff member cannot sign in, and their open session ends', async () => {
    const session = await server.login('admin');
    const now = new Date().toISOString();
    await server.db('staff').insert({
      email: 'leaver@test.kolet',
      name: 'Leaver',
      roles: '["support"]',
      password_hash: (await server.db('staff').first('password_hash')).password_hash,
      status: 'active',
      created_at: now,
      updated_at: now,
      version: 1,
    });
    const leaver = await server.login('leaver@test.kolet');
    expect((await leaver('/api/auth/me')).status).toBe(200);
    const record = await (await session('/api/staff?filter={"email":"leaver@test.kolet"}')).json();
    expect(
      (await session(`/api/staff/${record[0].id}`, { method: 'PUT', body: JSON.stringify({ ...record[0], status: 'disabled' }) })).status,
    ).toBe(200);
    const me = await leaver('/api/auth/me');
    expect(me.status).toBe(401); // the session was ended with the account
    expect(await server.db('sessions').where({ staff_id: record[0].id }).whereNull('revoked_at')).toEqual([]);
    expect((await login('leaver@test.kolet', TEST_PASSWORD)).status).toBe(401);
  });
});

describe('idle timeout', () => {
  const tokenOf = (cookie: string) => sha256Hex(decodeURIComponent(cookie.split('=')[1]!));

  test('a session idle for 31 minutes is ended with 401 session_expired', async () => {
    const session = await server.login('support');
    await server
      .db('sessions')
      .where({ id: tokenOf(session.cookie) })
      .update({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() });
    const res = await session('/api/auth/me');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'session_expired' });
    expect((await session('/api/auth/me')).status).toBe(401); // and it stays ended
  });

  test('a session used 29 minutes ago is still open, and the use is recorded', async () => {
    const session = await server.login('support');
    const twentyNine = new Date(Date.now() - 29 * 60_000);
    await server
      .db('sessions')
      .where({ id: tokenOf(session.cookie) })
      .update({ last_seen_at: twentyNine.toISOString() });
    expect((await session('/api/auth/me')).status).toBe(200);
    const row = await server
      .db('sessions')
      .where({ id: tokenOf(session.cookie) })
      .first();
    expect(new Date(row.last_seen_at).getTime()).toBeGreaterThan(twentyNine.getTime() + 28 * 60_000);
  });

  test('the idle limit follows the session_idle_minutes setting', async () => {
    const session = await server.login('support');
    await server.db('settings').where({ id: 'session_idle_minutes' }).update({ value: '60' });
    try {
      await server
        .db('sessions')
        .where({ id: tokenOf(session.cookie) })
        .update({ last_seen_at: new Date(Date.now() - 45 * 60_000).toISOString() });
      expect((await session('/api/auth/me')).status).toBe(200);
    } finally {
      await server.db('settings').where({ id: 'session_idle_minutes' }).update({ value: '30' });
    }
  });
});

// Issue 13, observation 10: with a short idle timeout, last-seen was refreshed once a minute only, so active sessions ended too.
describe('an active session never ends for idleness', () => {
  const tokenOf = (cookie: string) => sha256Hex(decodeURIComponent(cookie.split('=')[1]!));
  /** Moves the session's clock: as if `seconds` had passed since its last request. */
  const wait = async (cookie: string, seconds: number) => {
    const row = await server
      .db('sessions')
      .where({ id: tokenOf(cookie) })
      .first('last_seen_at');
    await server
      .db('sessions')
      .where({ id: tokenOf(cookie) })
      .update({ last_seen_at: new Date(new Date(row.last_seen_at).getTime() - seconds * 1000).toISOString() });
  };

  test('with a 1-minute idle timeout, requests 50 seconds apart keep the session open, and 70 idle seconds end it', async () => {
    await server.db('settings').where({ id: 'session_idle_minutes' }).update({ value: '1' });
    try {
      const session = await server.login('support');
      for (let i = 0; i < 6; i++) {
        await wait(session.cookie, 50);
        expect((await session('/api/auth/me')).status, `request ${i + 1}, 50 s after the previous one`).toBe(200);
      }
      await wait(session.cookie, 70);
      const ended = await session('/api/auth/me');
      expect(ended.status).toBe(401);
      expect(await ended.json()).toMatchObject({ code: 'session_expired' });
    } finally {
      await server.db('settings').where({ id: 'session_idle_minutes' }).update({ value: '30' });
    }
  });

  test('requests close together write last-seen once: a read does not cost a write each time', async () => {
    const session = await server.login('support');
    const before = (
      await server
        .db('sessions')
        .where({ id: tokenOf(session.cookie) })
        .first('last_seen_at')
    ).last_seen_at;
    for (let i = 0; i < 3; i++) expect((await session('/api/auth/me')).status).toBe(200);
    expect(
      (
        await server
          .db('sessions')
          .where({ id: tokenOf(session.cookie) })
          .first('last_seen_at')
      ).last_seen_at,
    ).toEqual(before);
  });
});

// Issue 13, observation 4: after PUT /api/staff/:id {password}, the old cookie still worked.
describe("a new password ends the person's other sessions", () => {
  test('a reset by an admin ends every session of that person, and tells them', async () => {
    const first = await server.login('moderator');
    const second = await server.login('moderator');
    const admin = await server.login('admin');
    const [record] = await (
      await admin(`/api/staff?filter=${encodeURIComponent(JSON.stringify({ email: STAFF_BY_ROLE.moderator }))}`)
    ).json();
    const res = await admin(`/api/staff/${record.id}`, {
      method: 'PUT',
      body: JSON.stringify({ ...record, password: 'a fresh moderator password' }),
    });
    expect(res.status).toBe(200);
    expect((await first('/api/auth/me')).status).toBe(401);
    expect((await second('/api/auth/me')).status).toBe(401);
    expect((await admin('/api/auth/me')).status).toBe(200);
    expect(await countRows(server.db, 'messages', { to_address: STAFF_BY_ROLE.moderator, template: 'staff_password_changed' })).toBe(1);
    expect((await login(STAFF_BY_ROLE.moderator, 'a fresh moderator password')).status).toBe(200);
    await server
      .db('staff')
      .where({ id: record.id })
      .update({ password_hash: await hashPassword(TEST_PASSWORD) });
  });

  test('an admin resetting their own password keeps the session they did it from', async () => {
    const elsewhere = await server.login('admin');
    const admin = await server.login('admin');
    const [record] = await (await admin(`/api/staff?filter=${encodeURIComponent(JSON.stringify({ email: STAFF_BY_ROLE.admin }))}`)).json();
    expect(
      (await admin(`/api/staff/${record.id}`, { method: 'PUT', body: JSON.stringify({ ...record, password: TEST_PASSWORD }) })).status,
    ).toBe(200);
    expect((await admin('/api/auth/me')).status).toBe(200);
    expect((await elsewhere('/api/auth/me')).status).toBe(401);
  });

  test("changing one's own password (POST /api/auth/password) needs the current one and ends the other sessions", async () => {
    const other = await server.login('catalog');
    const session = await server.login('catalog');
    const wrong = await session('/api/auth/password', {
      method: 'POST',
      body: JSON.stringify({ currentPassword: 'not it at all', newPassword: 'another long pass phrase' }),
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: 'invalid_password' });
    const short = await session('/api/auth/password', {
      method: 'POST',
      body: JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword: 'short' }),
    });
    expect((await short.json()).errors).toHaveProperty(['newPassword']);
    const ok = await session('/api/auth/password', {
      method: 'POST',
      body: JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword: 'another long pass phrase' }),
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ otherSessionsEnded: expect.any(Number) });
    expect((await session('/api/auth/me')).status).toBe(200);
    expect((await other('/api/auth/me')).status).toBe(401);
    const audit = await server.db('audit_log').where({ action: 'auth.password_changed' }).orderBy('id', 'desc').first();
    expect(audit.after).not.toContain('another long pass phrase');
    await server
      .db('staff')
      .where({ email: STAFF_BY_ROLE.catalog })
      .update({ password_hash: await hashPassword(TEST_PASSWORD) });
  });
});

// Issue 13, observation 5: the last admin could remove their own admin role.
describe('the last active admin stays', () => {
  const staffRecord = async (session: Awaited<ReturnType<Server['login']>>, email: string) =>
    (await (await session(`/api/staff?filter=${encodeURIComponent(JSON.stringify({ email }))}`)).json())[0];

  test('the last active admin can neither demote nor disable themselves: 422 last_admin, nothing changed', async () => {
    const admin = await server.login('admin');
    const me = await staffRecord(admin, STAFF_BY_ROLE.admin);
    for (const change of [{ roles: ['support'] }, { status: 'disabled' }]) {
      const res = await admin(`/api/staff/${me.id}`, { method: 'PUT', body: JSON.stringify({ ...me, ...change }) });
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ code: 'last_admin' });
    }
    expect(await server.db('staff').where({ id: me.id }).first('roles', 'status', 'version')).toMatchObject({
      roles: '["admin"]',
      status: 'active',
      version: me.version,
    });
  });

  test('with a second admin, one may step down; two admins demoting each other at once: one succeeds', async () => {
    const admin = await server.login('admin');
    const created = await admin('/api/staff', {
      method: 'POST',
      body: JSON.stringify({ email: 'second.admin@test.kolet', name: 'Second admin', roles: ['admin'], password: TEST_PASSWORD }),
    });
    expect(created.status).toBe(201);
    const second = await server.login('second.admin@test.kolet');
    const a = await staffRecord(admin, STAFF_BY_ROLE.admin);
    const b = await staffRecord(admin, 'second.admin@test.kolet');
    const [ra, rb] = await Promise.all([
      admin(`/api/staff/${b.id}`, { method: 'PUT', body: JSON.stringify({ ...b, roles: ['support'] }) }),
      second(`/api/staff/${a.id}`, { method: 'PUT', body: JSON.stringify({ ...a, roles: ['support'] }) }),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([200, 422]);
    const admins = (await server.db('staff').where({ status: 'active' }).select('roles')).filter((r) =>
      JSON.parse(r.roles).includes('admin'),
    );
    expect(admins).toHaveLength(1);
    // Put things back: the original admin is admin again, the second one is disabled.
    await server.db('staff').where({ id: a.id }).update({ roles: '["admin"]' });
    await server.db('staff').where({ id: b.id }).update({ roles: '["admin"]', status: 'disabled' });
  });
});

describe('CSRF', () => {
  test('a state-changing request without the x-kolet-csrf header is 403 csrf_rejected, and nothing is written', async () => {
    const session = await server.login('catalog');
    const plain = (path: string, init: RequestInit) =>
      fetch(`${server.baseUrl}${path}`, { ...init, headers: { cookie: session.cookie, 'content-type': 'application/json' } });
    const auditBefore = await countRows(server.db, 'audit_log');
    for (const [method, path] of [
      ['POST', '/api/countries'],
      ['PUT', '/api/countries/FR'],
      ['DELETE', '/api/countries/FR'],
      ['POST', '/api/auth/logout'],
      ['POST', '/api/messages/1/retry'],
    ] as const) {
      const res = await plain(path, {
        method,
        body: method === 'DELETE' ? undefined : JSON.stringify({ id: 'FR', name: 'France', region: 'Europe' }),
      });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'csrf_rejected' });
    }
    const wrongValue = await session('/api/countries', {
      method: 'POST',
      headers: { 'x-kolet-csrf': 'yes' },
      body: JSON.stringify({ id: 'FR', name: 'France', region: 'Europe' }),
    });
    expect(wrongValue.status).toBe(403);
    expect(await countRows(server.db, 'countries')).toBe(0);
    expect(await countRows(server.db, 'audit_log')).toBe(auditBefore);
    expect((await session('/api/auth/me')).status).toBe(200); // the logout above did not happen
  });

  test('a login without the header is refused too (no login CSRF)', async () => {
    const res = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: STAFF_BY_ROLE.support, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  test('a request from a foreign Origin is 403 csrf_rejected even with the header', async () => {
    const session = await server.login('catalog');
    const res = await session('/api/countries', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: JSON.stringify({ id: 'FR', name: 'France', region: 'Europe' }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'csrf_rejected' });
    expect(await countRows(server.db, 'countries')).toBe(0);
    const login403 = await login(STAFF_BY_ROLE.support, TEST_PASSWORD, { origin: 'https://evil.example' });
    expect(login403.status).toBe(403);
  });

  test('our own Origin and the configured console origin are accepted; reads need no header', async () => {
    const session = await server.login('catalog');
    const own = await session('/api/countries', {
      method: 'POST',
      headers: { origin: server.baseUrl },
      body: JSON.stringify({ id: 'FR', name: 'France', region: 'Europe' }),
    });
    expect(own.status).toBe(201);
    const dev = await session('/api/countries', {
      method: 'POST',
      headers: { origin: 'http://localhost:5173' },
      body: JSON.stringify({ id: 'DE', name: 'Germany', region: 'Europe' }),
    });
    expect(dev.status).toBe(201);
    const read = await fetch(`${server.baseUrl}/api/countries`, { headers: { cookie: session.cookie } });
    expect(read.status).toBe(200);
  });
});

describe('password storage', () => {
  test('passwords are stored as scrypt hashes with their parameters, never in plain', async () => {
    const rows = await server.db('staff').select('email', 'password_hash');
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) {
      expect(r.password_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
      expect(r.password_hash).not.toContain(TEST_PASSWORD);
    }
    // Salted: the same password hashes differently each time, and both verify.
    const [h1, h2] = [await hashPassword(TEST_PASSWORD), await hashPassword(TEST_PASSWORD)];
    expect(h1).not.toBe(h2);
    expect(await verifyPassword(TEST_PASSWORD, h1)).toBe(true);
    expect(await verifyPassword(TEST_PASSWORD, h2)).toBe(true);
  });

  test('a password set through the API is hashed, verifies, and signs in', async () => {
    const admin = await server.login('admin');
    const password = 'a brand new pass phrase';
    const res = await admin('/api/staff', {
      method: 'POST',
      body: JSON.stringify({ email: 'hashed@test.kolet', name: 'Hashed', roles: ['catalog'], password }),
    });
    expect(res.status).toBe(201);
    const { password_hash: hash } = await server.db('staff').where({ email: 'hashed@test.kolet' }).first('password_hash');
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain(password);
    expect(await verifyPassword(password, hash)).toBe(true);
    expect(await verifyPassword('a brand new pass phrasE', hash)).toBe(false);
    expect((await login('hashed@test.kolet', password)).status).toBe(200);
    const short = await admin('/api/staff', {
      method: 'POST',
      body: JSON.stringify({ email: 'short@test.kolet', name: 'Short', roles: ['catalog'], password: 'too short' }),
    });
    expect(short.status).toBe(400);
    expect((await short.json()).errors).toHaveProperty(['password']);
  });
});
