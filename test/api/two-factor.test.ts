// Staff two-factor sign-in (TOTP, RFC 6238; docs/OPERATIONS.md "Two-factor sign-in"): required for
// admin and finance by the default setting, optional for the others; enrolment at sign-in or from
// the console; codes good once; recovery codes hashed and single use; an admin resets a lost factor.
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sha256Hex } from '../../server/auth/passwords.ts';
import { countRows } from '../support/fixtures.ts';
import { STAFF_BY_ROLE, TEST_PASSWORD, sessionFetch, startTestServer, type SessionFetch } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1', ...headers },
    body: JSON.stringify(body),
  });
const login = (email: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) =>
  post('/api/auth/login', { email, password }, headers);
/** The six-digit code an authenticator app shows for `secret`, `offsetSteps` periods from now. */
const codeOf = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });
const sessionOf = (res: Response) => sessionFetch(server.baseUrl, res.headers.get('set-cookie')!.split(';')[0]!);
const staffRow = (email: string) => server.db('staff').where({ email }).first();

/** Signs in a role that must enrol: password → enrolment challenge → secret → first code; returns the secret and codes. */
async function enrol(email: string) {
  const first = await login(email);
  expect(first.status).toBe(200);
  expect(first.headers.get('set-cookie')).toBeNull();
  const { secondFactor, challenge } = await first.json();
  expect(secondFactor).toBe('enrolment_required');
  const enrolment = await (await post('/api/auth/enrolment', { challenge })).json();
  const confirm = await post('/api/auth/enrolment/confirm', { challenge, code: codeOf(enrolment.secret) });
  expect(confirm.status, await confirm.clone().text()).toBe(200);
  const body = await confirm.json();
  return {
    secret: enrolment.secret as string,
    recoveryCodes: body.recoveryCodes as string[],
    session: sessionOf(confirm),
    enrolment,
    body,
  };
}

beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: 'loopback' }, { twoFactorRequired: true });
});
afterAll(async () => {
  await server?.close();
});

