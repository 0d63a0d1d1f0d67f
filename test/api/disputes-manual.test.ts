// Chargebacks recorded by hand (docs/PAYMENTS.md "Disputes"): with the manual provider (no STRIPE_SECRET_KEY)
// finance records a dispute from the order — reason, amount, evidence due date — and later the bank's decision.
// The same service functions as Stripe's webhook (server/services/disputes.ts); audited with finance as actor.
// Both engines.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { insertAccount } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { paidOrder } from '../support/orders.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

let s: Awaited<ReturnType<typeof startTestServer>>;
let finance: SessionFetch;
let token: string;

beforeAll(async () => {
  s = await startTestServer();
  finance = await s.login('finance');
  token = await serviceToken(s.db);
});
afterAll(async () => {
  await s?.close();
});

const act = (who: SessionFetch, path: string, body: unknown) =>
  who(path, { method: 'POST', body: JSON.stringify(body), headers: { 'idempotency-key': randomUUID() } });
const order = async (amountCents = 1999) =>
  paidOrder(s.db, await insertAccount(s.db, { email: `dispute.${randomUUID().slice(0, 8)}@gmail.com` }), { amountCents });
const orderRow = (id: number) => s.db('orders').where({ id }).first();
const planRow = (id: number) => s.db('account_plans').where({ id }).first();

