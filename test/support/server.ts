import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp, type AppOptions } from '../../server/app.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { loadConfig } from '../../server/config.ts';
import type { Role } from '../../server/domain/enums.ts';
import { createLogger } from '../../server/logger.ts';
import { ensureDefaultSettings } from '../../server/settings.ts';
import { createTestDatabase } from './db.ts';

export const TEST_PASSWORD = 'correct horse battery';
export const STAFF_BY_ROLE: Record<Role, string> = {
  support: 'support@test.kolet',
  finance: 'finance@test.kolet',
  moderator: 'moderator@test.kolet',
  catalog: 'catalog@test.kolet',
  admin: 'admin@test.kolet',
};

/**
 * A real server on an ephemeral loopback port over a fresh database, with one staff member per role.
 * Two-factor sign-in is not required unless `twoFactorRequired` (the tests of other areas sign in with
 * a password; test/api/auth.test.ts and the 2FA tests keep the default setting).
 */
export async function startTestServer(env: Record<string, string> = {}, options: { twoFactorRequired?: boolean; app?: AppOptions } = {}) {
  const { db, url, drop } = await createTestDatabase();
  await ensureDefaultSettings(db);
  if (!options.twoFactorRequired) await db('settings').where({ id: 'two_factor_required_roles' }).update({ value: '[]' });
  const hash = await hashPassword(TEST_PASSWORD);
  const now = new Date().toISOString();
  await db('staff').insert(
    Object.entries(STAFF_BY_ROLE).map(([role, email]) => ({
      email,
      name: `${role} tester`,
      roles: JSON.stringify([role]),
      password_hash: hash,
      status: 'active',
      created_at: now,
      updated_at: now,
      version: 1,
    })),
  );
  const config = { ...loadConfig({ NODE_ENV: 'test', ...env }), logLevel: 'silent' };
  const app = createApp(db, config, createLogger('silent'), options.app);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    db,
    /** The test database's DATABASE_URL (for CLIs run against it). */
    url,
    baseUrl,
    /** Signs in and returns a fetch that carries the session cookie and the CSRF header. */
    login: async (role: Role | string, password = TEST_PASSWORD) => {
      const email = role in STAFF_BY_ROLE ? STAFF_BY_ROLE[role as Role] : role;
      const res = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1' },
        body: JSON.stringify({ email, password }),
      });
      if (res.status !== 200) throw new Error(`login ${email} → ${res.status} ${await res.text()}`);
      const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
      return sessionFetch(baseUrl, cookie);
    },
    app,
    close: async () => {
      await (app.locals.payoutsIdle as (() => Promise<unknown>) | undefined)?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await (app.locals.close as () => Promise<void>)();
      await drop();
    },
  };
}

export type SessionFetch = ReturnType<typeof sessionFetch>;

export function sessionFetch(baseUrl: string, cookie: string) {
  const call = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    if (!headers.has('x-kolet-csrf')) headers.set('x-kolet-csrf', '1');
    if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
    return fetch(`${baseUrl}${path}`, { ...init, headers });
  };
  return Object.assign(call, { cookie, baseUrl });
}
