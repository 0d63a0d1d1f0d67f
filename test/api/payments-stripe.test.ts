// Refunds paid through Stripe (the real SDK against test/support/fakeStripe.ts): two-phase payouts,
// webhooks (signed, replayed, out of order, late), provider failures and timeouts, disputes. Both engines.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stripeProvider } from '../../server/payments/stripe.ts';
import { reconcilePayouts, sendDuePayouts } from '../../server/services/payouts.ts';
import { disputeObject, startFakeStripe, type FakeStripe } from '../support/fakeStripe.ts';
import { insertAccount } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { paidOrder } from '../support/orders.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

let fake: FakeStripe;
let s: Awaited<ReturnType<typeof startTestServer>>;
let finance: SessionFetch;
let token: string;
let provider: ReturnType<typeof stripeProvider>;
let hook: string;

beforeAll(async () => {
  fake = await startFakeStripe();
  provider = stripeProvider({ secretKey: fake.secretKey, apiBase: fake.baseUrl, timeoutMs: 400 });
  s = await startTestServer(
    { STRIPE_SECRET_KEY: fake.secretKey, STRIPE_WEBHOOK_SECRET: fake.webhookSecret, STRIPE_API_BASE: fake.baseUrl },
    { app: { paymentProvider: provider, sendPayoutsAtOnce: false } },
  );
  finance = await s.login('finance');
  token = await serviceToken(s.db);
  hook = `${s.baseUrl}/api/webhooks/stripe`;
});
afterAll(async () => {
  await s?.close();
  await fake?.close();
});

const act = (path: string, body: unknown) =>
  finance(path, { method: 'POST', body: JSON.stringify(body), headers: { 'idempotency-key': randomUUID() } });
const refundRow = (id: number) => s.db('refunds').where({ id }).first();
const payoutsOf = (id: number) => s.db('refund_payouts').where({ refund_id: id }).orderBy('id');

async function order(amountCents = 1999) {
  return paidOrder(s.db, await insertAccount(s.db, { email: `pay.${randomUUID().slice(0, 8)}@gmail.com` }), { amountCents });
}
async function approved(amountCents = 1999): Promise<{ refundId: number; orderId: number; planId: number }> {
  const { orderId, planId } = await order(amountCents);
  const res = await fetch(`${s.baseUrl}/api/integration/refund-requests`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ orderId, reason: 'Never installed' }),
  });
  const { id } = await res.json();
  const decided = await act(`/api/refunds/${id}/approve`, { amountCents });
  expect(decided.status).toBe(200);
  return { refundId: id, orderId, planId };
}
/** Waits until the webhook's work (done after the answer) has run. */
async function settled(eventId: string) {
  for (let i = 0; i < 100; i++) {
    const row = await s.db('provider_events').where({ id: eventId }).first('status');
    if (row && row.status !== 'queued') return row.status as string;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`event ${eventId} still queued`);
}
async function deliver(type: string, object: unknown, createdAt?: Date) {
  const e = fake.event(type, object, createdAt);
  const res = await fake.deliver(hook, e);
  expect(res.status).toBe(200);
  return { ...e, answer: await res.json(), status: await settled(e.id) };
}

