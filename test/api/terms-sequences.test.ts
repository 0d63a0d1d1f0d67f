// The terms under real sequences (docs/RULES.md): each observation of the outside reading, replayed
// through the API as the customer, an agent, a job and finance produce it — with the state changing
// between two steps — on SQLite and on PostgreSQL (DATABASE_URL).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backOfficeJobs } from '../../server/jobs/index.ts';
import { runJob } from '../../server/jobs/scheduler.ts';
import { reconcileLedger } from '../../server/services/ledger.ts';
import { insertCountry, insertPlan } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';
import { notice } from '../support/trust.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let token: string;
let support: SessionFetch;
let finance: SessionFetch;
let admin: SessionFetch;
const plans: Record<string, number> = {};
const DAY = 86_400_000;
const GB = 1024;

beforeAll(async () => {
  s = await startTestServer();
  token = await serviceToken(s.db);
  [support, finance, admin] = await Promise.all([s.login('support'), s.login('finance'), s.login('admin')]);
  await insertCountry(s.db, 'JP', { name: 'Japan', region: 'Asia' });
  await insertCountry(s.db, 'FR', { name: 'France' });
  await insertCountry(s.db, 'RU', { name: 'Russia', available: false });
  plans.japan10 = await insertPlan(s.db, {
    country_code: 'JP',
    region_name: null,
    name: 'Japan 10 GB',
    data_mb: 10 * GB,
    price_cents: 2999,
  });
  plans.japan1 = await insertPlan(s.db, { country_code: 'JP', region_name: null, name: 'Japan 1 GB', data_mb: GB, price_cents: 499 });
  plans.france5 = await insertPlan(s.db, { country_code: 'FR', region_name: null, name: 'France 5 GB', data_mb: 5 * GB, price_cents: 999 });
  plans.russia = await insertPlan(s.db, { country_code: 'RU', region_name: null, name: 'Russia 3 GB', data_mb: 3 * GB, price_cents: 1299 });
  plans.unlimited = await insertPlan(s.db, {
    country_code: 'JP',
    region_name: null,
    name: 'Japan unlimited',
    data_mb: null,
    fair_use_mb: 50 * GB,
    price_cents: 3900,
  });
});
afterAll(async () => {
  await s?.close();
});

// ——— The customer app, as it calls the integration API ————————————————————————————————————
const api = (method: string, path: string, body?: unknown) =>
  fetch(`${s.baseUrl}/api/integration/${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ok<T = Record<string, any>>(res: Response | Promise<Response>, status = 201): Promise<T> {
  const r = await res;
  expect(r.status, await r.clone().text()).toBe(status);
  return r.json() as Promise<T>;
}
async function refused(res: Response | Promise<Response>, status: number, code: string) {
  const r = await res;
  const body = await r.json();
  expect([r.status, body.code], JSON.stringify(body)).toEqual([status, code]);
  return body;
}
const customer = (over: Record<string, unknown> = {}) =>
  ok(api('POST', 'accounts', { email: `c.${randomUUID().slice(0, 8)}@gmail.com`, ...over }));
const order = (accountId: number, planId: number, over: Record<string, unknown> = {}) =>
  api('POST', 'orders', { accountId, planId, paymentMethod: 'card', paymentReference: `pi_${randomUUID()}`, channel: 'app', ...over });
async function activated(accountId: number, planId: number, over: Record<string, unknown> = {}) {
  const o = await ok(order(accountId, planId, over));
  await ok(api('POST', `account-plans/${o.accountPlanId}/install`, { iccid: iccid(), device: 'iPhone 15' }));
  await ok(api('POST', `account-plans/${o.accountPlanId}/activate`, {}));
  return o;
}
const iccid = () => `8933${String(Date.now()).slice(-9)}${Math.floor(Math.random() * 1e7)}`.padEnd(19, '0').slice(0, 19);
const use = (accountPlanId: number, mb: number, occurredAt?: string) =>
  api('POST', 'usage', { accountPlanId, mb, country: 'JP', ...(occurredAt ? { occurredAt } : {}) });
const send = (from: { accountId: number; planId: number }, recipientEmail: string, amountGb: number) =>
  api('POST', 'transfers', { senderAccountId: from.accountId, sourceAccountPlanId: from.planId, recipientEmail, amountGb });
const planState = async (id: number) => ok(api('GET', `account-plans/${id}`), 200);
const planRow = (id: number) => s.db('account_plans').where({ id }).first();
const promoFacts = { phone: '+32470123456', departureDate: new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10) };

// ——— Staff, as the console calls the API ——————————————————————————————————————————————————
const act = (who: SessionFetch, path: string, body: unknown) =>
  who(`/api/${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'idempotency-key': randomUUID() } });