describe('a dispute recorded by hand (manual provider)', () => {
  test('the console learns the provider: manual', async () => {
    expect(await (await finance('/api/auth/me')).json()).toMatchObject({ paymentProvider: 'manual' });
  });

  test('finance records it with its reason, amount and evidence due date: the order is disputed, the approved refund closed (its amount refundable again); audited', async () => {
    const { orderId, planId } = await order(2999);
    // A refund granted but not yet paid out: the dispute closes it and its amount goes back to the order's refundable sum.
    const req = await fetch(`${s.baseUrl}/api/integration/refund-requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ orderId, reason: 'Never installed' }),
    });
    const { id: refundId } = await req.json();
    expect((await act(finance, `/api/refunds/${refundId}/approve`, { amountCents: 1000 })).status).toBe(200);
    expect(await orderRow(orderId)).toMatchObject({ refunded_cents: 1000 });

    const due = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const res = await act(finance, `/api/orders/${orderId}/record-dispute`, {
      reason: 'fraudulent',
      amountCents: 2999,
      evidenceDueBy: due,
    });
    expect(res.status).toBe(200);
    const d = await res.json();
    expect(d).toMatchObject({ status: 'open', source: 'manual', orderId, amountCents: 2999, reason: 'fraudulent' });
    // The approval had already ended the plan (written off): nothing left for the dispute to write off.
    expect(d.writtenOffMb).toBe(0);
    expect(new Date(d.evidenceDueBy).toISOString()).toBe(due);
    expect(await orderRow(orderId)).toMatchObject({ status: 'disputed', refunded_cents: 0 });
    expect(await planRow(planId)).toMatchObject({ status: 'refunded', data_remaining_mb: 0 });
    expect(await s.db('refunds').where({ id: refundId }).first()).toMatchObject({ status: 'closed' });
    const audit = await s
      .db('audit_log')
      .where({ entity: 'disputes', entity_id: String(d.id), action: 'disputes.open' })
      .first();
    expect(audit).toMatchObject({ actor_kind: 'staff', actor_email: 'finance@test.kolet', reason: 'fraudulent' });
    // In the finance queue, due date first.
    const queue = await (await finance('/api/disputes?filter=' + encodeURIComponent(JSON.stringify({ status: 'open' })))).json();
    expect(queue.some((q: { id: number }) => q.id === d.id)).toBe(true);

    // A second dispute on the same order while this one is open: refused.
    const again = await act(finance, `/api/orders/${orderId}/record-dispute`, { reason: 'duplicate', amountCents: 100 });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'dispute_already_open' });

    // The bank's decision: lost → the order is cancelled, the plan stays stopped.
    const lost = await act(finance, `/api/disputes/${d.id}/close`, { outcome: 'lost', note: 'The bank sided with the cardholder' });
    expect(lost.status).toBe(200);
    expect(await lost.json()).toMatchObject({ status: 'lost', outcomeNote: 'The bank sided with the cardholder' });
    expect((await orderRow(orderId)).status).toBe('cancelled');
    expect((await planRow(planId)).status).toBe('refunded');
    expect(
      await s
        .db('audit_log')
        .where({ entity: 'disputes', entity_id: String(d.id), action: 'disputes.lost' })
        .first(),
    ).toMatchObject({
      actor_kind: 'staff',
      reason: 'The bank sided with the cardholder',
    });
    // Said again: the same answer; the other outcome: refused.
    expect((await act(finance, `/api/disputes/${d.id}/close`, { outcome: 'lost' })).status).toBe(200);
    const other = await act(finance, `/api/disputes/${d.id}/close`, { outcome: 'won' });
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ code: 'dispute_closed' });
  });

  test('won: the order comes back, and the plan with its data only while it is still within validity (the state changes between the two steps)', async () => {
    const a = await order();
    const b = await order();
    const da = await (
      await act(finance, `/api/orders/${a.orderId}/record-dispute`, { reason: 'product_not_received', amountCents: 1999 })
    ).json();
    const db = await (
      await act(finance, `/api/orders/${b.orderId}/record-dispute`, { reason: 'product_not_received', amountCents: 500 })
    ).json();
    // Between recording and the decision, b's plan passes its activation deadline.
    await s
      .db('account_plans')
      .where({ id: b.planId })
      .update({ activate_by: new Date(Date.now() - 60_000).toISOString() });
    const admin = await s.login('admin');
    expect((await act(finance, `/api/disputes/${da.id}/close`, { outcome: 'won' })).status).toBe(200);
    expect((await act(admin, `/api/disputes/${db.id}/close`, { outcome: 'won' })).status).toBe(200);
    expect((await orderRow(a.orderId)).status).toBe('paid');
    expect(await planRow(a.planId)).toMatchObject({ status: 'pending', data_remaining_mb: 10240 });
    expect((await orderRow(b.orderId)).status).toBe('paid');
    expect(await planRow(b.planId)).toMatchObject({ status: 'cancelled', data_remaining_mb: 0 });
    expect(
      await s
        .db('audit_log')
        .where({ entity: 'disputes', entity_id: String(db.id), action: 'disputes.won' })
        .first(),
    ).toMatchObject({ actor_email: 'admin@test.kolet' });
  });

  test('bad input and roles: clear 4xx naming the rule, never a 500', async () => {
    const { orderId } = await order();
    const bad = async (body: unknown, status: number, code?: string) => {
      const res = await act(finance, `/api/orders/${orderId}/record-dispute`, body);
      expect(res.status).toBe(status);
      if (code) expect(await res.json()).toMatchObject({ code });
    };
    await bad({ reason: 'x', amountCents: 100 }, 400);
    await bad({ reason: 'fraudulent', amountCents: 0 }, 400);
    await bad({ reason: 'fraudulent', amountCents: 12.5 }, 400);
    await bad({ reason: 'fraudulent', amountCents: 100, evidenceDueBy: 'next week' }, 400);
    await bad({ reason: 'fraudulent', amountCents: 100, extra: true }, 400);
    await bad({ reason: 'fraudulent', amountCents: 2000 }, 422, 'amount_exceeds_paid');
    const missing = await act(finance, `/api/orders/99999999/record-dispute`, { reason: 'fraudulent', amountCents: 100 });
    expect(missing.status).toBe(404);
    const free = await order(0);
    expect((await act(finance, `/api/orders/${free.orderId}/record-dispute`, { reason: 'fraudulent', amountCents: 1 })).status).toBe(422);
    const support = await s.login('support');
    expect((await act(support, `/api/orders/${orderId}/record-dispute`, { reason: 'fraudulent', amountCents: 100 })).status).toBe(403);
    expect((await orderRow(orderId)).status).toBe('paid');
    const d = await (await act(finance, `/api/orders/${orderId}/record-dispute`, { reason: 'fraudulent', amountCents: 100 })).json();
    expect((await act(finance, `/api/disputes/${d.id}/close`, { outcome: 'maybe' })).status).toBe(400);
    expect((await act(support, `/api/disputes/${d.id}/close`, { outcome: 'won' })).status).toBe(403);
    expect((await act(finance, `/api/disputes/99999999/close`, { outcome: 'won' })).status).toBe(404);
  });
});
