// Staff authentication (SPEC §3 "Staff auth", §1 "every API call checks the role on the
// server"): session cookie, me, logout, lockout after failures, idle timeout, CSRF, and
// passwords stored only as scrypt hashes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword, sha256Hex, verifyPassword } from '../../server/auth/passwords.ts';
import { countRows } from '../support/fixtures.ts';
import { STAFF_BY_ROLE, TEST_PASSWORD, sessionFetch, startTestServer } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1', ...headers }, body: JSON.stringify({ email, password }) });
const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;

beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

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
    expect(body).toEqual({ id: expect.any(Number), email: STAFF_BY_ROLE.support, name: 'support tester', roles: ['support'] });
  });

  test('the cookie is also Secure when SECURE_COOKIES is on (production default)', async () => {
    const secure = await startTestServer({ SECURE_COOKIES: 'true' });
    try {
      const res = await fetch(`${secure.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1' }, body: JSON.stringify({ email: STAFF_BY_ROLE.admin, password: TEST_PASSWORD }) });
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
    const sessionRow = await server.db('sessions').where({ id: sha256Hex(decodeURIComponent(session.cookie.split('=')[1]!)) }).first();
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

  test('5 failures lock the login out with 429, even with the right password; other logins are unaffected', async () => {
    const email = STAFF_BY_ROLE.finance;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(email, `wrong password ${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const right = await login(email, TEST_PASSWORD);
    expect(right.status).toBe(429);
    expect(await right.json()).toMatchObject({ code: 'too_many_attempts' });
    expect(right.headers.get('set-cookie')).toBeNull();
    expect((await login(STAFF_BY_ROLE.catalog, TEST_PASSWORD)).status).toBe(200);
    // Once the lockout has passed, the right password works again and clears the count.
    await server.db('login_throttle').where({ key: email }).update({ locked_until: new Date(Date.now() - 1000).toISOString() });
    expect((await login(email, TEST_PASSWORD)).status).toBe(200);
    expect(await countRows(server.db, 'login_throttle', { key: email })).toBe(0);
  });

  test('parallel guesses cannot get past the limit: 12 at once check at most 5 passwords', async () => {
    const email = STAFF_BY_ROLE.catalog;
    const auditBefore = await countRows(server.db, 'audit_log', { action: 'auth.login_failed', reason: 'wrong_password' });
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => login(email, `parallel guess ${i}`)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(4).fill(401), ...Array(8).fill(429)]);
    expect(await countRows(server.db, 'audit_log', { action: 'auth.login_failed', reason: 'wrong_password' })).toBe(auditBefore + 5);
    expect((await server.db('login_throttle').where({ key: email }).first()).failures).toBe(5);
    expect((await login(email, TEST_PASSWORD)).status).toBe(429);
    await server.db('login_throttle').where({ key: email }).delete();
  });

  test('failures are counted per e-mail however it is typed', async () => {
    for (let i = 0; i < 5; i++) await login(i % 2 ? 'MODERATOR@test.kolet' : ' moderator@test.kolet', 'wrong wrong');
    expect((await login(STAFF_BY_ROLE.moderator, TEST_PASSWORD)).status).toBe(429);
  });

  test('a disabled staff member cannot sign in, and their open session ends', async () => {
    const session = await server.login('admin');
    const now = new Date().toISOString();
    await server.db('staff').insert({ email: 'leaver@test.kolet', name: 'Leaver', roles: '["support"]', password_hash: (await server.db('staff').first('password_hash')).password_hash, status: 'active', created_at: now, updated_at: now, version: 1 });
    const leaver = await server.login('leaver@test.kolet');
    expect((await leaver('/api/auth/me')).status).toBe(200);
    const record = await (await session('/api/staff?filter={"email":"leaver@test.kolet"}')).json();
    expect((await session(`/api/staff/${record[0].id}`, { method: 'PUT', body: JSON.stringify({ ...record[0], status: 'disabled' }) })).status).toBe(200);
    const me = await leaver('/api/auth/me');
    expect(me.status).toBe(401);
    expect(await me.json()).toMatchObject({ code: 'session_expired' });
    expect((await login('leaver@test.kolet', TEST_PASSWORD)).status).toBe(401);
  });
});