const job = (name: string) => backOfficeJobs(null, 'test@kolet').find((j) => j.name === name)!;
async function promo(over: Record<string, unknown>) {
  return ok(
    finance('/api/promo-codes', {
      method: 'POST',
      body: JSON.stringify({
        code: `P${randomUUID().slice(0, 8)}`.toUpperCase(),
        validFrom: new Date(Date.now() - DAY).toISOString(),
        ...over,
      }),
    }),
  );
}

describe('1. a refund is decided on the facts as they are at the decision', () => {
  test('asked at 0.5 % used, then the customer keeps surfing to 2 %: finance cannot approve the original 29.84 €', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    await ok(use(o.accountPlanId, 51)); // 0.5 % of 10 GB
    const r = await ok(api('POST', 'refund-requests', { orderId: o.id, reason: 'Network never worked properly' }));
    expect(r).toMatchObject({ eligibility: 'partial', proposedAmountCents: 2984 });
    expect(r.requestFacts.facts).toMatchObject({ dataUsedMb: 51, dataSentMb: 0, installed: true, activated: true, daysSinceOrder: 0 });

    await ok(use(o.accountPlanId, 150)); // between the request and the decision: now 1.96 % used

    const assessment = await ok(finance(`/api/refunds/${r.id}/assessment`), 200);
    expect(assessment.then.verdict.proposedAmountCents).toBe(2984);
    expect(assessment.now.verdict).toEqual({ eligibility: 'not_eligible', reasons: ['data_used'], proposedAmountCents: 0 });
    expect((await act(finance, `refunds/${r.id}/approve`, { amountCents: 2984 })).status).toBe(403);
    const rejected = await ok(act(finance, `refunds/${r.id}/reject`, { reasonCode: 'data_used' }), 200);
    expect(rejected.decisionFacts.facts.dataUsedMb).toBe(201);
    expect(rejected.requestFacts.facts.dataUsedMb).toBe(51);
  });

  test("while the request is open, the plan's data cannot be sent away; the app is told why", async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    await ok(use(o.accountPlanId, 51));
    const r = await ok(api('POST', 'refund-requests', { orderId: o.id, reason: 'Changed plans' }));
    await refused(send({ accountId: a.id, planId: o.accountPlanId }, 'friend@gmail.com', 4), 422, 'refund_pending');
    expect(await planState(o.accountPlanId)).toMatchObject({ sendableGb: 0, notSendableBecause: { code: 'refund_pending' } });
    // The decision uses the facts now, which did not move: the partial refund is granted.
    const approved = await ok(act(finance, `refunds/${r.id}/approve`, { amountCents: 2984 }), 200);
    expect(approved).toMatchObject({ status: 'approved', amountCents: 2984 });
    expect(await planRow(o.accountPlanId)).toMatchObject({ status: 'refunded', data_remaining_mb: 0, data_gifted_mb: 0 });
  });

  test('data sent away before the request counts as consumed; a request on a rejected case lets transfers go again', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    await ok(send({ accountId: a.id, planId: o.accountPlanId }, `f.${randomUUID().slice(0, 6)}@gmail.com`, 4));
    const r = await ok(api('POST', 'refund-requests', { orderId: o.id, reason: 'I want my money back' }));
    expect(r).toMatchObject({ eligibility: 'not_eligible', eligibilityReasons: ['data_used'] });
    expect(r.requestFacts.facts.dataSentMb).toBe(4 * GB);
    await ok(act(finance, `refunds/${r.id}/reject`, { reasonCode: 'data_used' }), 200);
    expect(await planState(o.accountPlanId)).toMatchObject({ sendableGb: 6, notSendableBecause: null });
  });

  test('not installed when asked, installed and used before the decision: the full refund becomes a refusal', async () => {
    const a = await customer();
    const o = await ok(order(a.id, plans.japan10!));
    const r = await ok(api('POST', 'refund-requests', { orderId: o.id, reason: 'Trip cancelled' }));
    expect(r).toMatchObject({ eligibility: 'full', proposedAmountCents: 2999 });
    await ok(api('POST', `account-plans/${o.accountPlanId}/install`, { iccid: iccid() }));
    await ok(api('POST', `account-plans/${o.accountPlanId}/activate`, {}));
    await ok(use(o.accountPlanId, 500));
    const res = await act(finance, `refunds/${r.id}/approve`, { amountCents: 2999 });
    expect(res.status).toBe(403);
    // An admin may still grant it outside the terms, with a written reason; the decision keeps the facts it saw.
    const granted = await ok(
      act(admin, `refunds/${r.id}/approve`, { amountCents: 2999, note: 'Network outage in Osaka confirmed by the operator' }),
      200,
    );
    expect(granted.decisionFacts.verdict.eligibility).toBe('not_eligible');
  });

  test('four eyes: usage between the first and the second approval lowers what the second may confirm', async () => {
    const a = await customer();
    const big = await insertPlan(s.db, {
      country_code: 'JP',
      region_name: null,
      name: 'Japan 50 GB',
      data_mb: 50 * GB,
      price_cents: 15000,
    });
    const o = await activated(a.id, big);
    await ok(use(o.accountPlanId, 100));
    const r = await ok(api('POST', 'refund-requests', { orderId: o.id, reason: 'Bad coverage' }));
    const first = r.proposedAmountCents; // 15000 × 51100 / 51200 = 14970
    expect(first).toBe(14970);
    await ok(act(finance, `refunds/${r.id}/approve`, { amountCents: first }), 200);
    await ok(use(o.accountPlanId, 300)); // now 400 MB used of 50 GB: at most 14882
    const second = await s.login('admin');
    await refused(act(second, `refunds/${r.id}/approve`, { amountCents: first }), 422, 'amount_above_proposal');
    expect(await ok(act(second, `refunds/${r.id}/approve`, { amountCents: 14882 }), 200)).toMatchObject({
      status: 'approved',
      amountCents: 14882,
    });
  });
});

