import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reconcileLedger } from '../../server/services/ledger.ts';
import { insertAccount } from '../support/fixtures.ts';
import { buyPlan, conservation, serviceToken, useData } from '../support/ledger.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let support: SessionFetch;
let token: string;

beforeAll(async () => {
  s = await startTestServer();
  support = await s.login('support');
  token = await serviceToken(s.db);
});
afterAll(async () => {
  await s?.close();
});

const integration = (path: string, body: unknown, key?: string) =>
  fetch(`${s.baseUrl}/api/integration/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(body),
  });
const fix = (id: number, action: 'redirect' | 'reverse', body: unknown, key = randomUUID(), as = support) =>
  as(`/api/transfers/${id}/${action}`, { method: 'POST', body: JSON.stringify(body), headers: { 'idempotency-key': key } });
const plan = (id: number) => s.db('account_plans').where({ id }).first();
/** The fix's reason: an address error, and the address the sender meant (seed 000: support fixes address errors only). */
const addressError = { reasonCode: 'address_typo', intendedEmail: 'meant.to.be@gmail.com' };
let n = 0;
const email = (name: string) => `${name}.${++n}@gmail.com`;

async function sender(mb = 5120, expiresAt?: string | null) {
  const e = email('alice');
  const accountId = await insertAccount(s.db, { email: e });
  const planId = await buyPlan(s.db, accountId, { mb, ...(expiresAt !== undefined ? { expiresAt } : {}) });
  return { accountId, planId, email: e };
}
async function send(from: { accountId: number; planId: number }, recipientEmail: string, amountGb = 2) {
  const res = await integration('transfers', {
    senderAccountId: from.accountId,
    sourceAccountPlanId: from.planId,
    recipientEmail,
    amountGb,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}

describe('creating a transfer (integration API)', () => {
  test('needs the service token', async () => {
    const res = await fetch(`${s.baseUrl}/api/integration/transfers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
  });
  test('a transfer to an unknown address is pending; the data leaves the source plan at once', async () => {
    const a = await sender();
    const t = await send(a, 'nobody.yet@yahoo.fr');
    expect(t).toMatchObject({ status: 'pending', amountGb: 2, amountMb: 2048, recipientAccountId: null });
    expect((await plan(a.planId)).data_remaining_mb).toBe(3072);
  });
  test('a transfer to an existing account is delivered into a new plan of origin transfer expiring with the source', async () => {
    const a = await sender();
    const b = email('bob');
    const bobId = await insertAccount(s.db, { email: b });
    const t = await send(a, b.toUpperCase());
    expect(t).toMatchObject({ status: 'delivered', recipientAccountId: bobId });
    const received = await plan(t.recipientAccountPlanId);
    expect(received).toMatchObject({ origin: 'transfer', data_remaining_mb: 2048, account_id: bobId });
    expect(new Date(received.expires_at).toISOString()).toBe(new Date((await plan(a.planId)).expires_at).toISOString());
  });
  test('pending transfers are delivered when the account registers, in the same call', async () => {
    const a = await sender();
    const b = email('carol');
    const t = await send(a, b);
    const res = await integration('accounts', { email: `  ${b.toUpperCase()} ` });
    expect(res.status).toBe(201);
    const account = await res.json();
    expect(account.email).toBe(b);
    const after = await s.db('transfers').where({ id: t.id }).first();
    expect(after).toMatchObject({ status: 'delivered', recipient_account_id: account.id });
    expect((await plan(after.recipient_account_plan_id)).data_remaining_mb).toBe(2048);
  });
  test.each([
    ['amount_not_whole_gb', { amountGb: 1.5 }],
    ['amount_too_large', { amountGb: 6 }],
    ['self_transfer', { recipientEmail: 'SELF' }],
    ['invalid_email', { recipientEmail: 'bob@gmail' }],
  ])('refuses with 422 %s and writes nothing', async (code, over) => {
    const a = await sender();
    const body = { senderAccountId: a.accountId, sourceAccountPlanId: a.planId, recipientEmail: 'x@orange.fr', amountGb: 1, ...over };
    if (body.recipientEmail === 'SELF') body.recipientEmail = a.email;
    const before = await s.db('transfers').count({ c: '*' }).first();
    const res = await integration('transfers', body);
    expect(res.status).toBe(422);
    expect((await res.json()).code).toBe(code);
    expect(await s.db('transfers').count({ c: '*' }).first()).toEqual(before);
    expect((await plan(a.planId)).data_remaining_mb).toBe(5120);
  });
  test('refuses promo data with 422 source_not_paid', async () => {
    const accountId = await insertAccount(s.db, { email: email('promo') });
    const planId = await buyPlan(s.db, accountId, { origin: 'promo' });
    const res = await integration('transfers', {
      senderAccountId: accountId,
      sourceAccountPlanId: planId,
      recipientEmail: 'x@orange.fr',
      amountGb: 1,
    });
    expect((await res.json()).code).toBe('source_not_paid');
  });
});