describe('idle timeout', () => {
  const tokenOf = (cookie: string) => sha256Hex(decodeURIComponent(cookie.split('=')[1]!));

  test('a session idle for 31 minutes is ended with 401 session_expired', async () => {
    const session = await server.login('support');
    await server.db('sessions').where({ id: tokenOf(session.cookie) }).update({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() });
    const res = await session('/api/auth/me');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'session_expired' });
    expect((await session('/api/auth/me')).status).toBe(401); // and it stays ended
  });

  test('a session used 29 minutes ago is still open, and the use is recorded', async () => {
    const session = await server.login('support');
    const twentyNine = new Date(Date.now() - 29 * 60_000);
    await server.db('sessions').where({ id: tokenOf(session.cookie) }).update({ last_seen_at: twentyNine.toISOString() });
    expect((await session('/api/auth/me')).status).toBe(200);
    const row = await server.db('sessions').where({ id: tokenOf(session.cookie) }).first();
    expect(new Date(row.last_seen_at).getTime()).toBeGreaterThan(twentyNine.getTime() + 28 * 60_000);
  });

  test('the idle limit follows the session_idle_minutes setting', async () => {
    const session = await server.login('support');
    await server.db('settings').where({ id: 'session_idle_minutes' }).update({ value: '60' });
    try {
      await server.db('sessions').where({ id: tokenOf(session.cookie) }).update({ last_seen_at: new Date(Date.now() - 45 * 60_000).toISOString() });
      expect((await session('/api/auth/me')).status).toBe(200);
    } finally {
      await server.db('settings').where({ id: 'session_idle_minutes' }).update({ value: '30' });
    }
  });
});

describe('CSRF', () => {
  test('a state-changing request without the x-kolet-csrf header is 403 csrf_rejected, and nothing is written', async () => {
    const session = await server.login('catalog');
    const plain = (path: string, init: RequestInit) => fetch(`${server.baseUrl}${path}`, { ...init, headers: { cookie: session.cookie, 'content-type': 'application/json' } });
    const auditBefore = await countRows(server.db, 'audit_log');
    for (const [method, path] of [['POST', '/api/countries'], ['PUT', '/api/countries/FR'], ['DELETE', '/api/countries/FR'], ['POST', '/api/auth/logout'], ['POST', '/api/messages/1/retry']] as const) {
      const res = await plain(path, { method, body: method === 'DELETE' ? undefined : JSON.stringify({ id: 'FR', name: 'France', region: 'Europe' }) });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'csrf_rejected' });
    }
    const wrongValue = await session('/api/countries', { method: 'POST', headers: { 'x-kolet-csrf': 'yes' }, body: JSON.stringify({ id: 'FR', name: 'France', region: 'Europe' }) });
    expect(wrongValue.status).toBe(403);
    expect(await countRows(server.db, 'countries')).toBe(0);
    expect(await countRows(server.db, 'audit_log')).toBe(auditBefore);
    expect((await session('/api/auth/me')).status).toBe(200); // the logout above did not happen
  });

  test('a login without the header is refused too (no login CSRF)', async () => {
    const res = await fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: STAFF_BY_ROLE.support, password: TEST_PASSWORD }) });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  test('a request from a foreign Origin is 403 csrf_rejected even with the header', async () => {
    const session = await server.login('catalog');
    const res = await session('/api/countries', { method: 'POST', headers: { origin: 'https://evil.example' }, body: JSON.stringify({ id: 'FR', name: 'France', region: 'Europe' }) });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'csrf_rejected' });
    expect(await countRows(server.db, 'countries')).toBe(0);
    const login403 = await login(STAFF_BY_ROLE.support, TEST_PASSWORD, { origin: 'https://evil.example' });
    expect(login403.status).toBe(403);
  });

  test('our own Origin and the configured console origin are accepted; reads need no header', async () => {
    const session = await server.login('catalog');
    const own = await session('/api/countries', { method: 'POST', headers: { origin: server.baseUrl }, body: JSON.stringify({ id: 'FR', name: 'France', region: 'Europe' }) });
    expect(own.status).toBe(201);
    const dev = await session('/api/countries', { method: 'POST', headers: { origin: 'http://localhost:5173' }, body: JSON.stringify({ id: 'DE', name: 'Germany', region: 'Europe' }) });
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
    const res = await admin('/api/staff', { method: 'POST', body: JSON.stringify({ email: 'hashed@test.kolet', name: 'Hashed', roles: ['catalog'], password }) });
    expect(res.status).toBe(201);
    const { password_hash: hash } = await server.db('staff').where({ email: 'hashed@test.kolet' }).first('password_hash');
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain(password);
    expect(await verifyPassword(password, hash)).toBe(true);
    expect(await verifyPassword('a brand new pass phrasE', hash)).toBe(false);
    expect((await login('hashed@test.kolet', password)).status).toBe(200);
    const short = await admin('/api/staff', { method: 'POST', body: JSON.stringify({ email: 'short@test.kolet', name: 'Short', roles: ['catalog'], password: 'too short' }) });
    expect(short.status).toBe(400);
    expect((await short.json()).errors).toHaveProperty(['password']);
  });
});
