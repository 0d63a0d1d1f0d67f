import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reconcileLedger } from '../../server/services/ledger.ts';
import { insertPlan } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { startTestServer, TEST_PASSWORD, type SessionFetch } from '../support/server.ts';
import { action, integration } from '../support/trust.ts';

// Customer-data operations (docs/ACCOUNTS.md "Customer data"): correct details, deletion requests, goodwill credits.
type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let support: SessionFetch;
let support2: SessionFetch;
let moderator: SessionFetch;
let admin: SessionFetch;
let call: ReturnType<typeof integration>;
let planId: number;

beforeAll(async () => {
  s = await startTestServer();
  [support, moderator, admin] = await Promise.all([s.login('support'), s.login('moderator'), s.login('admin')]);
  const now = new Date().toISOString();
  await s.db('staff').insert({
    email: 'support2@test.kolet',
    name: 'Second agent',
    roles: JSON.stringify(['support']),
    password_hash: await hashPassword(TEST_PASSWORD),
    status: 'active',
    created_at: now,
    updated_at: now,
    version: 1,
  });
  support2 = await s.login('support2@test.kolet');
  call = integration(s.baseUrl, await serviceToken(s.db));
  planId = await insertPlan(s.db, { name: 'Japan 10 GB', data_mb: 10240, price_cents: 2999 });
});
afterAll(async () => {
  await s?.close();
});

const email = (tag = 'c') => `${tag}.${randomUUID().slice(0, 8)}@gmail.com`;
async function register(over: Record<string, unknown> = {}) {
  const res = await call('accounts', { email: email(), ...over });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}