describe('support fixes a transfer sent to a mistyped e-mail', () => {
  test('redirects a delivered, partly used transfer: recovers the unused part to the right account', async () => {
    const a = await sender();
    const wrong = email('bob').replace('gmail', 'gmial');
    await insertAccount(s.db, { email: wrong });
    const right = wrong.replace('gmial', 'gmail');
    const rightId = await insertAccount(s.db, { email: right });
    const t = await send(a, wrong);
    await useData(s.db, t.recipientAccountPlanId, 300);

    const preview = await (await support(`/api/transfers/${t.id}/fix-preview`)).json();
    expect(preview.suggestions[0]).toMatchObject({ email: right, source: 'domain_typo', accountId: rightId });
    expect(preview.redirect).toMatchObject({
      recoverableMb: 1748,
      unrecoverableMb: 300,
      destination: { kind: 'new_plan', accountId: rightId },
    });

    const res = await fix(t.id, 'redirect', { email: right, reasonCode: 'address_typo', reason: 'Customer wrote in: typo in the domain' });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'redirected',
      recoveredMb: 1748,
      unrecoverableMb: 300,
      redirectedToEmail: right,
      redirectedToAccountId: rightId,
    });
    expect((await plan(t.recipientAccountPlanId)).data_remaining_mb).toBe(0);
    const correction = await s.db('transfers').where({ corrects_transfer_id: t.id }).first();
    expect(correction).toMatchObject({ status: 'delivered', recipient_account_id: rightId, amount_mb: 1748 });
    expect((await plan(correction.recipient_account_plan_id)).data_remaining_mb).toBe(1748);

    const templates = (
      await s
        .db('messages')
        .whereIn('related_id', [String(t.id), String(correction.id)])
        .select('template', 'to_address')
    ).map((m: { template: string; to_address: string }) => `${m.template}:${m.to_address}`);
    expect(templates).toEqual(
      expect.arrayContaining([`transfer_redirected:${a.email}`, `transfer_withdrawn:${wrong}`, `transfer_received:${right}`]),
    );
    const audit = await s
      .db('audit_log')
      .where({ action: 'transfers.redirect', entity_id: String(t.id) })
      .first();
    expect(audit).toMatchObject({ reason: 'Customer wrote in: typo in the domain', actor_email: 'support@test.kolet' });
    expect((await reconcileLedger(s.db)).mismatches).toEqual([]);
  });

  test('reverses a pending transfer: the whole amount returns to the active source plan', async () => {
    const a = await sender();
    const t = await send(a, 'typo@gmial.com');
    const res = await fix(t.id, 'reverse', { ...addressError, reason: 'Sender asked for a refund of the data' });
    expect(await res.json()).toMatchObject({ status: 'reversed', recoveredMb: 2048, unrecoverableMb: 0 });
    expect((await plan(a.planId)).data_remaining_mb).toBe(5120);
  });

  test('redirects a pending transfer to an address without an account: it waits for registration', async () => {
    const a = await sender();
    const t = await send(a, 'later@gmial.com');
    const res = await fix(t.id, 'redirect', { email: 'later@gmail.com', reasonCode: 'address_typo', reason: 'typo' });
    expect(await res.json()).toMatchObject({ status: 'redirected', recoveredMb: 2048 });
    const reg = await (await integration('accounts', { email: 'later@gmail.com' })).json();
    const correction = await s.db('transfers').where({ corrects_transfer_id: t.id }).first();
    expect(correction).toMatchObject({ status: 'delivered', recipient_account_id: reg.id });
  });

  test('reverses to a new plan when the source plan is used up, expiring as the source would have', async () => {
    const a = await sender(2048);
    const t = await send(a, email('dan'), 2);
    expect((await plan(a.planId)).status).toBe('exhausted');
    const res = await fix(t.id, 'reverse', { ...addressError, reason: 'wrong person' });
    expect(res.status).toBe(200);
    const entry = await s.db('data_ledger').where({ transfer_id: t.id, kind: 'reversal' }).where('delta_mb', '>', 0).first();
    expect((await res.json()).fix.creditedAccountPlanId).toBe(entry.account_plan_id);
    const back = await plan(entry.account_plan_id);
    expect(back).toMatchObject({ account_id: a.accountId, origin: 'transfer', data_remaining_mb: 2048 });
    expect(new Date(back.expires_at).getTime()).toBe(new Date((await plan(a.planId)).expires_at).getTime());
  });

  test('an expired source plan: nothing is recoverable, 422, and nothing changes', async () => {
    const a = await sender();
    const t = await send(a, 'gone@gmial.com');
    await s
      .db('account_plans')
      .where({ id: a.planId })
      .update({ expires_at: new Date(Date.now() - 1000).toISOString(), status: 'expired' });
    const res = await fix(t.id, 'reverse', { ...addressError, reason: 'too late' });
    expect(res.status).toBe(422);
    expect((await res.json()).code).toBe('nothing_recoverable');
    expect((await s.db('transfers').where({ id: t.id }).first()).status).toBe('pending');
  });

  test('a recipient who already sent the data on: that part is not recovered', async () => {
    const a = await sender();
    const wrong = email('eve');
    const eveId = await insertAccount(s.db, { email: wrong });
    const t = await send(a, wrong, 3);
    await send({ accountId: eveId, planId: t.recipientAccountPlanId }, email('frank'), 1);
    const body = await (await fix(t.id, 'reverse', { ...addressError, reason: 'mistake' })).json();
    expect(body).toMatchObject({ recoveredMb: 2048, unrecoverableMb: 1024, fix: { unrecoverable: { sentOnMb: 1024 } } });
  });

  test('a deactivated wrong recipient: the data is recovered and no message goes to the closed account', async () => {
    const a = await sender();
    const wrong = email('gus');
    const gusId = await insertAccount(s.db, { email: wrong });
    const t = await send(a, wrong);
    await s.db('accounts').where({ id: gusId }).update({ status: 'deactivated' });
    const body = await (await fix(t.id, 'reverse', { ...addressError, reason: 'closed account' })).json();
    expect(body.recoveredMb).toBe(2048);
    expect(
      await s
        .db('messages')
        .where({ related_id: String(t.id), template: 'transfer_withdrawn' })
        .first(),
    ).toBeUndefined();
  });

  test('the same fix twice with one Idempotency-Key is done once; with a new key it is 409', async () => {
    const a = await sender();
    const t = await send(a, 'twice@gmial.com');
    const key = randomUUID();
    const first = await fix(t.id, 'reverse', { ...addressError, reason: 'dup' }, key);
    const second = await fix(t.id, 'reverse', { ...addressError, reason: 'dup' }, key);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    const third = await fix(t.id, 'reverse', { ...addressError, reason: 'dup' });
    expect(third.status).toBe(409);
    expect((await third.json()).code).toBe('transfer_already_fixed');
    expect((await plan(a.planId)).data_remaining_mb).toBe(5120);
  });

  test('20 agents reversing one transfer at once: exactly one succeeds, the data returns once', async () => {
    const a = await sender();
    const t = await send(a, 'race@gmial.com');
    const results = await Promise.all(Array.from({ length: 20 }, () => fix(t.id, 'reverse', { ...addressError, reason: 'race' })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((x) => x === 200)).toHaveLength(1);
    expect(statuses.filter((x) => x === 409)).toHaveLength(19);
    expect((await plan(a.planId)).data_remaining_mb).toBe(5120);
    const reversals = await s.db('data_ledger').where({ transfer_id: t.id, kind: 'reversal' });
    expect(reversals).toHaveLength(1);
  });

  test('a fix needs a reason, an Idempotency-Key and the support role', async () => {
    const a = await sender();
    const t = await send(a, 'rules@gmial.com');
    expect((await fix(t.id, 'reverse', {})).status).toBe(400);
    expect((await fix(t.id, 'reverse', { reason: 'no code' })).status).toBe(400);
    expect((await support(`/api/transfers/${t.id}/reverse`, { method: 'POST', body: JSON.stringify({ reason: 'no key' }) })).status).toBe(
      400,
    );
    const finance = await s.login('finance');
    expect((await fix(t.id, 'reverse', { ...addressError, reason: 'not mine' }, randomUUID(), finance)).status).toBe(403);
    expect((await finance(`/api/transfers/${t.id}/fix-preview`)).status).toBe(403);
  });

  test('the timeline tells the whole story: states, ledger entries, messages, and the staff action', async () => {
    const a = await sender();
    const t = await send(a, 'story@gmial.com');
    await fix(t.id, 'redirect', { email: 'story@gmail.com', reasonCode: 'address_typo', reason: 'typo in the domain' });
    const res = await support(`/api/transfers/${t.id}/timeline`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.transfer).toMatchObject({ id: t.id, status: 'redirected' });
    expect(body.corrections).toHaveLength(1);
    const kinds = body.events.map(
      (e: { type: string; transferId: number }) => `${e.type}:${e.transferId === t.id ? 'original' : 'correction'}`,
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        'created:original',
        'ledger:original',
        'message:original',
        'audit:original',
        'fixed:original',
        'created:correction',
        'message:correction',
      ]),
    );
    const actions = body.events
      .filter((e: { type: string }) => e.type === 'audit')
      .map((e: { audit: { action: string; reason: string | null } }) => [e.audit.action, e.audit.reason]);
    expect(actions).toEqual([
      ['transfers.create', null],
      ['transfers.redirect', 'typo in the domain'],
    ]);
    const times = body.events.map((e: { at: string }) => e.at);
    expect([...times].sort()).toEqual(times);
  });

  test("the list filters by the sender's e-mail prefix and the recipient's", async () => {
    const a = await sender();
    await send(a, 'filter.target@orange.fr');
    const bySender = await (
      await support(`/api/transfers?filter=${encodeURIComponent(JSON.stringify({ senderEmail: a.email.slice(0, 9) }))}`)
    ).json();
    expect(bySender.length).toBeGreaterThan(0);
    expect(bySender.every((t: { senderAccountId: number }) => t.senderAccountId === a.accountId)).toBe(true);
    const byRecipient = await (
      await support(
        `/api/transfers?filter=${encodeURIComponent(JSON.stringify({ recipientEmailPrefix: 'FILTER.tar', status: 'pending' }))}`,
      )
    ).json();
    expect(byRecipient.map((t: { recipientEmail: string }) => t.recipientEmail)).toEqual(['filter.target@orange.fr']);
    const none = await support(`/api/transfers?filter=${encodeURIComponent(JSON.stringify({ senderEmail: "%' OR 1=1 --" }))}`);
    expect(await none.json()).toEqual([]);
  });

  test('data is conserved across all of the above', async () => {
    const c = await conservation(s.db);
    expect(c.negative).toBe(0);
    expect(c.issued - c.used - c.expired).toBe(c.held + c.inFlight);
  });
});

