import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.ts';
import { reconcileLedger } from '../../server/services/ledger.ts';
import { insertAccount } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { paidOrder } from '../support/orders.ts';
import { startTestServer, TEST_PASSWORD, type SessionFetch } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let finance: SessionFetch;
let finance2: SessionFetch;
let admin: SessionFetch;
let support: SessionFetch;
let token: string;

beforeAll(async () => {
  s = await startTestServer();
  const now = new Date().toISOString();
  await s.db('staff').insert({
    email: 'finance2@test.kolet',
    name: 'Second approver',
    roles: JSON.stringify(['finance']),
    password_hash: await hashPassword(TEST_PASSWORD),
    status: 'active',
    created_at: now,
    updated_at: now,
    version: 1,
  });
  [finance, finance2, admin, support] = await Promise.all([
    s.login('finance'),
    s.login('finance2@test.kolet'),
    s.login('admin'),
    s.login('support'),
  ]);
  token = await serviceToken(s.db);
});
afterAll(async () => {
  await s?.close();
});

const DAY = 86_400_000;
let n = 0;
const customer = () => insertAccount(s.db, { email: `buyer${++n}.${Date.now()}@gmail.com` });
const act = (who: SessionFetch, id: number, action: string, body: unknown, key: string | null = randomUUID()) =>
  who(`/api/refunds/${id}/${action}`, { method: 'POST', body: JSON.stringify(body), headers: key ? { 'idempotency-key': key } : {} });
async function requestFor(orderId: number, receivedAt?: Date) {
  const res = await fetch(`${s.baseUrl}/api/integration/refund-requests`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ orderId, reason: 'I did not use it', ...(receivedAt ? { receivedAt: receivedAt.toISOString() } : {}) }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}
const refund = (id: number) => s.db('refunds').where({ id }).first();
const order = (id: number) => s.db('orders').where({ id }).first();

describe('the refund rules the console states', () => {
  test("support and finance read the four-eyes threshold and how far back an agent may date a request; settings stay the admin's", async () => {
    for (const who of [support, finance]) {
      const res = await who('/api/refund-rules');
      expect(res.status).toBe(200);
      const rules = await res.json();
      expect(rules).toMatchObject({ fourEyesThresholdCents: 10_000, backdateWorkingDays: 5 });
      // Five working days back at least a week, never more than a fortnight (holidays included).
      const back = Date.now() - Date.parse(rules.earliestAgentReceiptAt);
      expect(back).toBeGreaterThan(5 * DAY);
      expect(back).toBeLessThan(14 * DAY);
    }
    expect((await finance('/api/settings/four_eyes_threshold_cents')).status).toBe(403);
    await s
      .db('settings')
      .where({ id: 'four_eyes_threshold_cents' })
      .update({ value: JSON.stringify(25_000) });
    expect((await (await finance('/api/refund-rules')).json()).fourEyesThresholdCents).toBe(25_000);
    await s
      .db('settings')
      .where({ id: 'four_eyes_threshold_cents' })
      .update({ value: JSON.stringify(10_000) });
  });
});