describe('two-phase payouts', () => {
  test('approval records an intent and calls nobody; the worker sends it; the answer "pending" waits; the webhook pays it out, once', async () => {
    const calls = fake.calls.length;
    const { refundId } = await approved();
    expect(fake.calls.length).toBe(calls); // approval made no call
    expect((await refundRow(refundId)).status).toBe('payout_pending');
    const [intent] = await payoutsOf(refundId);
    expect(intent).toMatchObject({ status: 'requested', attempt: 1, provider: 'stripe', amount_cents: 1999 });

    fake.script.push('pending');
    expect(await sendDuePayouts(s.db, provider)).toMatchObject({ sent: 1, pending: 1 });
    const [sent] = await payoutsOf(refundId);
    expect(sent.status).toBe('pending');
    expect(fake.calls.at(-1)).toMatchObject({ key: intent.idempotency_key, status: 200 });
    expect((await refundRow(refundId)).status).toBe('payout_pending');

    // Stripe settles it: the webhook, delivered twice.
    const settledRefund = fake.setStatus(sent.provider_reference, 'succeeded');
    const first = await deliver('refund.updated', settledRefund);
    expect(first.answer).toMatchObject({ received: true, duplicate: false });
    const again = await fake.deliver(hook, first);
    expect(await again.json()).toMatchObject({ duplicate: true });
    const refund = await refundRow(refundId);
    expect(refund).toMatchObject({ status: 'paid_out', payout_reference: sent.provider_reference });
    expect((await payoutsOf(refundId)).map((p) => p.status)).toEqual(['succeeded']);
    // The customer is told once, a credit note is issued, the provider is the audit's actor.
    expect(
      await s
        .db('messages')
        .where({ related_entity: 'refunds', related_id: String(refundId), template: 'refund_paid' })
        .count({ n: '*' })
        .first(),
    ).toMatchObject({ n: 1 });
    expect(await s.db('invoices').where({ refund_id: refundId, kind: 'credit_note' }).first()).toBeTruthy();
    const audit = await s
      .db('audit_log')
      .where({ entity: 'refunds', entity_id: String(refundId), action: 'refunds.payout-succeeded' })
      .first();
    expect(audit).toMatchObject({ actor_kind: 'system', actor_email: 'stripe' });
    // A late "pending" for the same refund changes nothing.
    const late = await deliver('refund.updated', { ...settledRefund, status: 'pending' }, new Date(Date.now() - 60_000));
    expect(late.status).toBe('processed');
    expect((await refundRow(refundId)).status).toBe('paid_out');
  });

  test('the provider refuses the refund: the case reopens as failed; paying again is attempt 2 with a new key', async () => {
    const { refundId } = await approved();
    fake.script.push('card_error');
    expect(await sendDuePayouts(s.db, provider)).toMatchObject({ failed: 1 });
    expect(await refundRow(refundId)).toMatchObject({ status: 'failed' });
    expect((await refundRow(refundId)).failure_reason).toMatch(/charge_already_refunded/);
    // With Stripe there is no reference to type: the provider gives it (the console's dialog has no such field).
    const typed = await act(`/api/refunds/${refundId}/payout`, { reference: 're_typed_by_hand' });
    expect(typed.status).toBe(422);
    expect(await typed.json()).toMatchObject({ code: 'reference_not_used' });
    expect((await payoutsOf(refundId)).length).toBe(1);
    const retry = await act(`/api/refunds/${refundId}/payout`, {});
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ status: 'payout_pending' });
    expect(await sendDuePayouts(s.db, provider)).toMatchObject({ paid: 1 });
    const payouts = await payoutsOf(refundId);
    expect(payouts.map((p) => [p.status, p.attempt])).toEqual([
      ['failed', 1],
      ['succeeded', 2],
    ]);
    expect(payouts[0].idempotency_key).not.toBe(payouts[1].idempotency_key);
    expect((await refundRow(refundId)).status).toBe('paid_out');
  });

  test('a refund that succeeded and then fails at Stripe (webhook) reopens the case', async () => {
    const { refundId } = await approved();
    await sendDuePayouts(s.db, provider);
    const [p] = await payoutsOf(refundId);
    expect((await refundRow(refundId)).status).toBe('paid_out');
    await deliver('charge.refund.updated', fake.setStatus(p.provider_reference, 'failed'));
    expect(await refundRow(refundId)).toMatchObject({ status: 'failed', failure_reason: 'lost_or_stolen_card' });
  });

  test('a timeout: the refund was made but the answer lost; the intent is sent again later with the same key: one refund at Stripe', async () => {
    const { refundId } = await approved();
    fake.script.push('timeout');
    fake.delayMs = 1000;
    const first = await sendDuePayouts(s.db, provider);
    expect(first).toMatchObject({ unknown: 1 });
    expect((await payoutsOf(refundId))[0]).toMatchObject({ status: 'requested' });
    // Too early: still claimed by the first run.
    expect(await sendDuePayouts(s.db, provider)).toMatchObject({ sent: 0 });
    const later = await sendDuePayouts(s.db, provider, { now: new Date(Date.now() + 5 * 60_000) });
    expect(later).toMatchObject({ sent: 1, paid: 1 });
    const [p] = await payoutsOf(refundId);
    const atStripe = [...fake.refunds.values()].filter((r) => r.metadata.kolet_payout_id === String(p.id));
    expect(atStripe).toHaveLength(1);
    expect(p.provider_reference).toBe(atStripe[0]!.id);
  });

  test('Stripe down (500): the intent waits, the run says why; nothing is recorded as paid or failed', async () => {
    const { refundId } = await approved();
    fake.script.push('server_error');
    const run = await sendDuePayouts(s.db, provider);
    expect(run.unknown).toBe(1);
    expect(run.error).toBeTruthy();
    expect(await refundRow(refundId)).toMatchObject({ status: 'payout_pending' });
    expect(await sendDuePayouts(s.db, provider, { now: new Date(Date.now() + 5 * 60_000) })).toMatchObject({ paid: 1 });
  });

  test('the webhook arrives before the answer is recorded (the process stopped after the call): paid out once, the resend finds it done', async () => {
    const { refundId } = await approved();
    await expect(
      sendDuePayouts(s.db, provider, {
        afterCall: async () => {
          throw new Error('killed after the call');
        },
      }),
    ).rejects.toThrow('killed');
    const [p] = await payoutsOf(refundId);
    expect(p.status).toBe('requested');
    const made = [...fake.refunds.values()].find((r) => r.metadata.kolet_payout_id === String(p.id))!;
    await deliver('refund.updated', made);
    expect(await refundRow(refundId)).toMatchObject({ status: 'paid_out', payout_reference: made.id });
    expect(await sendDuePayouts(s.db, provider, { now: new Date(Date.now() + 5 * 60_000) })).toMatchObject({ sent: 0 });
    expect([...fake.refunds.values()].filter((r) => r.metadata.kolet_payout_id === String(p.id))).toHaveLength(1);
  });

  test('reconciliation raises a refund at Stripe we do not know and a state that differs', async () => {
    const { refundId } = await approved();
    fake.script.push('pending');
    await sendDuePayouts(s.db, provider);
    const [p] = await payoutsOf(refundId);
    fake.setStatus(p.provider_reference, 'succeeded'); // the webhook was lost
    fake.refunds.set('re_stranger', {
      id: 're_stranger',
      object: 'refund',
      amount: 500,
      currency: 'eur',
      status: 'succeeded',
      payment_intent: 'pi_x',
      charge: null,
      metadata: {},
      created: Math.floor(Date.now() / 1000),
      failure_reason: null,
    });
    const summary = await reconcilePayouts(s.db, provider, new Date());
    expect(summary.differences).toBeGreaterThanOrEqual(2);
    const kinds = (await s.db('payout_discrepancies').whereIn('provider_reference', [p.provider_reference, 're_stranger']).select('kind'))
      .map((r) => r.kind)
      .sort();
    expect(kinds).toEqual(['status_differs', 'unknown_here']);
  });
});