describe('2. gifted data is never sent on', () => {
  test('a 1 GB plan with a 1 GB welcome bonus sends 1 GB, not 2; usage spends the bonus first', async () => {
    const code = await promo({ kind: 'welcome', bonusMb: GB });
    const a = await customer();
    const o = await activated(a.id, plans.japan1!, { promoCode: code.code, ...promoFacts });
    expect(o.amountCents).toBe(499);
    expect(await planRow(o.accountPlanId)).toMatchObject({
      origin: 'paid',
      data_remaining_mb: 2 * GB,
      data_gifted_mb: GB,
      data_total_mb: 2 * GB,
    });
    expect(await planState(o.accountPlanId)).toMatchObject({ sendableGb: 1, dataGiftedMb: GB });
    await refused(send({ accountId: a.id, planId: o.accountPlanId }, 'friend@gmail.com', 2), 422, 'amount_too_large');
    await ok(use(o.accountPlanId, 300)); // from the bonus
    expect(await planState(o.accountPlanId)).toMatchObject({ sendableGb: 1, dataGiftedMb: GB - 300 });
    await ok(send({ accountId: a.id, planId: o.accountPlanId }, `f.${randomUUID().slice(0, 6)}@gmail.com`, 1));
    expect(await planRow(o.accountPlanId)).toMatchObject({ data_remaining_mb: GB - 300, data_gifted_mb: GB - 300 });
    await refused(send({ accountId: a.id, planId: o.accountPlanId }, 'friend@gmail.com', 1), 422, 'insufficient_data');
    expect((await reconcileLedger(s.db)).mismatches).toEqual([]);
  });

  test('an unlimited plan sends nothing of its fair-use allowance, and keeps surfing', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.unlimited!);
    await refused(send({ accountId: a.id, planId: o.accountPlanId }, 'friend@gmail.com', 5), 422, 'source_unlimited');
    expect(await planState(o.accountPlanId)).toMatchObject({
      unlimited: true,
      sendableGb: 0,
      notSendableBecause: { code: 'source_unlimited' },
    });
    expect((await use(o.accountPlanId, 2 * GB)).status).toBe(201);
  });

  test("the referred friend's bonus on the first order is gifted: not sendable", async () => {
    const sponsor = await customer();
    const friend = await customer();
    const o = await activated(friend.id, plans.japan1!, { promoCode: sponsor.referralCode });
    expect(await planRow(o.accountPlanId)).toMatchObject({ data_remaining_mb: 2 * GB, data_gifted_mb: GB });
    expect((await s.db('referrals').where({ referred_account_id: friend.id }).first()).status).toBe('qualifying');
    await refused(send({ accountId: friend.id, planId: o.accountPlanId }, 'x@gmail.com', 2), 422, 'amount_too_large');
  });
});

