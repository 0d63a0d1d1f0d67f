// Sessions and settings cached per process behind a generation stamp (issue 15): a kept session costs
// one tiny read a request, and a logout, a password change, a role change or a disabled account is
// seen at once, on the process that made the change and on another process over the same database.
import type { AddressInfo } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { loadConfig } from '../../server/config.ts';
import { openDatabase, readerOf, type Db } from '../../server/db/connection.ts';
import { createLogger } from '../../server/logger.ts';
import { sessionFetch, startTestServer, STAFF_BY_ROLE, TEST_PASSWORD, type SessionFetch } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
// A second API process: its own connections to the same database, its own caches.
let otherDb: Db;
let otherApp: ReturnType<typeof createApp>;
let otherHttp: HttpServer;
let otherBase: string;
let admin: SessionFetch;

beforeAll(async () => {
  server = await startTestServer();
  otherDb = openDatabase(server.url);
  otherApp = createApp(otherDb, { ...loadConfig({ NODE_ENV: 'test' }), logLevel: 'silent' }, createLogger('silent'));
  otherHttp = await new Promise((resolve) => {
    const s = otherApp.listen(0, '127.0.0.1', () => resolve(s));
  });
  otherBase = `http://127.0.0.1:${(otherHttp.address() as AddressInfo).port}`;
  admin = await server.login('admin');
});
afterAll(async () => {
  await new Promise<void>((r) => otherHttp.close(() => r()));
  await (otherApp.locals.close as () => Promise<void>)();
  await otherDb.destroy();
  await server?.close();
});

let n = 0;
/** A fresh staff member with `roles`, signed in on both processes (the same cookie). */
async function person(roles: string[]) {
  const email = `cache.${++n}@test.kolet`;
  const created = await admin('/api/staff', {
    method: 'POST',
    body: JSON.stringify({ email, name: `Cache ${n}`, roles, password: TEST_PASSWORD }),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  const here = await server.login(email);
  const there = sessionFetch(otherBase, here.cookie);
  // Both processes have checked (and kept) the session.
  expect((await here('/api/auth/me')).status).toBe(200);
  expect((await there('/api/auth/me')).status).toBe(200);
  return { id: (await created.json()).id as number, email, here, there };
}

/** Polls `call` until it answers 401; returns how long that took (ms). */
async function msUntil401(call: () => Promise<Response>): Promise<number> {
  const start = Date.now();
  for (;;) {
    if ((await call()).status === 401) return Date.now() - start;
    if (Date.now() - start > 3000) return Infinity;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a kept session', () => {
  test('costs one statement before the work (the stamp), not the session join and the settings read', async () => {
    const p = await person(['support']);
    const seen: string[] = [];
    const uids = new Set<string>();
    // A statement may be announced by more than one Knex instance (the reader shares the writer's events): counted once.
    const listen = (q: { sql: string; __knexQueryUid: string }) => {
      if (!uids.has(q.__knexQueryUid)) seen.push(q.sql);
      uids.add(q.__knexQueryUid);
    };
    const dbs = [...new Set([server.db, readerOf(server.db)])];
    for (const d of dbs) d.on('query', listen);
    try {
      for (let i = 0; i < 3; i++) expect((await p.here('/api/no-such-endpoint')).status).toBe(404);
    } finally {
      for (const d of dbs) d.removeListener('query', listen);
    }
    expect(seen, seen.join('\n')).toHaveLength(3);
    for (const sql of seen) expect(sql).toMatch(/cache_generation/);
  });
});

describe('revocation is immediate on this process and within one second on another', () => {
  test('logout', async () => {
    const p = await person(['support']);
    expect((await p.here('/api/auth/logout', { method: 'POST' })).status).toBeLessThan(300);
    expect((await p.here('/api/auth/me')).status).toBe(401);
    expect(await msUntil401(() => p.there('/api/auth/me'))).toBeLessThan(1000);
  });

  test('a password change ends the other sessions', async () => {
    const p = await person(['catalog']);
    const second = await server.login(p.email);
    const secondThere = sessionFetch(otherBase, second.cookie);
    expect((await secondThere('/api/auth/me')).status).toBe(200);
    const changed = await p.here('/api/auth/password', {
      method: 'POST',
      body: JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword: 'another long pass phrase' }),
    });
    expect(changed.status).toBe(200);
    expect((await second('/api/auth/me')).status).toBe(401);
    expect(await msUntil401(() => secondThere('/api/auth/me'))).toBeLessThan(1000);
    // The one that changed it stays signed in, on both processes.
    expect((await p.here('/api/auth/me')).status).toBe(200);
    expect((await p.there('/api/auth/me')).status).toBe(200);
  });

  test('a role change: the next request on either process has the new roles', async () => {
    const p = await person(['finance']);
    expect((await p.there('/api/refunds')).status).toBe(200);
    const record = await (await admin(`/api/staff/${p.id}`)).json();
    const res = await admin(`/api/staff/${p.id}`, { method: 'PUT', body: JSON.stringify({ ...record, roles: ['moderator'] }) });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await (await p.here('/api/auth/me')).json()).roles).toEqual(['moderator']);
    expect((await (await p.there('/api/auth/me')).json()).roles).toEqual(['moderator']);
    expect((await p.there('/api/refunds')).status).toBe(403);
  });

  test('a disabled account', async () => {
    const p = await person(['support']);
    const record = await (await admin(`/api/staff/${p.id}`)).json();
    const res = await admin(`/api/staff/${p.id}`, { method: 'PUT', body: JSON.stringify({ ...record, status: 'disabled' }) });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await p.here('/api/auth/me')).status).toBe(401);
    expect(await msUntil401(() => p.there('/api/auth/me'))).toBeLessThan(1000);
  });

  test('a change made by hand in SQL (no API process involved) is seen too: the stamp moves with the row', async () => {
    const p = await person(['support']);
    await otherDb('staff')
      .where({ id: p.id })
      .update({ password_hash: await hashPassword('a new pass phrase by hand'), status: 'disabled' });
    expect((await p.here('/api/auth/me')).status).toBe(401);
    expect((await p.there('/api/auth/me')).status).toBe(401);
  });

  test('the idle timeout setting: a change applies at the next request on both processes', async () => {
    const p = await person(['support']);
    // Last seen 10 minutes ago (a backdated session moves the stamp as well): fine under 30 minutes.
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
    await server.db('sessions').where({ staff_id: p.id }).update({ last_seen_at: tenMinutesAgo });
    expect((await p.there('/api/no-such-endpoint')).status).toBe(404);
    await server.db('sessions').where({ staff_id: p.id }).update({ last_seen_at: tenMinutesAgo });
    const setIdle = async (value: number) => {
      const current = await (await admin('/api/settings/session_idle_minutes')).json();
      const res = await admin('/api/settings/session_idle_minutes', { method: 'PUT', body: JSON.stringify({ ...current, value }) });
      expect(res.status, await res.clone().text()).toBe(200);
    };
    await setIdle(5);
    try {
      expect((await p.there('/api/auth/me')).status).toBe(401);
    } finally {
      await setIdle(30);
    }
  });
});

test('every role in STAFF_BY_ROLE still signs in (the cache does not keep a failed lookup)', async () => {
  for (const role of Object.keys(STAFF_BY_ROLE)) expect((await (await server.login(role))('/api/auth/me')).status).toBe(200);
});
