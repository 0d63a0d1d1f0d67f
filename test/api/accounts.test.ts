import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backOfficeJobs, OUTBOX_BATCH } from '../../server/jobs/index.ts';
import { runJob } from '../../server/jobs/scheduler.ts';
import { queueMessage } from '../../server/outbox/outbox.ts';
import { reconcileLedger } from '../../server/services/ledger.ts';
import { insertPlan } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';
import { action, integration } from '../support/trust.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let support: SessionFetch;
let finance: SessionFetch;
let moderator: SessionFetch;
let admin: SessionFetch;
let call: ReturnType<typeof integration>;
let planId: number;
let bigPlanId: number;
let unlimitedPlanId: number;
const DAY = 86_400_000;

beforeAll(async () => {
  s = await startTestServer();
  [support, finance, moderator, admin] = await Promise.all([
    s.login('support'),
    s.login('finance'),
    s.login('moderator'),
    s.login('admin'),
  ]);
  call = integration(s.baseUrl, await serviceToken(s.db));
  planId = await insertPlan(s.db, { name: 'Japan 1 GB', data_mb: 1000, price_cents: 1500 });
  bigPlanId = await insertPlan(s.db, { name: 'World 50 GB', data_mb: 51200, price_cents: 15000 });
  unlimitedPlanId = await insertPlan(s.db, { name: 'Europe unlimited', data_mb: null, fair_use_mb: 30720, price_cents: 3900 });
});
afterAll(async () => {
  await s?.close();
});

const job = (name: string) => backOfficeJobs(null, 'test@kolet').find((j) => j.name === name)!;
async function register(over: Record<string, unknown> = {}) {
  const res = await call('accounts', { email: `c.${randomUUID().slice(0, 8)}@gmail.com`, ...over });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}
/** An order in the app; a code comes with what a promotion needs (GCS §5.3.3.1): a phone number (Belgian: abroad in Europe) and a departure date. */
async function order(accountId: number, over: Record<string, unknown> = {}) {
  const promoFacts = over.promoCode
    ? { phone: '+32470123456', departureDate: new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10) }
    : {};
  const res = await call('orders', {
    accountId,
    planId,
    paymentMethod: 'card',
    paymentReference: `pi_${randomUUID()}`,
    channel: 'app',
    ...promoFacts,
    ...over,
  });
  return res;
}
async function activePlan(accountId: number, over: Record<string, unknown> = {}) {
  const res = await order(accountId, over);
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
  return o as { id: number; accountPlanId: number; amountCents: number; paymentReference: string };
}
const use = (accountPlanId: number, mb: number) => call('usage', { accountPlanId, mb, country: 'JP' });