describe('3. a discounted order is refundable up to what was paid; a free one is not', () => {
  test('10 % off, never installed: the 26.99 € paid is refunded in full', async () => {
    const code = await promo({ kind: 'partner', partner: 'Air France', discountPercent: 10 });
    const a = await customer();
    const o = await ok(order(a.id, plans.japan10!, { promoCode: code.code, ...promoFacts }));
    expect(o.amountCents).toBe(2700);
    const r = await ok(api('POST', 'refund-requests', { orderId: o.id, reason: 'Trip cancelled' }));
    expect(r).toMatchObject({ eligibility: 'full', eligibilityReasons: ['not_installed'], proposedAmountCents: 2700 });
    await refused(act(finance, `refunds/${r.id}/approve`, { amountCents: 2999 }), 422, 'amount_exceeds_refundable');
    expect(await ok(act(finance, `refunds/${r.id}/approve`, { amountCents: 2700 }), 200)).toMatchObject({ status: 'approved' });
  });
  test('a free order (100 % off) has nothing to refund', async () => {
    const code = await promo({ kind: 'partner', partner: 'Press', discountPercent: 100 });
    const a = await customer();
    const o = await ok(order(a.id, plans.japan1!, { promoCode: code.code, ...promoFacts }));
    const r = await ok(api('POST', 'refund-requests', { orderId: o.id, reason: 'Did not travel' }));
    expect(r).toMatchObject({ eligibility: 'not_eligible', eligibilityReasons: ['promo_order'], proposedAmountCents: 0 });
  });
});

describe('4. transfers are final: support fixes an address error, and only that', () => {
  test('a correctly addressed, delivered transfer is not reversed because the sender changed his mind', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    const friend = await customer();
    const t = await ok(send({ accountId: a.id, planId: o.accountPlanId }, friend.email, 2));
    const res = await act(support, `transfers/${t.id}/reverse`, {
      reasonCode: 'changed_mind',
      intendedEmail: friend.email.replace('@', '.x@'),
      reason: 'The sender changed his mind',
    });
    const body = await refused(res, 422, 'transfer_final');
    expect(body.message).toMatch(/recipient can send the data back/);
    expect(await planRow(t.recipientAccountPlanId)).toMatchObject({ data_remaining_mb: 2 * GB });
    expect((await s.db('transfers').where({ id: t.id }).first()).status).toBe('delivered');
    // The refused attempt is kept for a supervisor's eye.
    const attempt = await s
      .db('audit_log')
      .where({ action: 'transfers.reverse', entity_id: String(t.id), outcome: 'failure' })
      .first();
    expect(attempt.after).toContain('transfer_final');
  });
  test('the recipient sending it back is the way: the data returns through an ordinary transfer', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    const friend = await customer();
    const t = await ok(send({ accountId: a.id, planId: o.accountPlanId }, friend.email, 2));
    await ok(send({ accountId: friend.id, planId: t.recipientAccountPlanId }, a.email, 2));
    expect((await s.db('account_plans').where({ account_id: a.id, origin: 'transfer' }).first()).data_remaining_mb).toBe(2 * GB);
  });
  test('an address error is fixed, recording the address the sender meant; a support agent cannot override, an admin can, with a reason', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    const typo = await ok(send({ accountId: a.id, planId: o.accountPlanId }, 'julien.moreau@gmial.com', 1));
    const fixed = await ok(
      act(support, `transfers/${typo.id}/reverse`, {
        reasonCode: 'address_typo',
        intendedEmail: 'julien.moreau@gmail.com',
        reason: 'Typo in the domain, sender wrote in',
      }),
      200,
    );
    expect(fixed).toMatchObject({ status: 'reversed', fixReasonCode: 'address_typo', intendedEmail: 'julien.moreau@gmail.com' });

    const friend = await customer();
    const t = await ok(send({ accountId: a.id, planId: o.accountPlanId }, friend.email, 1));
    const override = {
      reasonCode: 'wrong_amount',
      intendedEmail: 'sender.meant@gmail.com',
      reason: 'Sent 1 GB instead of 1 MB',
      overrideReason: 'Recipient agreed in writing to give it back (ticket 4411)',
    };
    await refused(act(support, `transfers/${t.id}/reverse`, override), 403, 'override_admin_only');
    expect(await ok(act(admin, `transfers/${t.id}/reverse`, override), 200)).toMatchObject({
      status: 'reversed',
      fixOverrideReason: override.overrideReason,
    });
  });
  test('an admin overriding for a change of mind needs no intended address; an address error always names one', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    const friend = await customer();
    const t = await ok(send({ accountId: a.id, planId: o.accountPlanId }, friend.email, 1));
    const missing = await act(support, `transfers/${t.id}/reverse`, { reasonCode: 'address_typo', reason: 'Typo' });
    expect([missing.status, (await missing.json()).errors]).toEqual([400, { intendedEmail: 'required' }]);
    const fixed = await ok(
      act(admin, `transfers/${t.id}/reverse`, {
        reasonCode: 'changed_mind',
        reason: 'Sender changed his mind',
        overrideReason: 'Recipient asked us in writing to return it (ticket 5120)',
      }),
      200,
    );
    expect(fixed).toMatchObject({ status: 'reversed', fixReasonCode: 'changed_mind', intendedEmail: null });
  });
  test('the reason is from the list of address errors: free text alone is refused, naming the field', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    const t = await ok(send({ accountId: a.id, planId: o.accountPlanId }, 'x@gmial.com', 1));
    const res = await act(support, `transfers/${t.id}/reverse`, { reason: 'mistake' });
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toHaveProperty('reasonCode');
  });
});

