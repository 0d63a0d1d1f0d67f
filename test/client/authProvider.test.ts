import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { http, HttpResponse } from 'msw';
import { HttpError } from 'react-admin';
import { authProvider, canAccessWith, resetAuthCache } from '../../client/src/authProvider.ts';
import { RESOURCES, RESOURCE_ACCESS, canUse } from '../../server/domain/permissions.ts';
import { ROLES } from '../../server/domain/enums.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('authProvider.canAccess follows the role × resource matrix', () => {
  test.each([
    [['support'], 'transfers', 'list', true],
    [['support'], 'transfers', 'edit', false],
    [['support'], 'usage-alerts', 'create', true],
    [['support'], 'refunds', 'show', true],
    [['support'], 'audit-log', 'list', false],
    [['finance'], 'promo-codes', 'edit', true],
    [['finance'], 'transfers', 'list', false],
    [['moderator'], 'orders', 'list', false], // moderators see no payment data
    [['moderator'], 'dsa-notices', 'show', true],
    [['moderator'], 'trusted-flaggers', 'create', true],
    [['catalog'], 'countries', 'create', true],
    [['catalog'], 'countries', 'delete', true],
    [['catalog'], 'accounts', 'list', false],
    [['admin'], 'staff', 'create', true],
    [['admin'], 'settings', 'edit', true],
    [['admin'], 'orders', 'delete', false], // not offered through CRUD to anyone
    [['finance', 'moderator'], 'dsa-complaints', 'list', true],
    [['support'], 'plans.priceCents', 'show', true], // a field asks about its resource
    [['admin'], 'unknown-resource', 'list', false],
    [['admin'], 'accounts', 'unknown-action', false],
  ] as const)('%j %s %s → %s', (roles, resource, action, expected) => {
    expect(canAccessWith(roles, resource, action)).toBe(expected);
  });

  test('agrees with canUse for every role, resource and verb', () => {
    const actionOf = { read: 'list', create: 'create', update: 'edit', delete: 'delete' } as const;
    for (const role of ROLES) {
      for (const resource of RESOURCES) {
        for (const verb of Object.keys(actionOf) as (keyof typeof actionOf)[]) {
          expect(canAccessWith([role], resource, actionOf[verb]), `${role} ${verb} ${resource}`).toBe(canUse([role], resource, verb));
        }
      }
    }
    expect(Object.keys(RESOURCE_ACCESS)).toHaveLength(RESOURCES.length);
  });

  test('asks the API who is signed in, once', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/auth/me', () => {
        calls += 1;
        return HttpResponse.json({ id: 3, email: 'mod@kolet.test', name: 'Mo Derator', roles: ['moderator'] });
      }),
    );
    const ask = (resource: string, action: string) => authProvider.canAccess({ resource, action } as never);
    await expect(Promise.all([ask('dsa-notices', 'list'), ask('orders', 'list')])).resolves.toEqual([true, false]);
    await expect(authProvider.getPermissions({})).resolves.toEqual(['moderator']);
    await expect(authProvider.getIdentity()).resolves.toMatchObject({ id: 3, fullName: 'Mo Derator' });
    expect(calls).toBe(1);
  });
});

describe('authProvider.checkError', () => {
  test('401 rejects, so react-admin logs out and goes to the login page', async () => {
    await expect(authProvider.checkError(new HttpError('Unauthorized', 401, { code: 'unauthenticated' }))).rejects.toBeDefined();
  });

  test('401 forgets the cached identity', async () => {
    let status = 200;
    server.use(
      http.get('*/api/auth/me', () =>
        status === 200
          ? HttpResponse.json({ id: 1, email: 'a@kolet.test', name: 'A', roles: ['admin'] })
          : HttpResponse.json({ message: 'no' }, { status }),
      ),
    );
    await authProvider.checkAuth({});
    status = 401;
    await authProvider.checkError(new HttpError('Unauthorized', 401)).catch(() => undefined);
    await expect(authProvider.checkAuth({})).rejects.toMatchObject({ status: 401 });
  });

  test('403 keeps the session and redirects to the access-denied page', async () => {
    await expect(authProvider.checkError(new HttpError('Forbidden', 403, { code: 'forbidden' }))).rejects.toMatchObject({
      logoutUser: false,
      redirectTo: '/access-denied',
    });
  });

  test('a 403 refusing a domain action is left to its dialog: no redirect, the session stays', async () => {
    const refused = Object.assign(
      new HttpError('Only an admin can fix a transfer for a reason other than an address error', 403, { code: 'override_admin_only' }),
      { actionRefusal: true },
    );
    await expect(authProvider.checkError(refused)).resolves.toBeUndefined();
  });

  test.each([400, 404, 409, 422, 500])('%i is left to the page (no logout)', async (status) => {
    await expect(authProvider.checkError(new HttpError('Nope', status))).resolves.toBeUndefined();
  });
});

describe('authProvider.login and logout', () => {
  test('posts the e-mail and password with the CSRF header', async () => {
    let seen: { csrf: string | null; body: unknown } | undefined;
    server.use(
      http.post('*/api/auth/login', async ({ request }) => {
        seen = { csrf: request.headers.get('X-Kolet-CSRF'), body: await request.json() };
        return HttpResponse.json({ id: 2, email: 'support@kolet.test', name: 'Sue', roles: ['support'] });
      }),
    );
    await authProvider.login({ username: ' support@kolet.test ', password: 'secret' });
    expect(seen).toEqual({ csrf: '1', body: { email: 'support@kolet.test', password: 'secret' } });
    await expect(authProvider.getPermissions({})).resolves.toEqual(['support']); // from the login answer, no /me call
  });

  test('maps 401 and 429 to translated messages', async () => {
    server.use(
      http.post('*/api/auth/login', () => HttpResponse.json({ message: 'Invalid', code: 'invalid_credentials' }, { status: 401 })),
    );
    await expect(authProvider.login({ email: 'x@kolet.test', password: 'bad' })).rejects.toThrow('ra.auth.sign_in_error');
    server.use(
      http.post('*/api/auth/login', () => HttpResponse.json({ message: 'Slow down', code: 'too_many_attempts' }, { status: 429 })),
    );
    await expect(authProvider.login({ email: 'x@kolet.test', password: 'bad' })).rejects.toThrow('auth.too_many_attempts');
  });

  test('logout posts with the CSRF header and forgets the identity', async () => {
    let csrf: string | null = null;
    server.use(
      signedInAs(['finance']),
      http.post('*/api/auth/logout', ({ request }) => {
        csrf = request.headers.get('X-Kolet-CSRF');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await authProvider.checkAuth({});
    await authProvider.logout({});
    expect(csrf).toBe('1');
    server.use(http.get('*/api/auth/me', () => HttpResponse.json({ message: 'Signed out' }, { status: 401 })));
    await expect(authProvider.checkAuth({})).rejects.toBeDefined();
  });
});