describe('find a customer fast', () => {
  test('one box: e-mail prefix, ICCID, order, payment reference, referral code; one match is the account', async () => {
    const a = await register({ email: `zorglub.unique${Date.now()}@orange.fr` });
    const o = await activePlan(a.id);
    const iccid = (await s.db('esims').where({ account_id: a.id }).first()).iccid;
    for (const q of ['zorglub.unique', iccid, `#${o.id}`, o.paymentReference, a.referralCode]) {
      const res = await support(`/api/accounts/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      const { matches } = await res.json();
      expect(
        matches.map((m: { accountId: number }) => m.accountId),
        q,
      ).toContain(a.id);
      if (q !== `#${o.id}`) expect(matches, q).toHaveLength(1);
    }
    expect((await support('/api/accounts/search?q=x')).status).toBe(400);
  });
});

describe('the customer 360', () => {
  test('one call answers with everything, in a bounded number of queries whatever the account', async () => {
    const queriesFor = async (id: number) => {
      let n = 0;
      const count = () => {
        n++;
      };
      s.db.on('query', count);
      const res = await support(`/api/accounts/${id}/overview`);
      s.db.off('query', count);
      expect(res.status).toBe(200);
      return { n, body: await res.json() };
    };
    const small = await register();
    const big = await register();
    await activePlan(small.id);
    for (let i = 0; i < 6; i++) {
      const p = await activePlan(big.id);
      await use(p.accountPlanId, 100 + i);
    }
    const a = await queriesFor(small.id);
    const b = await queriesFor(big.id);
    expect(b.body.plans).toHaveLength(6);
    expect(b.body.plans[0].alerts.map((x: { thresholdPercent: number }) => x.thresholdPercent)).toEqual([90, 100]);
    expect(b.body.usage.length).toBeGreaterThan(0);
    expect(b.body.totals.orders).toBe(6);
    expect(b.n).toBe(a.n);
    expect(b.n).toBeLessThanOrEqual(40);
    for (const key of [
      'account',
      'esims',
      'plans',
      'usage',
      'orders',
      'transfersSent',
      'transfersReceived',
      'refunds',
      'reviews',
      'reportsMade',
      'dsaNotices',
      'referrals',
      'promoRedemptions',
      'blocks',
      'messages',
      'audit',
      'totals',
    ])
      expect(b.body, key).toHaveProperty(key);
  });
  test('personal data is masked where the role does not need it; moderators see no payment data', async () => {
    const a = await register();
    await s.db('accounts').where({ id: a.id }).update({ name: 'Jeanne Martin', phone: '+33612345678' });
    await activePlan(a.id);
    const asSupport = await (await support(`/api/accounts/${a.id}/overview`)).json();
    expect(asSupport.account).toMatchObject({ email: a.email, phone: '+33612345678', name: 'Jeanne Martin' });
    const asFinance = await (await finance(`/api/accounts/${a.id}/overview`)).json();
    expect(asFinance.account.phone).toBe('+33 6•• •• •• 78');
    expect(asFinance.orders).toHaveLength(1);
    const asModerator = await (await moderator(`/api/accounts/${a.id}/overview`)).json();
    expect(asModerator.account.email).toMatch(/^c•••@gmail\.com$/);
    expect(asModerator.account.name).toBeNull();
    expect(asModerator.account.phone).toBeNull();
    expect(asModerator.orders).toEqual([]);
    expect(asModerator.refunds).toEqual([]);
  });
});

describe('what the console reads of a plan', () => {
  test('a plan moved to a new eSIM after a change of device lists the move, newest first; ICCIDs for support only', async () => {
    const a = await register();
    const p = await activePlan(a.id);
    const first = await s.db('account_plans').where({ id: p.accountPlanId }).first('esim_id');
    const iccid = `8933${Date.now()}77`.slice(0, 19);
    expect((await call(`account-plans/${p.accountPlanId}/install`, { iccid, device: 'Pixel 9' })).status).toBe(201);
    const moved = await s.db('esims').where({ iccid }).first('id');

    const asSupport = await support(`/api/account-plans/${p.accountPlanId}/esim-moves`);
    expect(asSupport.status).toBe(200);
    const moves = await asSupport.json();
    expect(moves).toEqual([
      { fromEsimId: first.esim_id, fromIccid: expect.any(String), toEsimId: moved.id, toIccid: iccid, movedAt: expect.any(String) },
    ]);
    const asFinance = await (await finance(`/api/account-plans/${p.accountPlanId}/esim-moves`)).json();
    expect(asFinance).toEqual([{ ...moves[0], fromIccid: null, toIccid: null }]);
    expect((await moderator(`/api/account-plans/${p.accountPlanId}/esim-moves`)).status).toBe(403);
    expect((await support('/api/account-plans/999999/esim-moves')).status).toBe(404);
    // The 360 lists it on the plan too.
    const overview = await (await support(`/api/accounts/${a.id}/overview`)).json();
    expect(overview.plans[0].esimMoves).toEqual([{ fromEsimId: first.esim_id, toEsimId: moved.id, movedAt: moves[0].movedAt }]);
  });
});

describe('deactivation (GCU §5.3)', () => {
  test('a deactivated account keeps its 150 € order and loses its e-mail; the audit keeps who and why', async () => {
    const a = await register();
    const o = await activePlan(a.id, { planId: bigPlanId });
    expect(o.amountCents).toBe(15000);
    const bad = await action(support, `accounts/${a.id}/deactivate`, {});
    expect(bad.status).toBe(400);
    const res = await action(support, `accounts/${a.id}/deactivate`, { reason: 'Customer asked by e-mail on 21 Nov' });
    expect(res.status, await res.clone().text()).toBe(200);
    const account = await s.db('accounts').where({ id: a.id }).first();
    expect(account).toMatchObject({ status: 'deactivated', email: `deleted-${a.id}@anonymised.invalid`, name: null, phone: null });
    const kept = await s.db('orders').where({ id: o.id }).first();
    expect(kept).toMatchObject({ amount_cents: 15000, payment_reference: o.paymentReference });
    expect(new Date(kept.retain_until).getUTCFullYear()).toBe(new Date().getUTCFullYear() + 10);
    const audit = await s
      .db('audit_log')
      .where({ action: 'accounts.deactivate', entity_id: String(a.id) })
      .first();
    expect(audit).toMatchObject({ actor_email: 'support@test.kolet', reason: 'Customer asked by e-mail on 21 Nov' });
    expect(JSON.stringify(audit)).not.toContain(a.email);
    expect((await action(support, `accounts/${a.id}/deactivate`, { reason: 'again please' })).status).toBe(409);
    // The customer app ends the sessions and nothing more is accepted for the account.
    const seen = await fetch(`${s.baseUrl}/api/integration/accounts/${a.id}`, {
      headers: { authorization: `Bearer ${await serviceToken(s.db, 'test-integration-token-3')}` },
    });
    expect(await seen.json()).toMatchObject({ status: 'deactivated', sessionsAllowed: false });
    const usage = await use(o.accountPlanId, 5);
    expect([usage.status, (await usage.json()).code]).toEqual([422, 'account_inactive']);
  });
  test('no new transfers to or from a deactivated account', async () => {
    const sender = await register();
    const p = await activePlan(sender.id, { planId: bigPlanId });
    const closed = await register();
    await action(support, `accounts/${closed.id}/deactivate`, { reason: 'Customer request' });
    const to = await call('transfers', {
      senderAccountId: sender.id,
      sourceAccountPlanId: p.accountPlanId,
      recipientEmail: `deleted-${closed.id}@anonymised.invalid`,
      amountGb: 1,
    });
    expect(to.status).toBe(422);
    await action(support, `accounts/${sender.id}/deactivate`, { reason: 'Customer request' });
    const from = await call('transfers', {
      senderAccountId: sender.id,
      sourceAccountPlanId: p.accountPlanId,
      recipientEmail: 'friend@gmail.com',
      amountGb: 1,
    });
    expect([from.status, (await from.json()).code]).toEqual([422, 'account_inactive']);
  });
});

describe('consumption alerts (seed 002)', () => {
  test('a new plan has 90 % and 100 %; a sixth alert rule is refused; none on an unlimited plan', async () => {
    const a = await register();
    const p = await activePlan(a.id);
    const add = (threshold: number, over: Record<string, unknown> = {}) =>
      support('/api/usage-alerts', {
        method: 'POST',
        body: JSON.stringify({ accountPlanId: p.accountPlanId, thresholdPercent: threshold, channel: 'email', ...over }),
      });
    for (const t of [50, 75, 95]) expect((await add(t)).status).toBe(201);
    const sixth = await add(99);
    expect([sixth.status, (await sixth.json()).code]).toEqual([422, 'too_many_alert_rules']);
    // An unlimited plan takes rules too: they count its fair-use allowance (seed 002 reminds heavy users).
    const u = await activePlan(a.id, { planId: unlimitedPlanId });
    const fairUse = await support('/api/usage-alerts', {
      method: 'POST',
      body: JSON.stringify({ accountPlanId: u.accountPlanId, thresholdPercent: 75, channel: 'email' }),
    });
    expect(fairUse.status, await fairUse.clone().text()).toBe(201);
  });
  test('an alert fires once per threshold, by e-mail or by SMS to a second number', async () => {
    const a = await register();
    const p = await activePlan(a.id);
    const sms = await support('/api/usage-alerts', {
      method: 'POST',
      body: JSON.stringify({ accountPlanId: p.accountPlanId, thresholdPercent: 75, channel: 'sms', destination: '+33 6 98 76 54 32' }),
    });
    expect(sms.status, await sms.clone().text()).toBe(201);
    await use(p.accountPlanId, 500);
    expect(await s.db('messages').where({ template: 'usage_alert', account_id: a.id }).count({ n: '*' }).first()).toMatchObject({ n: 0 });
    const r = await (await use(p.accountPlanId, 300)).json(); // 80 %: the 75 % rule
    expect(r.alertsFired).toBe(1);
    const crossedBy = (await s.db('usage_alerts').where({ account_plan_id: p.accountPlanId, threshold_percent: 75 }).first())
      .fired_usage_record_id;
    expect(crossedBy).toBe(r.id);
    const later = await (await use(p.accountPlanId, 20)).json(); // 82 %: nothing new
    expect(later.alertsFired).toBe(0);
    expect(
      (await s.db('usage_alerts').where({ account_plan_id: p.accountPlanId, threshold_percent: 75 }).first()).fired_usage_record_id,
    ).toBe(crossedBy);
    await use(p.accountPlanId, 100); // 92 %: the 90 % rule
    const messages = await s.db('messages').where({ template: 'usage_alert', account_id: a.id }).orderBy('id');
    expect(messages.map((m) => [m.channel, m.to_address])).toEqual([
      ['sms', '+33698765432'], // the second number, stored in E.164
      ['email', a.email],
    ]);
    expect(messages[0].body.length).toBeLessThanOrEqual(160);
    await use(p.accountPlanId, 80); // 100 %: the 100 % rule, and the plan is exhausted
    expect(await s.db('messages').where({ template: 'usage_alert', account_id: a.id }).count({ n: '*' }).first()).toMatchObject({ n: 3 });
    expect((await s.db('usage_alerts').where({ account_plan_id: p.accountPlanId }).whereNull('fired_at')).length).toBe(0);
  });
  test('the sweep job fires a rule added after the usage that crossed it, once', async () => {
    const a = await register();
    const p = await activePlan(a.id);
    await use(p.accountPlanId, 800);
    await support('/api/usage-alerts', {
      method: 'POST',
      body: JSON.stringify({ accountPlanId: p.accountPlanId, thresholdPercent: 75, channel: 'email' }),
    });
    const run = await runJob(s.db, job('alerts.evaluate'));
    expect(run.summary?.fired).toContain(p.accountPlanId);
    await runJob(s.db, job('alerts.evaluate'));
    expect(await s.db('messages').where({ template: 'usage_alert', account_id: a.id }).count({ n: '*' }).first()).toMatchObject({ n: 1 });
  });
});

describe('blocks', () => {
  test('support blocks a plan with a reason: usage is refused, the customer sees a block; unblocked, usage resumes', async () => {
    const a = await register();
    const p = await activePlan(a.id);
    expect((await action(support, `account-plans/${p.accountPlanId}/block`, {})).status).toBe(400);
    const res = await action(support, `account-plans/${p.accountPlanId}/block`, { reason: 'Suspected stolen phone' });
    expect(res.status, await res.clone().text()).toBe(200);
    const refused = await use(p.accountPlanId, 10);
    expect([refused.status, (await refused.json()).code]).toEqual([422, 'data_blocked']);
    const state = await fetch(`${s.baseUrl}/api/integration/account-plans/${p.accountPlanId}`, {
      headers: { authorization: `Bearer ${await serviceToken(s.db, 'test-integration-token-2')}` },
    });
    const shown = await state.json();
    expect(shown.blocked).toBe(true);
    expect(JSON.stringify(shown)).not.toContain('stolen');
    expect((await action(support, `account-plans/${p.accountPlanId}/block`, { reason: 'twice' })).status).toBe(409);
    expect((await action(support, `account-plans/${p.accountPlanId}/unblock`, { reason: 'Phone found' })).status).toBe(200);
    expect((await use(p.accountPlanId, 10)).status).toBe(201);
  });
  test('an account block stops every plan of the account', async () => {
    const a = await register();
    const [p1, p2] = [await activePlan(a.id), await activePlan(a.id)];
    expect((await action(support, `accounts/${a.id}/block`, { reason: 'Chargeback fraud investigation' })).status).toBe(200);
    for (const p of [p1, p2]) expect((await use(p.accountPlanId, 10)).status).toBe(422);
    expect((await action(finance, `accounts/${a.id}/block`, { reason: 'not mine to do' })).status).toBe(403);
  });
});

describe('referrals and promotions', () => {
  test('a referral qualifies on the first paid plan and is rewarded when it expires without a refund request', async () => {
    const sponsor = await register();
    const friend = await register({ referralCode: sponsor.referralCode });
    const p = await activePlan(friend.id);
    const referral = await s.db('referrals').where({ referred_account_id: friend.id }).first();
    expect(referral.status).toBe('qualifying');
    // Ordered 40 days ago: the plan's validity has ended and its 30-day refund window has closed (GCU §7.2).
    await s
      .db('account_plans')
      .where({ id: p.accountPlanId })
      .update({ ordered_at: new Date(Date.now() - 40 * DAY).toISOString(), expires_at: new Date(Date.now() - 1000).toISOString() });
    await s
      .db('orders')
      .where({ id: p.id })
      .update({ ordered_at: new Date(Date.now() - 40 * DAY).toISOString() });
    await runJob(s.db, job('plans.expire'));
    expect((await s.db('account_plans').where({ id: p.accountPlanId }).first()).status).toBe('expired');
    const run = await runJob(s.db, job('referrals.reward'));
    expect(run.summary?.rewarded).toContain(referral.id);
    const rewarded = await s.db('referrals').where({ id: referral.id }).first();
    expect(rewarded.status).toBe('rewarded');
    expect(await s.db('account_plans').where({ id: rewarded.reward_account_plan_id }).first()).toMatchObject({
      account_id: sponsor.id,
      origin: 'referral_reward',
      data_remaining_mb: 1024,
    });
    expect((await reconcileLedger(s.db)).mismatches).toEqual([]);
  });
  test('a referral is voided by a refund request', async () => {
    const sponsor = await register();
    const friend = await register({ referralCode: sponsor.referralCode });
    const o = await activePlan(friend.id);
    const res = await call('refund-requests', { orderId: o.id, reason: 'The eSIM never worked in Japan' });
    expect(res.status, await res.clone().text()).toBe(201);
    expect((await s.db('referrals').where({ referred_account_id: friend.id }).first()).status).toBe('void');
  });
  test('staff void a referral with a reason; a final one cannot be voided', async () => {
    const sponsor = await register();
    const friend = await register({ referralCode: sponsor.referralCode });
    const r = await s.db('referrals').where({ referred_account_id: friend.id }).first();
    expect((await action(finance, `referrals/${r.id}/void`, { reason: 'Same person, two accounts' })).status).toBe(200);
    expect((await action(finance, `referrals/${r.id}/void`, { reason: 'Same person, two accounts' })).status).toBe(409);
  });

  async function promo(over: Record<string, unknown> = {}) {
    const res = await finance('/api/promo-codes', {
      method: 'POST',
      body: JSON.stringify({
        code: `W${randomUUID().slice(0, 8)}`.toUpperCase(),
        kind: 'welcome',
        discountPercent: 100,
        validFrom: new Date(Date.now() - DAY).toISOString(),
        ...over,
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return res.json();
  }
  test('a disposable e-mail cannot redeem a welcome offer', async () => {
    const code = await promo();
    const a = await register({ email: `someone.${Date.now()}@mailinator.com` });
    const res = await order(a.id, { promoCode: code.code });
    expect([res.status, (await res.json()).code]).toEqual([422, 'disposable_email']);
  });
  test('a welcome offer is once per person and per device; the free plan is of origin welcome', async () => {
    const code = await promo();
    const device = `device-${randomUUID()}`;
    const a = await register({ deviceId: device });
    const first = await order(a.id, { promoCode: code.code });
    expect(first.status, await first.clone().text()).toBe(201);
    const o = await first.json();
    expect(o.amountCents).toBe(0);
    expect((await s.db('account_plans').where({ id: o.accountPlanId }).first()).origin).toBe('welcome');
    const again = await order(a.id, { promoCode: code.code });
    expect([again.status, (await again.json()).code]).toEqual([422, 'welcome_already_used']);
    const b = await register({ deviceId: device });
    const sameDevice = await order(b.id, { promoCode: code.code });
    expect([sameDevice.status, (await sameDevice.json()).code]).toEqual([422, 'welcome_already_used']);
  });
  test('redemptions carry abuse flags (same payment, cluster), and staff void them with a reason', async () => {
    const code = await promo({ kind: 'partner', partner: 'Air France', discountPercent: 20 });
    const fingerprint = `fp_${randomUUID()}`;
    const accounts = [await register(), await register(), await register()];
    for (const a of accounts.slice(0, 2)) expect((await order(a.id, { paymentFingerprint: fingerprint })).status).toBe(201);
    const res = await order(accounts[2]!.id, { promoCode: code.code, paymentFingerprint: fingerprint });
    expect(res.status, await res.clone().text()).toBe(201);
    const redemption = await s.db('promo_redemptions').where({ account_id: accounts[2]!.id }).first();
    expect(JSON.parse(redemption.abuse_flags)).toEqual(['same_payment', 'account_cluster']);
    expect((await action(support, `promo-redemptions/${redemption.id}/void`, { reason: 'Three accounts on one card' })).status).toBe(200);
    expect((await s.db('promo_redemptions').where({ id: redemption.id }).first()).status).toBe('void');
  });
  test('an offer not activated within 90 days is withheld by the job', async () => {
    const code = await promo();
    const a = await register();
    const o = await (await order(a.id, { promoCode: code.code })).json();
    await s
      .db('promo_redemptions')
      .where({ account_id: a.id })
      .update({ activate_by: new Date(Date.now() - 1000).toISOString() });
    const run = await runJob(s.db, job('promos.withhold'));
    expect(run.ran).toBe(true);
    expect((await s.db('account_plans').where({ id: o.accountPlanId }).first()).status).toBe('cancelled');
    expect((await reconcileLedger(s.db)).mismatches).toEqual([]);
  });
  test('a promo code gives exactly one benefit; a redeemed code is disabled, not deleted', async () => {
    const bad = await finance('/api/promo-codes', {
      method: 'POST',
      body: JSON.stringify({
        code: 'TWOBENEFITS',
        kind: 'welcome',
        discountPercent: 10,
        bonusMb: 1024,
        validFrom: new Date().toISOString(),
      }),
    });
    expect([bad.status, (await bad.json()).code]).toEqual([422, 'one_benefit']);
    const code = await promo();
    const a = await register();
    await order(a.id, { promoCode: code.code });
    const del = await finance(`/api/promo-codes/${code.id}`, { method: 'DELETE' });
    expect([del.status, (await del.json()).code]).toEqual([409, 'promo_redeemed']);
  });
});

describe('jobs', () => {
  test('two processes never run the same job at once; each run that did something is recorded and visible', async () => {
    const a = await register();
    const p = await activePlan(a.id);
    await s
      .db('account_plans')
      .where({ id: p.accountPlanId })
      .update({ expires_at: new Date(Date.now() - 1000).toISOString() });
    // The second process tries while the first is running (held at a gate), whatever the machine's speed:
    // started at the same time, a fast first run could end before the second even asked.
    const expire = job('plans.expire');
    let started!: () => void;
    let release!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const gate = new Promise<void>((r) => (release = r));
    const held = { ...expire, run: async (...args: Parameters<typeof expire.run>) => (started(), await gate, expire.run(...args)) };
    const first = runJob(s.db, held, new Date(), 'api-1');
    await running;
    const second = await runJob(s.db, expire, new Date(), 'api-2');
    release();
    const ran = await first;
    expect(second.ran).toBe(false);
    expect(ran.ran).toBe(true);
    expect(ran.summary?.expired).toContain(p.accountPlanId);
    const res = await admin('/api/jobs');
    expect(res.status).toBe(200);
    const jobs = await res.json();
    expect(jobs.find((j: { job: string }) => j.job === 'plans.expire').lastRun).toMatchObject({ status: 'succeeded' });
    const runs = await admin(`/api/job-runs?filter=${encodeURIComponent(JSON.stringify({ job: 'plans.expire' }))}`);
    expect((await runs.json())[0].summary.expired).toContain(p.accountPlanId);
    expect((await support('/api/jobs')).status).toBe(403);
  });
  test('a failing job is recorded with its error, and the lease is released', async () => {
    const failing = {
      name: 'test.fail',
      everySeconds: 60,
      run: async () => {
        throw new Error('SMTP down');
      },
    };
    expect(await runJob(s.db, failing)).toMatchObject({ ran: true, error: 'SMTP down' });
    expect(await s.db('job_runs').where({ job: 'test.fail' }).first()).toMatchObject({ status: 'failed', error: 'SMTP down' });
    expect((await runJob(s.db, failing)).ran).toBe(true);
  });
  test('the outbox is a job too: queued messages go out', async () => {
    await s.db.transaction((trx) =>
      queueMessage(trx, { channel: 'email', to: 'someone@example.org', template: 'test', subject: 'Hi', body: 'Hello' }),
    );
    const outbox = backOfficeJobs({ sendMail: async () => ({ messageId: 'x' }) } as never, 'noreply@kolet.test').find(
      (j) => j.name === 'outbox.deliver',
    )!;
    const r = await runJob(s.db, outbox);
    expect(r.summary?.sent).toBeGreaterThanOrEqual(1);
  });
  test('one outbox run drains a burst, a batch at a time (not 50 a run: alerts are due within ten minutes)', async () => {
    await s.db.transaction(async (trx) => {
      for (let i = 0; i < 2 * OUTBOX_BATCH + 20; i++)
        await queueMessage(trx, { channel: 'email', to: `burst${i}@example.org`, template: 'test', subject: 'Hi', body: 'Hello' });
    });
    const outbox = backOfficeJobs({ sendMail: async () => ({ messageId: 'x' }) } as never, 'noreply@kolet.test').find(
      (j) => j.name === 'outbox.deliver',
    )!;
    const r = await runJob(s.db, outbox);
    expect(r.summary).toMatchObject({ sent: 2 * OUTBOX_BATCH + 20, batches: 3 });
    expect(await s.db('messages').where({ status: 'queued' }).whereLike('to_address', 'burst%')).toHaveLength(0);
  });
});