describe('5 and 11. alerts count what the customer has; an SMS rule needs a number; unlimited plans take fair-use rules', () => {
  test('10 GB plan, 4 GB sent away, the remaining 6 GB used: 90 % and 100 % fire', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    await ok(send({ accountId: a.id, planId: o.accountPlanId }, `f.${randomUUID().slice(0, 6)}@gmail.com`, 4));
    await ok(use(o.accountPlanId, 5 * GB)); // 9 GB gone of 10: 90 %
    expect(
      (await s.db('usage_alerts').where({ account_plan_id: o.accountPlanId }).whereNotNull('fired_at')).map((r) => r.threshold_percent),
    ).toEqual([90]);
    await ok(use(o.accountPlanId, GB));
    expect(
      (await s.db('usage_alerts').where({ account_plan_id: o.accountPlanId }).whereNotNull('fired_at'))
        .map((r) => r.threshold_percent)
        .sort(),
    ).toEqual([100, 90]);
    expect(await planRow(o.accountPlanId)).toMatchObject({ data_total_mb: 10 * GB, status: 'exhausted' });
  });
  test('a reversal before an alert does not inflate the size the customer sees', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    const t = await ok(send({ accountId: a.id, planId: o.accountPlanId }, 'typo@gmial.com', 4));
    await ok(
      act(support, `transfers/${t.id}/reverse`, { reasonCode: 'address_typo', intendedEmail: 'typo@gmail.com', reason: 'Typo' }),
      200,
    );
    expect(await planRow(o.accountPlanId)).toMatchObject({ data_total_mb: 10 * GB, data_remaining_mb: 10 * GB });
    expect((await ok(use(o.accountPlanId, 9 * GB))).alertsFired).toBe(1); // 90 % of 10 GB, not of 14
  });
  test('unlimited plans get fair-use reminders; an SMS rule needs a number', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.unlimited!);
    await ok(use(o.accountPlanId, 46 * GB)); // 92 % of the 50 GB fair-use allowance
    const message = await s.db('messages').where({ account_id: a.id, template: 'usage_alert' }).first();
    expect(message.body).toMatch(/fair-use|usage raisonnable/);
    const sms = await support('/api/usage-alerts', {
      method: 'POST',
      body: JSON.stringify({ accountPlanId: o.accountPlanId, thresholdPercent: 75, channel: 'sms' }),
    });
    await refused(sms, 422, 'sms_needs_number');
  });
});