describe('the webhook endpoint', () => {
  test('a bad signature is refused (400) and stores nothing', async () => {
    const e = fake.event('refund.updated', { id: 're_nope', status: 'succeeded' });
    const res = await fake.deliver(hook, { body: e.body, header: e.header.replace(/v1=[0-9a-f]+/, 'v1=' + '0'.repeat(64)) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'signature_invalid' });
    expect(await s.db('provider_events').where({ id: e.id }).first()).toBeUndefined();
  });

  test('an event about nothing of ours is stored and ignored', async () => {
    expect((await deliver('refund.updated', { id: 're_unknown', status: 'succeeded', metadata: {} })).status).toBe('ignored');
    expect((await deliver('customer.created', { id: 'cus_1' })).status).toBe('ignored');
  });
});

describe('disputes (chargebacks)', () => {
  test('charge.dispute.created: order disputed, plan stopped (write-off), open refund closed, in the finance queue; closed lost → cancelled', async () => {
    const { orderId, planId } = await order(2999);
    const ord = await s.db('orders').where({ id: orderId }).first();
    const res = await fetch(`${s.baseUrl}/api/integration/refund-requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ orderId, reason: 'Never installed' }),
    });
    const { id: refundId } = await res.json();
    const dp = disputeObject({ paymentIntent: ord.payment_reference, amount: 2999, status: 'needs_response' });
    // Out of order: the "updated" arrives first, then "created" (a replay of the same dispute): one dispute.
    await deliver('charge.dispute.updated', dp);
    await deliver('charge.dispute.created', dp);
    const disputes = await s.db('disputes').where({ order_id: orderId });
    expect(disputes).toHaveLength(1);
    expect(disputes[0]).toMatchObject({
      status: 'open',
      source: 'provider',
      provider_dispute_id: dp.id,
      amount_cents: 2999,
      written_off_mb: 10240,
    });
    expect((await s.db('orders').where({ id: orderId }).first()).status).toBe('disputed');
    const plan = await s.db('account_plans').where({ id: planId }).first();
    expect(plan).toMatchObject({ status: 'cancelled', data_remaining_mb: 0 });
    expect(await s.db('data_ledger').where({ account_plan_id: planId, kind: 'write_off' }).first()).toMatchObject({ delta_mb: -10240 });
    expect((await refundRow(refundId)).status).toBe('closed');
    const queue = await finance('/api/disputes?filter=' + encodeURIComponent(JSON.stringify({ status: 'open' })));
    expect((await queue.json()).some((d: { id: number; evidenceDueBy: string }) => d.id === disputes[0].id && d.evidenceDueBy)).toBe(true);
    const evidence = await (await finance(`/api/disputes/${disputes[0].id}/evidence`)).json();
    expect(evidence).toMatchObject({ order: { id: orderId }, usage: { totalMb: 0 }, transfers: [] });

    await deliver('charge.dispute.closed', { ...dp, status: 'lost' });
    expect((await s.db('disputes').where({ id: disputes[0].id }).first()).status).toBe('lost');
    expect((await s.db('orders').where({ id: orderId }).first()).status).toBe('cancelled');
  });

  test('won within validity: the order and its plan come back with their data', async () => {
    const { orderId, planId } = await order();
    const ord = await s.db('orders').where({ id: orderId }).first();
    const dp = disputeObject({ paymentIntent: ord.payment_reference, amount: 1999, status: 'needs_response' });
    // Closed delivered before created (out of order): opened and closed at once.
    await deliver('charge.dispute.closed', { ...dp, status: 'won' });
    await deliver('charge.dispute.created', dp);
    expect((await s.db('disputes').where({ order_id: orderId }).first()).status).toBe('won');
    expect((await s.db('orders').where({ id: orderId }).first()).status).toBe('paid');
    expect(await s.db('account_plans').where({ id: planId }).first()).toMatchObject({ status: 'pending', data_remaining_mb: 10240 });
  });

  test("with Stripe nothing is typed by hand: recording a dispute and closing a provider's dispute are refused (409)", async () => {
    const { orderId } = await order();
    const ord = await s.db('orders').where({ id: orderId }).first();
    const typed = await act(`/api/orders/${orderId}/record-dispute`, { reason: 'fraudulent', amountCents: 1999 });
    expect(typed.status).toBe(409);
    expect(await typed.json()).toMatchObject({ code: 'disputes_from_provider' });
    expect(await s.db('disputes').where({ order_id: orderId }).first()).toBeUndefined();
    const dp = disputeObject({ paymentIntent: ord.payment_reference, amount: 1999, status: 'needs_response' });
    await deliver('charge.dispute.created', dp);
    const d = await s.db('disputes').where({ order_id: orderId }).first();
    const closed = await act(`/api/disputes/${d.id}/close`, { outcome: 'won' });
    expect(closed.status).toBe(409);
    expect(await closed.json()).toMatchObject({ code: 'outcome_from_provider' });
    expect((await s.db('disputes').where({ id: d.id }).first()).status).toBe('open');
    const support = await s.login('support');
    expect((await support('/api/disputes')).status).toBe(403);
  });
});