async function activePlan(accountId: number) {
  const res = await call('orders', { accountId, planId, paymentMethod: 'card', paymentReference: `pi_${randomUUID()}`, channel: 'app' });
  expect(res.status, await res.clone().text()).toBe(201);
  const o = await res.json();
  expect(
    (
      await call(`account-plans/${o.accountPlanId}/install`, {
        iccid: `8933${Date.now()}${Math.floor(Math.random() * 1e4)}`.slice(0, 20),
        device: 'iPhone 15',
      })
    ).status,
  ).toBe(201);
  expect((await call(`account-plans/${o.accountPlanId}/activate`, {})).status).toBe(201);
  return o as { id: number; accountPlanId: number };
}
const versionOf = async (id: number) => (await s.db('accounts').where({ id }).first('version')).version as number;
const keyed = (who: SessionFetch, path: string, body: unknown) =>
  who(`/api/${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'Idempotency-Key': randomUUID() } });

describe("correct a customer's details (GCU §5.2)", () => {
  test('a mistyped e-mail is corrected: the old one kept in the history, the transfer waiting for the new one delivered, both addresses told', async () => {
    const sender = await register();
    const p = await activePlan(sender.id);
    const customer = await register({ email: email('julien') });
    const meant = email('julien.moreau');
    const sent = await call('transfers', {
      senderAccountId: sender.id,
      sourceAccountPlanId: p.accountPlanId,
      recipientEmail: meant,
      amountGb: 2,
    });
    expect(sent.status).toBe(201);
    const transferId = (await sent.json()).id;
    expect((await s.db('transfers').where({ id: transferId }).first()).status).toBe('pending');

    const res = await action(support, `accounts/${customer.id}/correct-details`, {
      version: await versionOf(customer.id),
      email: ` ${meant.toUpperCase()} `,
      phone: '06 25 06 95 71',
      name: ' Julien  Moreau ',
      locale: 'en',
      reason: 'Typo at sign-up, confirmed by phone',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({
      email: meant,
      phone: '+33625069571',
      name: 'Julien Moreau',
      locale: 'en',
      transfersDelivered: 1,
    });
    expect(await s.db('transfers').where({ id: transferId }).first()).toMatchObject({
      status: 'delivered',
      recipient_account_id: customer.id,
    });
    expect(await s.db('account_email_changes').where({ account_id: customer.id })).toMatchObject([
      { old_email: customer.email, new_email: meant },
    ]);
    const told = await s
      .db('messages')
      .whereIn('template', ['email_corrected_old', 'email_corrected_new'])
      .where({ account_id: customer.id })
      .orderBy('template');
    expect(told.map((m) => [m.template, m.to_address])).toEqual([
      ['email_corrected_new', meant],
      ['email_corrected_old', customer.email],
    ]);
    expect(
      await s
        .db('audit_log')
        .where({ action: 'accounts.correct-details', entity_id: String(customer.id) })
        .first(),
    ).toMatchObject({ reason: 'Typo at sign-up, confirmed by phone' });
  });

  test('bad input: a duplicate e-mail is 409 naming it; a stale version 409; a bad phone 422; no reason 400; moderators 403', async () => {
    const a = await register();
    const b = await register();
    const v = await versionOf(a.id);
    const dup = await action(support, `accounts/${a.id}/correct-details`, {
      version: v,
      email: b.email.toUpperCase(),
      reason: 'Customer asked',
    });
    const dupBody = await dup.json();
    expect([dup.status, dupBody.code]).toEqual([409, 'email_taken']);
    expect(dupBody.message).toContain(b.email);
    const stale = await action(support, `accounts/${a.id}/correct-details`, { version: v + 5, name: 'X Y', reason: 'Customer asked' });
    expect([stale.status, (await stale.json()).code]).toEqual([409, 'stale_record']);
    const phone = await action(support, `accounts/${a.id}/correct-details`, { version: v, phone: '12', reason: 'Customer asked' });
    expect([phone.status, (await phone.json()).code]).toEqual([422, 'invalid_phone']);
    expect((await action(support, `accounts/${a.id}/correct-details`, { version: v, name: 'X Y' })).status).toBe(400);
    expect(
      (await action(moderator, `accounts/${a.id}/correct-details`, { version: v, name: 'X Y', reason: 'Customer asked' })).status,
    ).toBe(403);
    // Changing the state between two steps: the first correction bumps the version, the second with the old one is refused.
    expect(
      (await action(support, `accounts/${a.id}/correct-details`, { version: v, name: 'First Name', reason: 'Customer asked' })).status,
    ).toBe(200);
    expect(
      (await action(support, `accounts/${a.id}/correct-details`, { version: v, name: 'Second Name', reason: 'Customer asked' })).status,
    ).toBe(409);
  });

  test('concurrency: an e-mail correction racing a registration of the same address — exactly one wins, the other is 409 email_taken, never 500', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await register();
      const target = email('race');
      const [corr, reg] = await Promise.all([
        action(support, `accounts/${a.id}/correct-details`, { version: await versionOf(a.id), email: target, reason: 'Typo at sign-up' }),
        call('accounts', { email: target }),
      ]);
      const statuses = [corr.status, reg.status].sort();
      expect(statuses).toEqual([200, 409].includes(corr.status) && [201, 409].includes(reg.status) ? statuses : ['unexpected']);
      expect([corr.status === 200, reg.status === 201].filter(Boolean)).toHaveLength(1);
      const loser = corr.status === 409 ? corr : reg;
      expect((await loser.json()).code).toBe('email_taken');
      expect(await s.db('accounts').where({ email: target }).count({ n: '*' }).first()).toMatchObject({ n: expect.anything() });
      expect(Number((await s.db('accounts').where({ email: target }).count({ n: '*' }).first())!.n)).toBe(1);
    }
  });
});

describe('deletion requests (GCU §5.3)', () => {
  test('from the app: queued with its deadline; processing finishes what it touches: plans end, data written off, blocks lifted, referral code anonymous, open refund closed with a reason, pending transfer returned', async () => {
    const a = await register();
    const p = await activePlan(a.id);
    const other = await activePlan(a.id);
    await s.db('accounts').where({ id: a.id }).update({ referral_code: 'SOPHIE10', name: 'Sophie Bernard' });
    expect((await action(support, `account-plans/${p.accountPlanId}/block`, { reason: 'Suspicious usage' })).status).toBe(200);
    const pending = await call('transfers', {
      senderAccountId: a.id,
      sourceAccountPlanId: other.accountPlanId,
      recipientEmail: email('nobody'),
      amountGb: 1,
    });
    expect(pending.status).toBe(201);
    const transferId = (await pending.json()).id;
    const refund = await call('refund-requests', { orderId: p.id, reason: 'I no longer travel' });
    expect(refund.status, await refund.clone().text()).toBe(201);
    const refundId = (await refund.json()).id;

    const req = await call(`accounts/${a.id}/deletion-request`, {});
    expect(req.status, await req.clone().text()).toBe(201);
    const r = await req.json();
    expect(r).toMatchObject({ accountId: a.id, status: 'open', source: 'app' });
    expect(new Date(r.dueAt).getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);
    const again = await call(`accounts/${a.id}/deletion-request`, {});
    expect([again.status, (await again.json()).id]).toEqual([200, r.id]);
    const queue = await support(`/api/deletion-requests?filter=${encodeURIComponent(JSON.stringify({ status: 'open', accountId: a.id }))}`);
    expect((await queue.json()).map((x: { id: number }) => x.id)).toEqual([r.id]);

    // The open refund is shown and must be decided: continue, or close with a reason.
    const undecided = await action(support, `deletion-requests/${r.id}/process`, {});
    expect([undecided.status, (await undecided.json()).code]).toEqual([422, 'open_refunds_need_decision']);
    const preview = await (await support(`/api/accounts/${a.id}/deactivation-preview`)).json();
    expect(preview.openRefunds.map((x: { id: number }) => x.id)).toEqual([refundId]);
    expect(preview.pendingTransfers.map((x: { id: number }) => x.id)).toEqual([transferId]);
    const noReason = await action(support, `deletion-requests/${r.id}/process`, { openRefunds: 'close' });
    expect(noReason.status).toBe(400);

    const done = await action(support, `deletion-requests/${r.id}/process`, {
      openRefunds: 'close',
      refundCloseReason: 'The customer closed the account',
    });
    expect(done.status, await done.clone().text()).toBe(200);
    const body = await done.json();
    expect(body).toMatchObject({
      status: 'completed',
      deactivation: { plansEnded: 2, refundsClosed: [refundId], transfersReturned: [transferId], blocksLifted: 1 },
    });
    expect(body.deactivation.writtenOffMb).toBe(20480);
    const account = await s.db('accounts').where({ id: a.id }).first();
    expect(account).toMatchObject({ status: 'deactivated', referral_code: `CLOSED${a.id}`, name: null, data_blocked: expect.anything() });
    const plans = await s.db('account_plans').where({ account_id: a.id });
    for (const plan of plans) expect([plan.status, plan.data_remaining_mb, Boolean(plan.data_blocked)]).toEqual(['cancelled', 0, false]);
    expect(
      await s
        .db('usage_alerts')
        .whereIn(
          'account_plan_id',
          plans.map((x) => x.id),
        )
        .where({ enabled: true }),
    ).toHaveLength(0);
    expect(await s.db('blocks').where({ account_id: a.id }).whereNull('lifted_at')).toHaveLength(0);
    expect(await s.db('refunds').where({ id: refundId }).first()).toMatchObject({ status: 'rejected', reject_reason_code: 'other' });
    expect(await s.db('transfers').where({ id: transferId }).first()).toMatchObject({ status: 'reversed', recovered_mb: 1024 });
    expect(
      (
        await s
          .db('data_ledger')
          .whereIn(
            'account_plan_id',
            plans.map((x) => x.id),
          )
          .where({ kind: 'write_off' })
      ).length,
    ).toBe(2);
    expect((await reconcileLedger(s.db)).mismatches).toEqual([]);

    // Already deactivated: 409, from the app and from the console.
    const late = await call(`accounts/${a.id}/deletion-request`, {});
    expect([late.status, (await late.json()).code]).toEqual([409, 'already_deactivated']);
    expect((await action(support, `accounts/${a.id}/deactivate`, { reason: 'once more please' })).status).toBe(409);
  });

  test('an open refund may continue: it stays open after the deactivation', async () => {
    const a = await register();
    const p = await activePlan(a.id);
    const refundId = (await (await call('refund-requests', { orderId: p.id, reason: 'Trip cancelled' })).json()).id;
    const res = await action(support, `accounts/${a.id}/deactivate`, { reason: 'Customer asked by e-mail', openRefunds: 'continue' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await res.json()).deactivation.refundsContinuing).toEqual([refundId]);
    expect((await s.db('refunds').where({ id: refundId }).first()).status).toBe('requested');
  });
});

describe('goodwill data credit', () => {
  test('gifted, never sendable; over the cap 422; above the threshold a second agent confirms; the customer is told', async () => {
    const a = await register();
    const p = await activePlan(a.id);
    const over = await keyed(support, `account-plans/${p.accountPlanId}/goodwill`, { mb: 6144, reasonCode: 'network_issue' });
    expect([over.status, (await over.json()).code]).toEqual([422, 'goodwill_over_cap']);
    const noKey = await action(support, `account-plans/${p.accountPlanId}/goodwill`, { mb: 1024, reasonCode: 'network_issue' });
    expect(noKey.status).toBe(400);
    const res = await keyed(support, `account-plans/${p.accountPlanId}/goodwill`, { mb: 1024, reasonCode: 'network_issue' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'credited', mb: 1024 });
    const plan = await s.db('account_plans').where({ id: p.accountPlanId }).first();
    expect([plan.data_remaining_mb, plan.data_gifted_mb]).toEqual([10240 + 1024, 1024]);
    const sendable = await (await support(`/api/account-plans/${p.accountPlanId}/sendable`)).json();
    expect(sendable.sendableGb).toBe(10);
    expect(await s.db('messages').where({ account_id: a.id, template: 'goodwill_credited' })).toHaveLength(1);

    // Four eyes: 3 GB waits; the one who asked cannot confirm; a second agent does.
    const big = await keyed(support, `account-plans/${p.accountPlanId}/goodwill`, {
      mb: 3072,
      reasonCode: 'transfer_fix',
      transferId: undefined,
      note: 'Recipient used the data',
    });
    expect(big.status).toBe(400); // transfer_fix names the transfer
    const big2 = await keyed(support, `account-plans/${p.accountPlanId}/goodwill`, { mb: 3072, reasonCode: 'service_interruption' });
    const waiting = await big2.json();
    expect(waiting.status).toBe('awaiting_second_approval');
    expect((await s.db('account_plans').where({ id: p.accountPlanId }).first()).data_gifted_mb).toBe(1024);
    const self = await keyed(support, `goodwill-credits/${waiting.id}/approve`, {});
    expect([self.status, (await self.json()).code]).toEqual([403, 'four_eyes_same_person']);
    const second = await keyed(support2, `goodwill-credits/${waiting.id}/approve`, {});
    expect(second.status, await second.clone().text()).toBe(200);
    expect((await s.db('account_plans').where({ id: p.accountPlanId }).first()).data_gifted_mb).toBe(4096);

    // The daily cap per agent (10 GB): 1 + 3 + 1 credited, 5 more waiting for a second agent (it counts), then 1 MB more is over it.
    expect((await keyed(support, `account-plans/${p.accountPlanId}/goodwill`, { mb: 1024, reasonCode: 'late_answer' })).status).toBe(200);
    expect(
      await (await keyed(support, `account-plans/${p.accountPlanId}/goodwill`, { mb: 5120, reasonCode: 'late_answer' })).json(),
    ).toMatchObject({ status: 'awaiting_second_approval' });
    const daily = await keyed(support, `account-plans/${p.accountPlanId}/goodwill`, { mb: 1, reasonCode: 'late_answer' });
    expect([daily.status, (await daily.json()).code]).toEqual([422, 'goodwill_daily_cap']);
    expect((await keyed(moderator, `account-plans/${p.accountPlanId}/goodwill`, { mb: 10, reasonCode: 'late_answer' })).status).toBe(403);
    expect((await reconcileLedger(s.db)).mismatches).toEqual([]);
    void admin;
  });

  test("a credit compensating a fix is in the transfer's timeline", async () => {
    const sender = await register();
    const p = await activePlan(sender.id);
    const t = await (
      await call('transfers', {
        senderAccountId: sender.id,
        sourceAccountPlanId: p.accountPlanId,
        recipientEmail: email('typo'),
        amountGb: 1,
      })
    ).json();
    const credit = await keyed(support2, `account-plans/${p.accountPlanId}/goodwill`, {
      mb: 512,
      reasonCode: 'transfer_fix',
      transferId: t.id,
    });
    expect(credit.status, await credit.clone().text()).toBe(200);
    const timeline = await (await support(`/api/transfers/${t.id}/timeline`)).json();
    expect(
      timeline.events.filter((e: { type: string; entry?: { kind: string } }) => e.type === 'ledger' && e.entry?.kind === 'goodwill'),
    ).toHaveLength(1);
  });
});

describe('personal-data access (GDPR Art. 15, 20)', () => {
  test('the export holds JSON naming every table and a readable summary; it is audited and answers the request', async () => {
    const JSZip = (await import('jszip')).default;
    const a = await register();
    await activePlan(a.id);
    const logged = await action(support, `accounts/${a.id}/access-request`, { note: 'Asked by e-mail' });
    expect(logged.status, await logged.clone().text()).toBe(200);
    const request = await logged.json();
    expect(request).toMatchObject({ accountId: a.id, status: 'open' });
    const days = (new Date(request.dueAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(27);
    expect(days).toBeLessThan(32);
    expect((await moderator(`/api/access-requests/${request.id}/export`, { method: 'POST' })).status).toBe(403);
    const res = await support(`/api/access-requests/${request.id}/export`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/zip');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const data = JSON.parse(await zip.file('data.json')!.async('string'));
    expect(Object.keys(data.tables)).toEqual(
      expect.arrayContaining([
        'accounts',
        'esims',
        'account_plans',
        'data_ledger',
        'orders',
        'transfers',
        'refunds',
        'reviews',
        'review_reports',
        'dsa_notices',
        'usage_alerts',
        'messages',
        'audit_log',
      ]),
    );
    expect(data.tables.accounts[0].email).toBe(a.email);
    expect(data.tables.data_ledger.length).toBeGreaterThan(0);
    expect(await zip.file('summary.html')!.async('string')).toContain('account_plans');
    expect(await s.db('access_requests').where({ id: request.id }).first()).toMatchObject({ status: 'fulfilled', export_count: 1 });
    expect(await s.db('audit_log').where({ action: 'access-requests.export', entity_id: String(request.id) })).toHaveLength(1);
  });
});