describe("6. the sponsor is rewarded after the friend's first paid plan expired and its refund window closed", () => {
  test('exhausted minutes after the order: no reward; expired but inside 30 days: no reward; then rewarded once', async () => {
    const sponsor = await customer();
    const friend = await customer({ referralCode: sponsor.referralCode });
    const o = await activated(friend.id, plans.japan1!);
    await ok(use(o.accountPlanId, GB));
    expect((await planRow(o.accountPlanId)).status).toBe('exhausted');
    expect((await runJob(s.db, job('referrals.reward'))).summary?.rewarded ?? []).not.toContain(expect.anything());
    expect((await s.db('referrals').where({ referred_account_id: friend.id }).first()).status).toBe('qualifying');
    // The validity ends (day 7) but the refund window is still open: a request may still come.
    await s
      .db('account_plans')
      .where({ id: o.accountPlanId })
      .update({ ordered_at: new Date(Date.now() - 10 * DAY).toISOString(), expires_at: new Date(Date.now() - 3 * DAY).toISOString() });
    await s
      .db('orders')
      .where({ id: o.id })
      .update({ ordered_at: new Date(Date.now() - 10 * DAY).toISOString() });
    await runJob(s.db, job('referrals.reward'));
    expect((await s.db('referrals').where({ referred_account_id: friend.id }).first()).status).toBe('qualifying');
    // Day 32: the window has closed without a request.
    await s
      .db('account_plans')
      .where({ id: o.accountPlanId })
      .update({ ordered_at: new Date(Date.now() - 32 * DAY).toISOString() });
    await s
      .db('orders')
      .where({ id: o.id })
      .update({ ordered_at: new Date(Date.now() - 32 * DAY).toISOString() });
    await runJob(s.db, job('referrals.reward'));
    const r = await s.db('referrals').where({ referred_account_id: friend.id }).first();
    expect(r.status).toBe('rewarded');
    expect(await planRow(r.reward_account_plan_id)).toMatchObject({ origin: 'referral_reward', data_gifted_mb: GB });
  });
  test('a reward found abusive is voided with its unused reward data written off', async () => {
    const sponsor = await customer();
    const friend = await customer({ referralCode: sponsor.referralCode });
    const o = await activated(friend.id, plans.japan1!);
    await s
      .db('account_plans')
      .where({ id: o.accountPlanId })
      .update({ ordered_at: new Date(Date.now() - 40 * DAY).toISOString(), expires_at: new Date(Date.now() - DAY).toISOString() });
    await s
      .db('orders')
      .where({ id: o.id })
      .update({ ordered_at: new Date(Date.now() - 40 * DAY).toISOString() });
    await runJob(s.db, job('referrals.reward'));
    const r = await s.db('referrals').where({ referred_account_id: friend.id }).first();
    expect(r.status).toBe('rewarded');
    await ok(act(finance, `referrals/${r.id}/void`, { reason: 'Same person on two accounts' }), 200);
    expect(await planRow(r.reward_account_plan_id)).toMatchObject({ status: 'cancelled', data_remaining_mb: 0, data_gifted_mb: 0 });
    expect(await s.db('data_ledger').where({ account_plan_id: r.reward_account_plan_id, kind: 'write_off' }).first()).toMatchObject({
      delta_mb: -GB,
      gifted_delta_mb: -GB,
    });
  });
});

describe('7. an agent may date a request back a few working days; an admin further, with a reason', () => {
  test('"received" 399 days ago on a 400-day-old order: refused for support, so the request is dated today and late; an admin may confirm the old date with a reason', async () => {
    const a = await customer();
    const o = await ok(order(a.id, plans.japan10!, { orderedAt: new Date(Date.now() - 400 * DAY).toISOString() }));
    const receivedAt = new Date(Date.now() - 399 * DAY).toISOString();
    await refused(
      act(support, `orders/${o.id}/request-refund`, { reason: 'Customer says he wrote long ago', receivedAt }),
      422,
      'backdated_too_far',
    );
    await refused(
      act(admin, `orders/${o.id}/request-refund`, { reason: 'Customer says he wrote long ago', receivedAt }),
      422,
      'backdated_too_far',
    );
    const today = await ok(act(support, `orders/${o.id}/request-refund`, { reason: 'Customer says he wrote long ago' }), 200);
    expect(today).toMatchObject({ eligibility: 'not_eligible', eligibilityReasons: ['late_request'] });
    await ok(act(finance, `refunds/${today.id}/reject`, { reasonCode: 'late_request' }), 200);
    const confirmed = await ok(
      act(admin, `orders/${o.id}/request-refund`, {
        reason: 'Customer wrote last year',
        receivedAt,
        backdateReason: 'His e-mail of last year was found in the spam folder',
      }),
      200,
    );
    expect(confirmed).toMatchObject({ eligibility: 'full', backdateReason: 'His e-mail of last year was found in the spam folder' });
    expect(
      await s
        .db('audit_log')
        .where({ action: 'orders.request-refund', entity_id: String(confirmed.id) })
        .first(),
    ).toMatchObject({ actor_email: 'admin@test.kolet' });
  });
  test("yesterday is fine for support; the integration keeps the mail server's received time", async () => {
    const a = await customer();
    const o = await ok(order(a.id, plans.japan10!, { orderedAt: new Date(Date.now() - 20 * DAY).toISOString() }));
    await ok(
      act(support, `orders/${o.id}/request-refund`, { reason: 'Phoned yesterday', receivedAt: new Date(Date.now() - DAY).toISOString() }),
      200,
    );
    const b = await customer();
    const o2 = await ok(order(b.id, plans.japan10!, { orderedAt: new Date(Date.now() - 20 * DAY).toISOString() }));
    const r = await ok(
      api('POST', 'refund-requests', { orderId: o2.id, reason: 'E-mail', receivedAt: new Date(Date.now() - 15 * DAY).toISOString() }),
    );
    expect(r.eligibility).toBe('full');
  });
});