describe("the 360's activity timeline", () => {
  test('one read, newest first: the transfer sent, its fix (also in the staff actions), the transfer received with its sender, each a record', async () => {
    const a = await sender();
    const b = await sender();
    const received = await send(b, a.email, 1);
    const t = await send(a, 'timeline@gmial.com');
    // The state changes between two reads: before the fix, no fix in the timeline.
    const before = await (await support(`/api/accounts/${a.accountId}/timeline`)).json();
    expect(before.items.filter((i: { kind: string }) => i.kind === 'transfer_fix')).toEqual([]);
    expect((await fix(t.id, 'reverse', { ...addressError, reason: 'Sender asked for the data back' })).status).toBe(200);

    const timeline = await (await support(`/api/accounts/${a.accountId}/timeline`)).json();
    expect(timeline.kinds).toEqual([
      'order',
      'install',
      'usage_alert',
      'transfer_sent',
      'transfer_received',
      'transfer_fix',
      'refund',
      'message',
      'staff_action',
    ]);
    const ats = timeline.items.map((i: { at: string }) => i.at);
    expect(ats).toEqual([...ats].sort().reverse());
    const byKind = (kind: string) => timeline.items.filter((i: { kind: string }) => i.kind === kind);
    expect(byKind('transfer_fix')).toMatchObject([{ resource: 'transfers', recordId: t.id, record: { status: 'reversed' } }]);
    expect(byKind('transfer_sent').map((i: { recordId: number }) => i.recordId)).toContain(t.id);
    expect(byKind('transfer_received')).toMatchObject([{ recordId: received.id, senderEmail: b.email }]);
    expect(byKind('staff_action')).toMatchObject([
      { resource: 'audit-log', record: { action: 'transfers.reverse', entityId: String(t.id) } },
    ]);

    // The 360's staff actions carry the fix too (bug 3).
    const overview = await (await support(`/api/accounts/${a.accountId}/overview`)).json();
    expect(overview.audit.map((e: { action: string }) => e.action)).toContain('transfers.reverse');

    // Filtered by kind.
    const only = await (await support(`/api/accounts/${a.accountId}/timeline?kinds=transfer_fix,staff_action`)).json();
    expect(new Set(only.items.map((i: { kind: string }) => i.kind))).toEqual(new Set(['transfer_fix', 'staff_action']));
  });

  test('a moderator reads the kinds it may read, masked; catalog may not read it; an unknown kind or account is refused', async () => {
    const a = await sender();
    const b = await sender();
    await send(b, a.email, 1);
    const moderator = await s.login('moderator');
    const res = await moderator(`/api/accounts/${a.accountId}/timeline`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(b.email);
    expect((await (await s.login('catalog'))(`/api/accounts/${a.accountId}/timeline`)).status).toBe(403);
    const bad = await support(`/api/accounts/${a.accountId}/timeline?kinds=order,nonsense`);
    expect(bad.status).toBe(400);
    expect((await support('/api/accounts/99999999/timeline')).status).toBe(404);
  });
});