describe('refund requests', () => {
  test('a request by e-mail stores the verdict, the reasons and the decision deadline, and acknowledges it', async () => {
    const { orderId } = await paidOrder(s.db, await customer());
    const r = await requestFor(orderId);
    expect(r).toMatchObject({
      status: 'requested',
      source: 'email',
      eligibility: 'full',
      eligibilityReasons: ['not_installed'],
      proposedAmountCents: 1999,
    });
    expect(new Date(r.decisionDueAt).getTime()).toBeGreaterThan(Date.now() + 5 * DAY);
    expect(
      await s
        .db('messages')
        .where({ related_entity: 'refunds', related_id: String(r.id), template: 'refund_received' })
        .first(),
    ).toBeDefined();
  });
  test('one open request per order: a second one is 409', async () => {
    const { orderId } = await paidOrder(s.db, await customer());
    await requestFor(orderId);
    const again = await fetch(`${s.baseUrl}/api/integration/refund-requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ orderId, reason: 'again' }),
    });
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('refund_already_open');
  });
  test('an agent logs a request on an order, flagging a lost device: not eligible', async () => {
    const { orderId } = await paidOrder(s.db, await customer());
    const res = await support(`/api/orders/${orderId}/request-refund`, {
      method: 'POST',
      body: JSON.stringify({ reason: 'Phone stolen in Tokyo', lostOrStolenDevice: true }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ source: 'agent', eligibility: 'not_eligible', eligibilityReasons: ['lost_or_stolen_device'] });
  });
  test('a request in the future is refused', async () => {
    const { orderId } = await paidOrder(s.db, await customer());
    const res = await support(`/api/orders/${orderId}/request-refund`, {
      method: 'POST',
      body: JSON.stringify({ reason: 'x y z', receivedAt: new Date(Date.now() + DAY).toISOString() }),
    });
    expect((await res.json()).code).toBe('received_in_future');
  });
  test("a request on a referred friend's first paid plan voids the sponsor's pending reward", async () => {
    const sponsor = await customer();
    const friend = await customer();
    const now = new Date().toISOString();
    await s.db('referrals').insert({
      sponsor_account_id: sponsor,
      referred_account_id: friend,
      status: 'qualifying',
      created_at: now,
      updated_at: now,
      version: 1,
    });
    const { orderId } = await paidOrder(s.db, friend);
    await requestFor(orderId);
    expect(await s.db('referrals').where({ referred_account_id: friend }).first()).toMatchObject({
      status: 'void',
      void_reason: 'refund_requested',
    });
  });
});

describe('approving, rejecting, paying out', () => {
  test('a full approval refunds the order, ends the plan with a write-off, sets the payout clock and tells the customer', async () => {
    const { orderId, planId } = await paidOrder(s.db, await customer());
    const r = await requestFor(orderId);
    const res = await act(finance, r.id, 'approve', { amountCents: 1999, note: 'not installed' });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'approved', amountCents: 1999, payoutMethod: 'card' });
    expect(new Date(body.payoutDueAt).getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    expect(await order(orderId)).toMatchObject({ status: 'refunded', refunded_cents: 1999 });
    expect(await s.db('account_plans').where({ id: planId }).first()).toMatchObject({ status: 'refunded', data_remaining_mb: 0 });
    expect(await s.db('data_ledger').where({ account_plan_id: planId, kind: 'refund_write_off' }).first()).toMatchObject({
      delta_mb: -10240,
      refund_id: r.id,
    });
    expect(
      await s
        .db('messages')
        .where({ related_id: String(r.id), template: 'refund_approved' })
        .first(),
    ).toBeDefined();
    expect(
      await s
        .db('audit_log')
        .where({ action: 'refunds.approve', entity_id: String(r.id) })
        .first(),
    ).toMatchObject({ actor_email: 'finance@test.kolet' });
  });
  test('a partial refund is capped at price × unused share; more is 422, less is allowed', async () => {
    const { orderId } = await paidOrder(s.db, await customer(), {
      installedAt: new Date(Date.now() - DAY),
      activatedAt: new Date(Date.now() - DAY),
      usedMb: 100,
    });
    const r = await requestFor(orderId);
    expect(r).toMatchObject({ eligibility: 'partial', proposedAmountCents: 1979 });
    const tooMuch = await act(finance, r.id, 'approve', { amountCents: 1980 });
    expect((await tooMuch.json()).code).toBe('amount_above_proposal');
    expect(await (await act(finance, r.id, 'approve', { amountCents: 1500 })).json()).toMatchObject({
      status: 'approved',
      amountCents: 1500,
    });
    expect(await order(orderId)).toMatchObject({ status: 'partially_refunded', refunded_cents: 1500 });
  });
  test('a request that is not eligible: finance cannot approve it; an admin can, with a written reason', async () => {
    const { orderId } = await paidOrder(s.db, await customer(), { orderedAt: new Date(Date.now() - 40 * DAY) });
    const r = await requestFor(orderId);
    expect(r).toMatchObject({ eligibility: 'not_eligible', eligibilityReasons: ['late_request'] });
    expect((await act(finance, r.id, 'approve', { amountCents: 1000 })).status).toBe(403);
    expect((await (await act(admin, r.id, 'approve', { amountCents: 1000 })).json()).code).toBe('reason_required');
    expect(
      await (await act(admin, r.id, 'approve', { amountCents: 1000, note: 'Commercial gesture: outage in Japan' })).json(),
    ).toMatchObject({ status: 'approved' });
  });
  test('four eyes: a 150 € refund waits for a second, different finance approver, who confirms the amount or less, never more', async () => {
    const { orderId } = await paidOrder(s.db, await customer(), { amountCents: 15000 });
    const r = await requestFor(orderId);
    expect(await (await act(finance, r.id, 'approve', { amountCents: 14000 })).json()).toMatchObject({
      status: 'awaiting_second_approval',
    });
    expect(await order(orderId)).toMatchObject({ refunded_cents: 0 });
    const alone = await act(finance, r.id, 'approve', { amountCents: 14000 });
    expect([alone.status, (await alone.json()).code]).toEqual([409, 'same_approver']);
    const more = await act(finance2, r.id, 'approve', { amountCents: 14500 });
    expect([more.status, (await more.json()).code]).toEqual([409, 'amount_above_first_approval']);
    expect(await (await act(finance2, r.id, 'approve', { amountCents: 13000 })).json()).toMatchObject({
      status: 'approved',
      amountCents: 13000,
    });
    expect(await s.db('refund_approvals').where({ refund_id: r.id }).count({ c: '*' }).first()).toMatchObject({ c: 2 });
    expect(await order(orderId)).toMatchObject({ refunded_cents: 13000, status: 'partially_refunded' });
  });
  test('a rejection needs a reason code, and a note with "other"', async () => {
    const { orderId } = await paidOrder(s.db, await customer());
    const r = await requestFor(orderId);
    expect((await act(finance, r.id, 'reject', { reasonCode: 'other' })).status).toBe(400);
    expect(await (await act(finance, r.id, 'reject', { reasonCode: 'duplicate', note: 'see #12' })).json()).toMatchObject({
      status: 'rejected',
      rejectReasonCode: 'duplicate',
    });
    expect(
      await s
        .db('messages')
        .where({ related_id: String(r.id), template: 'refund_rejected' })
        .first(),
    ).toBeDefined();
    expect((await act(finance, r.id, 'approve', { amountCents: 100 })).status).toBe(409);
  });
  test('payout records the provider reference; a late failure reopens the case; a new payout closes it', async () => {
    const { orderId } = await paidOrder(s.db, await customer());
    const r = await requestFor(orderId);
    await act(finance, r.id, 'approve', { amountCents: 1999 });
    expect(await (await act(finance, r.id, 'payout', { reference: 're_3PaXw1' })).json()).toMatchObject({
      status: 'paid_out',
      payoutReference: 're_3PaXw1',
    });
    expect(await (await act(finance, r.id, 'payout-failed', { reason: 'expired_or_canceled_card' })).json()).toMatchObject({
      status: 'failed',
      failureReason: 'expired_or_canceled_card',
    });
    expect(await (await act(finance, r.id, 'payout', { reference: 're_3PaXw2' })).json()).toMatchObject({
      status: 'paid_out',
      payoutReference: 're_3PaXw2',
    });
    expect((await s.db('refund_payouts').where({ refund_id: r.id }).orderBy('id')).map((p: { status: string }) => p.status)).toEqual([
      'succeeded',
      'failed',
      'succeeded',
    ]);
    expect(
      await s
        .db('messages')
        .where({ related_id: String(r.id), template: 'refund_paid' })
        .count({ c: '*' })
        .first(),
    ).toMatchObject({ c: 1 });
  });
  test('the case history shows the approvals, payouts, messages and staff actions (finance only)', async () => {
    const { orderId } = await paidOrder(s.db, await customer(), { amountCents: 12000 });
    const r = await requestFor(orderId);
    await act(finance, r.id, 'approve', { amountCents: 12000 });
    await act(finance2, r.id, 'approve', { amountCents: 12000 });
    await act(finance, r.id, 'payout', { reference: 're_hist' });
    const res = await finance(`/api/refunds/${r.id}/history`);
    expect(res.status).toBe(200);
    const h = await res.json();
    expect(h.refund).toMatchObject({ id: r.id, status: 'paid_out' });
    expect(h.approvals.map((a: { staffEmail: string }) => a.staffEmail)).toEqual(['finance@test.kolet', 'finance2@test.kolet']);
    expect(h.payouts).toMatchObject([{ providerReference: 're_hist', status: 'succeeded', amountCents: 12000 }]);
    expect(h.messages.map((m: { template: string }) => m.template)).toEqual(['refund_received', 'refund_approved', 'refund_paid']);
    expect(h.audit.map((a: { action: string }) => a.action)).toEqual([
      'refunds.request',
      'refunds.approve',
      'refunds.approve',
      'refunds.payout',
    ]);
    expect((await support(`/api/refunds/${r.id}/history`)).status).toBe(403);
  });

  test('a provider reference is recorded once (a redelivered payout is a conflict, not a second payout)', async () => {
    const a = await requestFor((await paidOrder(s.db, await customer())).orderId);
    const b = await requestFor((await paidOrder(s.db, await customer())).orderId);
    await act(finance, a.id, 'approve', { amountCents: 1999 });
    await act(finance, b.id, 'approve', { amountCents: 1999 });
    await act(finance, a.id, 'payout', { reference: 're_same' });
    const dup = await act(finance, b.id, 'payout', { reference: 're_same' });
    expect(dup.status).toBe(409);
    expect((await refund(b.id)).status).toBe('approved');
  });
});

describe('double submits and over-refunds (docs/MONEY.md §5)', () => {
  test('two identical concurrent approvals with one key → one refund', async () => {
    const { orderId } = await paidOrder(s.db, await customer());
    const r = await requestFor(orderId);
    const key = randomUUID();
    const [a, b] = await Promise.all([
      act(finance, r.id, 'approve', { amountCents: 1999 }, key),
      act(finance, r.id, 'approve', { amountCents: 1999 }, key),
    ]);
    expect([a.status, b.status].sort()).toEqual(a.status === b.status ? [200, 200] : [200, 409]);
    expect(await order(orderId)).toMatchObject({ refunded_cents: 1999 });
    expect(
      await s
        .db('audit_log')
        .where({ action: 'refunds.approve', entity_id: String(r.id) })
        .count({ c: '*' })
        .first(),
    ).toMatchObject({ c: 1 });
  });
  test('two concurrent approvals with different keys → one succeeds, the other 409', async () => {
    const { orderId } = await paidOrder(s.db, await customer());
    const r = await requestFor(orderId);
    const results = await Promise.all([
      act(finance, r.id, 'approve', { amountCents: 1999 }),
      act(finance, r.id, 'approve', { amountCents: 1999 }),
    ]);
    expect(results.map((x) => x.status).sort()).toEqual([200, 409]);
    expect(await order(orderId)).toMatchObject({ refunded_cents: 1999 });
  });
  test('the same Idempotency-Key with a different amount → 409', async () => {
    const { orderId } = await paidOrder(s.db, await customer(), { installedAt: new Date(), activatedAt: new Date(), usedMb: 10 });
    const r = await requestFor(orderId);
    const key = randomUUID();
    expect((await act(finance, r.id, 'approve', { amountCents: 1000 }, key)).status).toBe(200);
    const res = await act(finance, r.id, 'approve', { amountCents: 1100 }, key);
    expect([res.status, (await res.json()).code]).toEqual([409, 'idempotency_key_reused']);
  });
  test('two refunds of the same amount on one order both succeed, and never exceed what was paid', async () => {
    const { orderId } = await paidOrder(s.db, await customer(), { amountCents: 1000 });
    const first = await requestFor(orderId);
    expect((await act(finance, first.id, 'approve', { amountCents: 400 })).status).toBe(200);
    await act(finance, first.id, 'payout', { reference: `re_${randomUUID()}` });
    // The plan was ended by the first refund: a second request is outside the terms (an admin's gesture).
    const second = await requestFor(orderId);
    expect(second).toMatchObject({ eligibility: 'not_eligible', eligibilityReasons: ['already_refunded'] });
    expect((await act(admin, second.id, 'approve', { amountCents: 400, note: 'Goodwill after a second outage' })).status).toBe(200);
    await act(finance, second.id, 'payout', { reference: `re_${randomUUID()}` });
    const third = await requestFor(orderId);
    const over = await act(admin, third.id, 'approve', { amountCents: 300, note: 'Goodwill, third time' });
    expect((await over.json()).code).toBe('amount_exceeds_refundable');
    expect(await order(orderId)).toMatchObject({ refunded_cents: 800, status: 'partially_refunded' });
  });
  test('the ledger still reconciles', async () => {
    expect((await reconcileLedger(s.db)).mismatches).toEqual([]);
  });
});

describe('property: refunds on one order never exceed what was paid (docs/MONEY.md §5.2, §5.6)', () => {
  test('random amounts, approved two at a time in parallel, on random orders', async () => {
    const fc = (await import('fast-check')).default;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 20000 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12000 }), fc.integer({ min: 1, max: 12000 })), { minLength: 1, maxLength: 4 }),
        async (paid, rounds) => {
          const { orderId } = await paidOrder(s.db, await customer(), { amountCents: paid });
          let granted = 0;
          for (const [x, y] of rounds) {
            // Two cases on the same order cannot be open at once: the second request is refused while the first is open.
            const first = await requestFor(orderId);
            const results = await Promise.all([
              act(admin, first.id, 'approve', { amountCents: x, note: 'property test gesture' }),
              act(admin, first.id, 'approve', { amountCents: y, note: 'property test gesture' }),
            ]);
            expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
            const state = await refund(first.id);
            if (state.status === 'approved') {
              granted += state.amount_cents;
              await act(finance, first.id, 'payout', { reference: `re_${randomUUID()}` });
            } else {
              // Refused (over what remains), or waiting for a second approver above the threshold: close it.
              await act(finance, first.id, 'reject', { reasonCode: 'duplicate', note: 'closing' });
            }
            const o = await order(orderId);
            expect(o.refunded_cents).toBe(granted);
            expect(o.refunded_cents).toBeLessThanOrEqual(paid);
            expect(o.status).toBe(granted === 0 ? 'paid' : granted === paid ? 'refunded' : 'partially_refunded');
          }
        },
      ),
      { numRuns: 12, seed: 4242 },
    );
  }, 60_000);
});

describe('history of a request logged by an agent', () => {
  test('the history shows who logged it, and the four-eyes threshold', async () => {
    const { orderId } = await paidOrder(s.db, await customer());
    const logged = await (
      await support(`/api/orders/${orderId}/request-refund`, { method: 'POST', body: JSON.stringify({ reason: 'Customer called' }) })
    ).json();
    const h = await (await finance(`/api/refunds/${logged.id}/history`)).json();
    expect(h.fourEyesThresholdCents).toBe(10000);
    expect(h.audit.map((a: { action: string; actorEmail: string }) => [a.action, a.actorEmail])).toEqual([
      ['orders.request-refund', 'support@test.kolet'],
    ]);
  });
});