describe('8. promotions: the Application only, one welcome offer, phone and departure date, never at home', () => {
  test('a promo code on a web-site order is refused', async () => {
    const code = await promo({ kind: 'partner', partner: 'SNCF', discountPercent: 15 });
    const a = await customer();
    await refused(order(a.id, plans.japan10!, { promoCode: code.code, ...promoFacts, channel: 'site' }), 422, 'promo_app_only');
  });
  test('a second welcome offer, with another code, is refused', async () => {
    const [w1, w2] = [await promo({ kind: 'welcome', bonusMb: GB }), await promo({ kind: 'welcome', discountPercent: 20 })];
    const a = await customer();
    await ok(order(a.id, plans.japan1!, { promoCode: w1.code, ...promoFacts }));
    await refused(order(a.id, plans.japan1!, { promoCode: w2.code, ...promoFacts }), 422, 'welcome_already_used');
  });
  test('no phone number or no departure date: no promotion', async () => {
    const code = await promo({ kind: 'partner', partner: 'SNCF', discountPercent: 15 });
    const a = await customer();
    await refused(order(a.id, plans.japan10!, { promoCode: code.code, departureDate: promoFacts.departureDate }), 422, 'promo_needs_phone');
    await refused(order(a.id, plans.japan10!, { promoCode: code.code, phone: promoFacts.phone }), 422, 'promo_needs_departure_date');
  });
  test('a French customer gets no promotion on a France plan (his local market); on Japan he does', async () => {
    const code = await promo({ kind: 'partner', partner: 'SNCF', discountPercent: 15 });
    const a = await customer();
    await refused(
      order(a.id, plans.france5!, { promoCode: code.code, phone: '+33612345678', departureDate: promoFacts.departureDate }),
      422,
      'promo_home_market',
    );
    await ok(order(a.id, plans.japan10!, { promoCode: code.code, phone: '+33612345678', departureDate: promoFacts.departureDate }));
    expect((await s.db('accounts').where({ id: a.id }).first()).phone).toBe('+33612345678');
  });
});

describe('9. orders: only countries on sale; activation within one calendar year in Paris', () => {
  test('a plan of a country made unavailable is not sold', async () => {
    const a = await customer();
    await refused(order(a.id, plans.russia!), 422, 'country_unavailable');
  });
  test('an order of 1 March 2023 may be activated on 1 March 2024 (not only until 29 February)', async () => {
    const a = await customer();
    const o = await ok(order(a.id, plans.japan10!, { orderedAt: '2023-03-01T09:00:00Z' }));
    expect((await planRow(o.accountPlanId)).activate_by).toBeTruthy();
    expect(new Date((await planRow(o.accountPlanId)).activate_by).toISOString()).toBe('2024-03-01T22:59:59.000Z');
    await ok(api('POST', `account-plans/${o.accountPlanId}/activate`, { at: '2024-03-01T20:00:00Z' }));
    const b = await customer();
    const late = await ok(order(b.id, plans.japan10!, { orderedAt: '2023-03-01T09:00:00Z' }));
    await refused(
      api('POST', `account-plans/${late.accountPlanId}/activate`, { at: '2024-03-01T23:30:00Z' }),
      422,
      'activation_deadline_passed',
    );
  });
});