describe('required for admin and finance (setting two_factor_required_roles)', () => {
  let finance: Awaited<ReturnType<typeof enrol>>;

  test('a finance user without a second factor must set it up before any session: a QR code and the secret', async () => {
    const res = await login(STAFF_BY_ROLE.finance);
    const body = await res.json();
    expect(body).toEqual({ secondFactor: 'enrolment_required', challenge: expect.any(String) });
    expect(res.headers.get('set-cookie')).toBeNull();
    const enrolment = await (await post('/api/auth/enrolment', { challenge: body.challenge })).json();
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Kolet%20back%20office:finance%40test\.kolet\?/);
    expect(enrolment.qrCode).toMatch(/^data:image\/png;base64,/);
    const wrong = await post('/api/auth/enrolment/confirm', { challenge: body.challenge, code: '000000' });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: 'invalid_code' });
    expect((await staffRow(STAFF_BY_ROLE.finance)).totp_enabled_at).toBeNull();
  });

  test('the first code confirms it: signed in, ten recovery codes shown once and stored hashed', async () => {
    finance = await enrol(STAFF_BY_ROLE.finance);
    expect(finance.recoveryCodes).toHaveLength(10);
    for (const c of finance.recoveryCodes) expect(c).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
    expect(finance.body).toMatchObject({ email: STAFF_BY_ROLE.finance, twoFactorEnabled: true });
    expect((await finance.session('/api/auth/me')).status).toBe(200);
    const row = await staffRow(STAFF_BY_ROLE.finance);
    expect(row.totp_enabled_at).toBeTruthy();
    const stored = await server.db('staff_recovery_codes').where({ staff_id: row.id }).select('code_hash');
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.code_hash)).toContain(sha256Hex(finance.recoveryCodes[0]!.replace(/-/g, '')));
    expect(JSON.stringify(stored)).not.toContain(finance.recoveryCodes[0]!.replace(/-/g, ''));
    expect(await countRows(server.db, 'audit_log', { action: 'auth.two_factor_enabled', entity_id: String(row.id) })).toBe(1);
  });

  test('the next sign-in asks for a code; a code is good once (RFC 6238 §5.2)', async () => {
    const first = await (await login(STAFF_BY_ROLE.finance)).json();
    expect(first.secondFactor).toBe('required');
    const code = codeOf(finance.secret, 1); // the next period's code: the window allows one step of clock drift
    const ok = await post('/api/auth/second-factor', { challenge: first.challenge, code });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ email: STAFF_BY_ROLE.finance, twoFactorEnabled: true });
    expect((await sessionOf(ok)('/api/auth/me')).status).toBe(200);
    const again = await (await login(STAFF_BY_ROLE.finance)).json();
    const replay = await post('/api/auth/second-factor', { challenge: again.challenge, code });
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ code: 'invalid_code' });
    expect(replay.headers.get('set-cookie')).toBeNull();
    // The challenge is spent once the sign-in succeeds.
    expect((await post('/api/auth/second-factor', { challenge: first.challenge, code: codeOf(finance.secret, -1) })).status).toBe(401);
  });

  test('a recovery code signs in once; the same code again is refused', async () => {
    const recovery = finance.recoveryCodes[3]!;
    const a = await (await login(STAFF_BY_ROLE.finance)).json();
    const ok = await post('/api/auth/second-factor', { challenge: a.challenge, recoveryCode: recovery.toUpperCase() });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ recoveryCodesLeft: 9 });
    const b = await (await login(STAFF_BY_ROLE.finance)).json();
    const reused = await post('/api/auth/second-factor', { challenge: b.challenge, recoveryCode: recovery });
    expect(reused.status).toBe(401);
    expect(await countRows(server.db, 'audit_log', { action: 'auth.recovery_code_used' })).toBe(1);
  });

  test('wrong codes are counted like wrong passwords, and knowing the password does not reset the count', async () => {
    const from = { 'x-forwarded-for': '203.0.113.40' };
    const key = `account:${STAFF_BY_ROLE.finance}|203.0.113.40`;
    const { challenge } = await (await login(STAFF_BY_ROLE.finance, TEST_PASSWORD, from)).json();
    // The right password counts as an attempt until the sign-in is complete: four wrong codes make five.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await post('/api/auth/second-factor', { challenge, code: String(100000 + i) }, from)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect(await countRows(server.db, 'audit_log', { action: 'auth.second_factor_failed' })).toBeGreaterThanOrEqual(4);
    expect((await login(STAFF_BY_ROLE.finance, TEST_PASSWORD, from)).status).toBe(429);
    // After the wait, the right password, then one more wrong code: the wait doubles.
    await server
      .db('login_throttle')
      .where({ key })
      .update({ locked_until: new Date(Date.now() - 1000).toISOString() });
    const again = await (await login(STAFF_BY_ROLE.finance, TEST_PASSWORD, from)).json();
    expect(again.secondFactor).toBe('required'); // and the code may follow at once
    expect((await post('/api/auth/second-factor', { challenge: again.challenge, code: '123456' }, from)).status).toBe(401);
    const wait = await login(STAFF_BY_ROLE.finance, TEST_PASSWORD, from);
    expect(wait.status).toBe(429);
    expect(Number(wait.headers.get('retry-after'))).toBeGreaterThan(170); // the 7th failure: 4 minutes
    // A challenge wears out after five codes whatever the address.
    await server.db('login_throttle').where({ key }).delete();
    const worn = await (await login(STAFF_BY_ROLE.finance, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.41' })).json();
    for (let i = 0; i < 5; i++)
      await server
        .db('sign_in_challenges')
        .where({ id: sha256Hex(worn.challenge) })
        .increment('attempts', 1);
    const expired = await post(
      '/api/auth/second-factor',
      { challenge: worn.challenge, code: codeOf(finance.secret) },
      { 'x-forwarded-for': '203.0.113.41' },
    );
    expect(await expired.json()).toMatchObject({ code: 'challenge_expired' });
    await server.db('login_throttle').where('key', 'like', 'account:finance@test.kolet|203.0.113.4%').delete();
  });

  test('a challenge expires', async () => {
    const { challenge } = await (await login(STAFF_BY_ROLE.finance)).json();
    await server
      .db('sign_in_challenges')
      .where({ id: sha256Hex(challenge) })
      .update({ expires_at: new Date(Date.now() - 1000).toISOString() });
    const res = await post('/api/auth/second-factor', { challenge, code: codeOf(finance.secret) });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'challenge_expired' });
  });

  test('finance cannot turn it off: the role requires it', async () => {
    const res = await finance.session('/api/auth/two-factor/disable', {
      method: 'POST',
      body: JSON.stringify({ password: TEST_PASSWORD, code: codeOf(finance.secret) }),
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'two_factor_required' });
  });
});

