// The payouts reconciliation's differences on the finance dashboard (docs/PAYMENTS.md "Reconciliation"):
// the card counts what is not explained yet, its link lists them, and finance marks one as explained
// with the reason (audited). The real SDK against the fake Stripe; both engines.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stripeProvider } from '../../server/payments/stripe.ts';
import { reconcilePayouts, sendDuePayouts } from '../../server/services/payouts.ts';
import { startFakeStripe, type FakeStripe } from '../support/fakeStripe.ts';
import { insertAccount } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { paidOrder } from '../support/orders.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

let fake: FakeStripe;
let s: Awaited<ReturnType<typeof startTestServer>>;
let finance: SessionFetch;
let provider: ReturnType<typeof stripeProvider>;

beforeAll(async () => {
  fake = await startFakeStripe();
  provider = stripeProvider({ secretKey: fake.secretKey, apiBase: fake.baseUrl });
  s = await startTestServer(
    { STRIPE_SECRET_KEY: fake.secretKey, STRIPE_API_BASE: fake.baseUrl },
    { app: { paymentProvider: provider, sendPayoutsAtOnce: false } },
  );
  finance = await s.login('finance');
});
afterAll(async () => {
  await s?.close();
  await fake?.close();
});

const explain = (who: SessionFetch, id: number, body: unknown) =>
  who(`/api/payout-discrepancies/${id}/explain`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'idempotency-key': randomUUID() },
  });
const cards = async (who: SessionFetch) => (await who('/api/stats/cards')).json();
const list = async (explained: boolean) =>
  (await finance(`/api/payout-discrepancies?filter=${encodeURIComponent(JSON.stringify({ explained }))}`)).json();

/** A refund paid through Stripe whose "succeeded" webhook was lost (ours: pending), and a refund made in Stripe's Dashboard. */
async function twoDifferences(): Promise<{ refundId: number; reference: string }> {
  const { orderId } = await paidOrder(s.db, await insertAccount(s.db, { email: `recon.${randomUUID().slice(0, 8)}@gmail.com` }));
  const token = await serviceToken(s.db, `t-${randomUUID()}`);
  const req = await fetch(`${s.baseUrl}/api/integration/refund-requests`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ orderId, reason: 'Never installed' }),
  });
  const { id: refundId } = await req.json();
  const approved = await finance(`/api/refunds/${refundId}/approve`, {
    method: 'POST',
    body: JSON.stringify({ amountCents: 1999 }),
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(approved.status).toBe(200);
  fake.script.push('pending');
  await sendDuePayouts(s.db, provider);
  const payout = await s.db('refund_payouts').where({ refund_id: refundId }).first();
  fake.setStatus(payout.provider_reference, 'succeeded');
  fake.refunds.set('re_dashboard', {
    id: 're_dashboard',
    object: 'refund',
    amount: 700,
    currency: 'eur',
    status: 'succeeded',
    payment_intent: 'pi_elsewhere',
    charge: null,
    metadata: {},
    created: Math.floor(Date.now() / 1000),
    failure_reason: null,
  });
  return { refundId, reference: payout.provider_reference };
}

describe('payout differences on the finance dashboard', () => {
  test('the reconciliation finds them; the card counts them and links to their list; finance explains one (audited); a new run does not bring it back', async () => {
    expect((await cards(finance)).payoutDifferences).toBe(0);
    const { refundId, reference } = await twoDifferences();
    expect(await reconcilePayouts(s.db, provider, new Date())).toMatchObject({ differences: 2 });

    expect((await cards(finance)).payoutDifferences).toBe(2);
    expect((await cards(await s.login('support'))).payoutDifferences).toBeNull();
    const open = await list(false);
    expect(open).toHaveLength(2);
    const status = open.find((d: { kind: string }) => d.kind === 'status_differs');
    expect(status).toMatchObject({
      providerReference: reference,
      refundId,
      explainedAt: null,
      detail: { ours: 'pending', theirs: 'succeeded' },
    });
    expect(open.find((d: { kind: string }) => d.kind === 'unknown_here')).toMatchObject({
      providerReference: 're_dashboard',
      refundId: null,
    });

    const res = await explain(finance, status.id, {
      explanation: 'The webhook was lost; Stripe paid it, the case follows by the next answer',
    });
    expect(res.status).toBe(200);
    const done = await res.json();
    expect(done).toMatchObject({ id: status.id, explanation: expect.stringMatching(/webhook was lost/) });
    expect(done.explainedAt).toBeTruthy();
    expect(done.explainedByStaffId).toEqual(expect.any(Number));
    const audit = await s
      .db('audit_log')
      .where({ entity: 'payout-discrepancies', entity_id: String(status.id) })
      .first();
    expect(audit).toMatchObject({ action: 'payout-discrepancies.explain', actor_kind: 'staff', actor_email: 'finance@test.kolet' });
    expect(audit.reason).toMatch(/webhook was lost/);

    expect((await cards(finance)).payoutDifferences).toBe(1);
    expect((await list(false)).map((d: { id: number }) => d.id)).not.toContain(status.id);
    expect((await list(true)).map((d: { id: number }) => d.id)).toContain(status.id);

    // Between two steps the reconciliation runs again and sees the same two differences: the explained one stays explained.
    await reconcilePayouts(s.db, provider, new Date());
    expect((await cards(finance)).payoutDifferences).toBe(1);
    const again = await explain(finance, status.id, { explanation: 'Explained a second time, by someone else' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'already_explained' });

    // An admin may explain too.
    const other = open.find((d: { kind: string }) => d.kind === 'unknown_here');
    expect(
      (await explain(await s.login('admin'), other.id, { explanation: 'Refunded by hand in the Dashboard for order 12' })).status,
    ).toBe(200);
    expect((await cards(finance)).payoutDifferences).toBe(0);
  });

  test('bad input and roles: clear 4xx, nothing changes', async () => {
    await twoDifferences();
    await reconcilePayouts(s.db, provider, new Date());
    const [d] = await list(false);
    expect(d).toBeTruthy();
    for (const body of [{}, { explanation: 'short' }, { explanation: 'a'.repeat(2001) }, { explanation: 'Long enough reason', extra: 1 }]) {
      expect((await explain(finance, d.id, body)).status).toBe(400);
    }
    expect((await explain(finance, 99999999, { explanation: 'No such difference here' })).status).toBe(404);
    const support = await s.login('support');
    expect((await explain(support, d.id, { explanation: 'Support may not explain this' })).status).toBe(403);
    expect((await support('/api/payout-discrepancies')).status).toBe(403);
    expect((await s.db('payout_discrepancies').where({ id: d.id }).first()).resolved_at).toBeNull();
  });
});