describe('10. after a change of device, the plan moves to a new eSIM', () => {
  test('installing an active plan on a new eSIM moves it, marks the old one removed, and usage goes on', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    const oldEsim = (await planRow(o.accountPlanId)).esim_id;
    const moved = await ok(api('POST', `account-plans/${o.accountPlanId}/install`, { iccid: iccid(), device: 'Pixel 9' }));
    expect(moved).toMatchObject({ status: 'active' });
    expect(moved.esimId).not.toBe(oldEsim);
    expect((await s.db('esims').where({ id: oldEsim }).first()).status).toBe('removed');
    expect(await s.db('esim_moves').where({ account_plan_id: o.accountPlanId }).first()).toMatchObject({
      from_esim_id: oldEsim,
      to_esim_id: moved.esimId,
    });
    expect((await use(o.accountPlanId, 100)).status).toBe(201);
    expect(
      await s
        .db('audit_log')
        .where({ action: 'account-plans.install', entity_id: String(o.accountPlanId) })
        .count({ n: '*' })
        .first(),
    ).toMatchObject({ n: 2 });
  });
  test('an ended plan does not move', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan1!);
    await ok(use(o.accountPlanId, GB));
    await refused(api('POST', `account-plans/${o.accountPlanId}/install`, { iccid: iccid() }), 409, 'plan_not_installable');
  });
});

describe('12. reviews: published when received, flagged when late, edits dated', () => {
  test('collected on 1 September, received today: published today, flagged; an edit sets its update date', async () => {
    const a = await customer();
    const r = await ok(
      api('POST', 'reviews', {
        accountId: a.id,
        rating: 2,
        comment: 'Slow in Osaka',
        collectedAt: new Date(Date.now() - 97 * DAY).toISOString(),
      }),
    );
    expect(Date.now() - new Date(r.publishedAt).getTime()).toBeLessThan(60_000);
    expect(r.publishedLate).toBe(true);
    expect(r.contentUpdatedAt).toBeNull();
    const edited = await ok(api('PUT', `reviews/${r.id}`, { accountId: a.id, rating: 4, comment: 'Slow in Osaka, fine in Tokyo' }), 200);
    expect(edited).toMatchObject({ rating: 4, comment: 'Slow in Osaka, fine in Tokyo' });
    expect(edited.contentUpdatedAt).toBeTruthy();
    const late = await moderatorList('reviews', { publishedLate: true });
    expect(late.map((x: { id: number }) => x.id)).toContain(r.id);
    const other = await customer();
    await refused(api('PUT', `reviews/${r.id}`, { accountId: other.id, rating: 1 }), 422, 'not_the_author');
  });
});

describe('13. the DSA target setting drives the clock; usage past the end is overshoot', () => {
  test('with dsa_decision_target_hours = 48, a new notice is due 48 hours after receipt', async () => {
    const res = await admin('/api/settings/dsa_decision_target_hours');
    const setting = await res.json();
    await ok(admin('/api/settings/dsa_decision_target_hours', { method: 'PUT', body: JSON.stringify({ ...setting, value: 48 }) }), 200);
    const a = await customer();
    const review = await ok(api('POST', 'reviews', { accountId: a.id, rating: 1, comment: 'Le gérant est un escroc notoire' }));
    const n = await notice(s.db, { locations: [String(review.id)] });
    const row = await s.db('dsa_notices').where({ id: n.id }).first();
    expect(new Date(row.decision_due_at).getTime() - new Date(row.received_at).getTime()).toBe(48 * 3_600_000);
  });
  test('usage that occurred after the validity ended (the expiry job has not run yet) is recorded as overshoot, never as plan data', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan10!);
    await s
      .db('account_plans')
      .where({ id: o.accountPlanId })
      .update({ expires_at: new Date(Date.now() - 60_000).toISOString() });
    const u = await ok(use(o.accountPlanId, 300));
    expect(u).toMatchObject({ mb: 300, chargedMb: 0, dataRemainingMb: 0 });
    expect(await planRow(o.accountPlanId)).toMatchObject({ status: 'expired', data_used_mb: 0 });
    expect((await reconcileLedger(s.db)).mismatches).toEqual([]);
  });
  test('usage past the last MB is charged what was left, the rest is overshoot', async () => {
    const a = await customer();
    const o = await activated(a.id, plans.japan1!);
    expect(await ok(use(o.accountPlanId, GB + 40))).toMatchObject({ mb: GB + 40, chargedMb: GB });
  });
});

async function moderatorList(resource: string, filter: Record<string, unknown>) {
  const moderator = await s.login('moderator');
  const res = await moderator(`/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,999]`);
  expect(res.status).toBe(200);
  return res.json();
}