describe('optional for the other roles', () => {
  let support: SessionFetch;
  let secret: string;

  test('support signs in with the password alone, then sets it up from the console (password again, QR, first code)', async () => {
    const res = await login(STAFF_BY_ROLE.support);
    expect(res.status).toBe(200);
    support = sessionOf(res);
    expect(await (await support('/api/auth/two-factor')).json()).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    const refused = await support('/api/auth/two-factor/setup', { method: 'POST', body: JSON.stringify({ password: 'not my password' }) });
    expect(refused.status).toBe(400);
    const setup = await (
      await support('/api/auth/two-factor/setup', { method: 'POST', body: JSON.stringify({ password: TEST_PASSWORD }) })
    ).json();
    secret = setup.secret;
    const confirm = await support('/api/auth/two-factor/confirm', { method: 'POST', body: JSON.stringify({ code: codeOf(secret) }) });
    expect(confirm.status).toBe(200);
    expect((await confirm.json()).recoveryCodes).toHaveLength(10);
    expect(await (await support('/api/auth/two-factor')).json()).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    expect((await (await login(STAFF_BY_ROLE.support)).json()).secondFactor).toBe('required');
  });

  test('new recovery codes replace the old ones (with a current code)', async () => {
    const res = await support('/api/auth/two-factor/recovery-codes', { method: 'POST', body: JSON.stringify({ code: codeOf(secret, 1) }) });
    expect(res.status).toBe(200);
    expect((await res.json()).recoveryCodes).toHaveLength(10);
    expect(await countRows(server.db, 'staff_recovery_codes', { staff_id: (await staffRow(STAFF_BY_ROLE.support)).id })).toBe(10);
  });

  test('support may turn it off again (password and a current code)', async () => {
    await server.db('staff').where({ email: STAFF_BY_ROLE.support }).update({ totp_last_step: null }); // a minute later: the codes used above are past
    const res = await support('/api/auth/two-factor/disable', {
      method: 'POST',
      body: JSON.stringify({ password: TEST_PASSWORD, code: codeOf(secret) }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await login(STAFF_BY_ROLE.support)).headers.get('set-cookie')).toBeTruthy();
    expect(await countRows(server.db, 'audit_log', { action: 'auth.two_factor_disabled' })).toBe(1);
  });
});

describe('a lost phone: an admin resets the second factor', () => {
  test("the person's sessions end, the factor and its codes go, the reset is audited and they are told; next sign-in enrols again", async () => {
    const admin = await enrol(STAFF_BY_ROLE.admin);
    const moderatorAsAdmin = await server.db('staff').insert(
      {
        email: 'lost.phone@test.kolet',
        name: 'Lost Phone',
        roles: '["finance"]',
        password_hash: (await staffRow(STAFF_BY_ROLE.support)).password_hash,
        status: 'active',
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
        version: 1,
      },
      ['id'],
    );
    const id = typeof moderatorAsAdmin[0] === 'object' ? (moderatorAsAdmin[0] as { id: number }).id : (moderatorAsAdmin[0] as number);
    const person = await enrol('lost.phone@test.kolet');
    const res = await admin.session(`/api/staff/${id}/reset-two-factor`, {
      method: 'POST',
      body: JSON.stringify({ reason: 'Phone lost, identity checked by video call' }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ id, twoFactorEnabledAt: null, sessionsEnded: 1 });
    expect((await person.session('/api/auth/me')).status).toBe(401);
    expect(await staffRow('lost.phone@test.kolet')).toMatchObject({ totp_secret: null, totp_enabled_at: null });
    expect(await countRows(server.db, 'staff_recovery_codes', { staff_id: id })).toBe(0);
    expect(
      await server
        .db('audit_log')
        .where({ action: 'staff.reset-two-factor', entity_id: String(id) })
        .first(),
    ).toMatchObject({ reason: 'Phone lost, identity checked by video call', actor_email: STAFF_BY_ROLE.admin });
    expect(await countRows(server.db, 'messages', { to_address: 'lost.phone@test.kolet', template: 'staff_second_factor_reset' })).toBe(1);
    expect((await (await login('lost.phone@test.kolet')).json()).secondFactor).toBe('enrolment_required');
    // A recovery code of the old factor no longer works.
    const { challenge } = await (await login(STAFF_BY_ROLE.admin)).json();
    expect((await post('/api/auth/second-factor', { challenge, recoveryCode: person.recoveryCodes[0] })).status).toBe(401);
  });
});

describe('the setting', () => {
  test('admins change the roles that require it; a value that is not a list of roles is refused', async () => {
    await server.db('settings').where({ id: 'two_factor_required_roles' }).update({ value: '[]' });
    try {
      const { challenge } = await (await login(STAFF_BY_ROLE.admin)).json();
      const signedIn = await post('/api/auth/second-factor', { challenge, recoveryCode: 'not-a-code' });
      expect(signedIn.status).toBe(401);
      // Not required any more, but still enrolled: the admin still signs in with a code. A catalog user is unaffected.
      expect((await login(STAFF_BY_ROLE.catalog)).headers.get('set-cookie')).toBeTruthy();
      const [any] = await server.db('staff').where({ email: STAFF_BY_ROLE.catalog }).select('id');
      expect(any).toBeTruthy();
    } finally {
      await server.db('settings').where({ id: 'two_factor_required_roles' }).update({ value: '["admin","finance"]' });
    }
  });

  test('PUT /api/settings/two_factor_required_roles takes a list of roles', async () => {
    const admin = await enrolledAdminSession();
    const current = await (await admin('/api/settings/two_factor_required_roles')).json();
    expect(current.value).toEqual(['admin', 'finance']);
    const bad = await admin('/api/settings/two_factor_required_roles', {
      method: 'PUT',
      body: JSON.stringify({ ...current, value: ['boss'] }),
    });
    expect(bad.status).toBe(400);
    const number = await admin('/api/settings/two_factor_required_roles', {
      method: 'PUT',
      body: JSON.stringify({ ...current, value: 3 }),
    });
    expect(number.status).toBe(400);
    const list = await admin('/api/settings/session_idle_minutes');
    const notAList = await admin('/api/settings/session_idle_minutes', {
      method: 'PUT',
      body: JSON.stringify({ ...(await list.json()), value: ['admin'] }),
    });
    expect(notAList.status).toBe(400);
    const ok = await admin('/api/settings/two_factor_required_roles', {
      method: 'PUT',
      body: JSON.stringify({ ...current, value: ['admin', 'finance', 'support'] }),
    });
    expect(ok.status).toBe(200);
    const support = await (await login(STAFF_BY_ROLE.support)).json();
    expect(support.secondFactor).toBe('enrolment_required');
  });
});

describe('the secret at rest', () => {
  test('with TWO_FACTOR_KEY the shared secret is stored encrypted, and codes still work', async () => {
    const keyed = await startTestServer({ TWO_FACTOR_KEY: 'a long random passphrase for the test' }, { twoFactorRequired: true });
    try {
      const res = await fetch(`${keyed.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1' },
        body: JSON.stringify({ email: STAFF_BY_ROLE.finance, password: TEST_PASSWORD }),
      });
      const { challenge } = await res.json();
      const call = (path: string, body: unknown) =>
        fetch(`${keyed.baseUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-kolet-csrf': '1' },
          body: JSON.stringify(body),
        });
      const { secret } = await (await call('/api/auth/enrolment', { challenge })).json();
      const stored = (await keyed.db('staff').where({ email: STAFF_BY_ROLE.finance }).first('totp_secret')).totp_secret as string;
      expect(stored).toMatch(/^v1:/);
      expect(stored).not.toContain(secret);
      expect((await call('/api/auth/enrolment/confirm', { challenge, code: codeOf(secret) })).status).toBe(200);
    } finally {
      await keyed.close();
    }
  });
});

async function enrolledAdminSession(): Promise<SessionFetch> {
  const admin = await staffRow(STAFF_BY_ROLE.admin);
  // The admin enrolled above; sign in with a fresh recovery code issued for the test.
  const first = await (await login(STAFF_BY_ROLE.admin)).json();
  const { challenge } = first;
  expect(challenge, JSON.stringify(first)).toBeTruthy();
  const code = 'abcdabcdabcdabcd';
  await server.db('staff_recovery_codes').insert({ staff_id: admin.id, code_hash: sha256Hex(code), created_at: new Date().toISOString() });
  const res = await post('/api/auth/second-factor', { challenge, recoveryCode: code });
  expect(res.status, await res.clone().text()).toBe(200);
  return sessionOf(res);
}
