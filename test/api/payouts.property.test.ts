// Property: under any interleaving of approvals, provider answers (paid, pending, failed, lost, provider down),
// webhooks (late, repeated, reversing a success), retries by finance and restarts (a process stopped after its
// call, claims going stale), each payout attempt makes at most one refund at the provider, each refund is paid
// out at most once at a time, and what is paid out on an order never exceeds what was paid. Both engines.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PaymentProvider, RefundResult } from '../../server/payments/provider.ts';
import { sendDuePayouts } from '../../server/services/payouts.ts';
import { processQueuedEvents, storeEvent } from '../../server/services/providerEvents.ts';
import { insertAccount } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { paidOrder } from '../support/orders.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

type Answer = 'succeeded' | 'pending' | 'failed' | 'lost' | 'down';
interface AtProvider {
  id: string;
  status: string;
  amount: number;
  payoutId: number;
  refundId: number;
}

/** A provider with Stripe's idempotency: one refund per key, whatever the number of calls. */
function modelProvider() {
  const byKey = new Map<string, AtProvider>();
  let next: Answer = 'succeeded';
  let n = 0;
  const provider: PaymentProvider = {
    name: 'stripe',
    remote: true,
    async refund(ins): Promise<RefundResult> {
      if (next === 'down') return { status: 'unknown', message: 'provider down' };
      let r = byKey.get(ins.idempotencyKey);
      if (!r) {
        r = {
          id: `re_model_${++n}_${randomUUID().slice(0, 6)}`,
          status: next === 'lost' ? 'succeeded' : next,
          amount: ins.amountCents,
          payoutId: Number(ins.metadata!.kolet_payout_id),
          refundId: Number(ins.metadata!.kolet_refund_id),
        };
        byKey.set(ins.idempotencyKey, r);
      }
      if (next === 'lost') return { status: 'unknown', message: 'answer lost' };
      return r.status === 'failed'
        ? { status: 'failed', reference: r.id, failureReason: 'declined' }
        : { status: r.status as 'succeeded' | 'pending', reference: r.id };
    },
  };
  return {
    provider,
    byKey,
    answer: (a: Answer) => {
      next = a;
    },
  };
}

const model = modelProvider();
let s: Awaited<ReturnType<typeof startTestServer>>;
let finance: SessionFetch;
let token: string;

beforeAll(async () => {
  s = await startTestServer({}, { app: { paymentProvider: model.provider, sendPayoutsAtOnce: false } });
  finance = await s.login('finance');
  token = await serviceToken(s.db);
});
afterAll(async () => {
  await s?.close();
});

type Op =
  | { kind: 'approve'; i: number }
  | { kind: 'send'; answer: Answer; crashAfterCall: boolean }
  | { kind: 'webhook'; i: number; status: 'succeeded' | 'failed' | 'pending'; twice: boolean; late: boolean }
  | { kind: 'retry'; i: number }
  | { kind: 'restart' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('approve' as const), i: fc.nat(1) }),
  fc.record({
    kind: fc.constant('send' as const),
    answer: fc.constantFrom<Answer>('succeeded', 'pending', 'failed', 'lost', 'down'),
    crashAfterCall: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('webhook' as const),
    i: fc.nat(1),
    status: fc.constantFrom('succeeded' as const, 'failed' as const, 'pending' as const),
    twice: fc.boolean(),
    late: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('retry' as const), i: fc.nat(1) }),
  fc.constant({ kind: 'restart' as const }),
);

test('at most one refund per attempt at the provider, paid out at most once, never more than paid', { timeout: 240_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 14 }), async (ops) => {
      const cases: { orderId: number; refundId: number; amount: number }[] = [];
      for (const amount of [1999, 4999]) {
        const { orderId } = await paidOrder(s.db, await insertAccount(s.db, { email: `prop.${randomUUID().slice(0, 8)}@gmail.com` }), {
          amountCents: amount,
        });
        const res = await fetch(`${s.baseUrl}/api/integration/refund-requests`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ orderId, reason: 'Never installed' }),
        });
        cases.push({ orderId, refundId: (await res.json()).id, amount });
      }
      let clock = Date.now();
      const act = (id: number, action: string, body: unknown) =>
        finance(`/api/refunds/${id}/${action}`, {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'idempotency-key': randomUUID() },
        });
      for (const o of ops) {
        if (o.kind === 'approve') await act(cases[o.i]!.refundId, 'approve', { amountCents: cases[o.i]!.amount });
        else if (o.kind === 'retry') await act(cases[o.i]!.refundId, 'payout', {});
        else if (o.kind === 'restart') clock += 5 * 60_000;
        else if (o.kind === 'send') {
          model.answer(o.answer);
          await sendDuePayouts(s.db, model.provider, {
            now: new Date(clock),
            afterCall: o.crashAfterCall
              ? async () => {
                  throw new Error('killed');
                }
              : undefined,
          }).catch(() => undefined);
        } else {
          const refundId = cases[o.i]!.refundId;
          const mine = [...model.byKey.values()].filter((r) => r.refundId === refundId);
          const latest = mine.at(-1);
          if (!latest) continue;
          // The provider's own life: pending → succeeded/failed, succeeded → failed (reversed); failed stays.
          if (latest.status === 'failed' || (latest.status === 'succeeded' && o.status !== 'failed')) {
            /* no change */
          } else latest.status = o.status;
          const event = {
            id: `evt_${randomUUID()}`,
            type: 'refund.updated',
            created: Math.floor(clock / 1000) - (o.late ? 3600 : 0),
            data: {
              object: {
                id: latest.id,
                status: latest.status,
                metadata: { kolet_payout_id: String(latest.payoutId) },
                failure_reason: latest.status === 'failed' ? 'declined' : null,
              },
            },
          };
          await storeEvent(s.db, 'stripe', event);
          if (o.twice) await storeEvent(s.db, 'stripe', event);
          await processQueuedEvents(s.db, new Date(clock));
        }
      }
      for (const c of cases) {
        const payouts = await s.db('refund_payouts').where({ refund_id: c.refundId });
        // One refund at the provider per attempt (idempotency key), and attempts are distinct.
        const keys = payouts.map((p) => p.idempotency_key);
        expect(new Set(keys).size).toBe(keys.length);
        const atProvider = [...model.byKey.values()].filter((r) => r.refundId === c.refundId);
        expect(atProvider.length).toBeLessThanOrEqual(payouts.length);
        // Paid out at most once at a time, here and at the provider; never more than was paid.
        expect(payouts.filter((p) => p.status === 'succeeded').length).toBeLessThanOrEqual(1);
        expect(atProvider.filter((r) => r.status === 'succeeded').length).toBeLessThanOrEqual(1);
        expect(atProvider.filter((r) => r.status === 'succeeded').reduce((t, r) => t + r.amount, 0)).toBeLessThanOrEqual(c.amount);
        const order = await s.db('orders').where({ id: c.orderId }).first();
        expect(order.refunded_cents).toBeLessThanOrEqual(order.amount_cents);
        // Our state agrees with a settled provider: a refund paid out here is succeeded there.
        const refund = await s.db('refunds').where({ id: c.refundId }).first();
        if (refund.status === 'paid_out') expect(atProvider.find((r) => r.id === refund.payout_reference)?.status).toBe('succeeded');
        // At most one attempt in flight.
        expect(payouts.filter((p) => p.status === 'requested' || p.status === 'pending').length).toBeLessThanOrEqual(1);
      }
    }),
    { numRuns: 40 },
  );
});
