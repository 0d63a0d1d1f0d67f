// A local fake of the part of Stripe's API we use, for the payment tests: the real `stripe` SDK talks to it
// through its host/port/protocol options. It implements `POST /v1/refunds` (form-encoded, with Stripe's
// idempotency: the same Idempotency-Key returns the first answer and creates nothing) and `GET /v1/refunds`
// (a list since `created[gte]`), and sends webhooks signed with the SDK's own test header helper.
// A test scripts the next answers: succeeded, pending, failed, a card error (402), a server error (500),
// a timeout (the refund is made, the answer never comes in time) or a slow answer.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import Stripe from 'stripe';

export type Behaviour = 'succeeded' | 'pending' | 'failed' | 'card_error' | 'server_error' | 'timeout' | 'slow';
export interface FakeRefund {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  status: string;
  payment_intent: string | null;
  charge: string | null;
  metadata: Record<string, string>;
  created: number;
  failure_reason: string | null;
}

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;

export interface FakeStripe {
  baseUrl: string;
  secretKey: string;
  webhookSecret: string;
  /** Answers for the next calls of POST /v1/refunds, in order (then: succeeded). */
  script: Behaviour[];
  /** How long `timeout` and `slow` wait before answering (ms). */
  delayMs: number;
  refunds: Map<string, FakeRefund>;
  /** Every POST /v1/refunds, with its key and what it got. */
  calls: { key: string | undefined; status: number; refundId: string | null }[];
  /** Changes a refund's status at Stripe (what a later webhook reports). */
  setStatus(refundId: string, status: string, failureReason?: string): FakeRefund;
  /** A signed event, as Stripe would post it. */
  event(type: string, object: unknown, createdAt?: Date): { body: string; header: string; id: string };
  /**
   * Holds the next POST /v1/refunds at the door (before Stripe does anything with it) until the test lets it
   * through: `arrived` when the request is in; `release('process')` makes the refund and answers (even to a
   * caller that has gone: Stripe finishes what it received), `release('drop')` forgets a request whose caller
   * went away before Stripe looked at it (waiting for it to go); `answered` when Stripe is done with it (the
   * answer written to the socket, or the request dropped).
   */
  holdNext(): { arrived: Promise<void>; answered: Promise<void>; release(mode?: 'process' | 'drop'): void };
  /** Posts an event to our webhook URL; returns the response. */
  deliver(url: string, e: { body: string; header: string }): Promise<Response>;
  close(): Promise<void>;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const secretKey = 'sk_test_fake';
  const webhookSecret = `whsec_${randomBytes(12).toString('hex')}`;
  const sdk = new Stripe(secretKey);
  const refunds = new Map<string, FakeRefund>();
  const byKey = new Map<string, { status: number; body: unknown }>();
  const fake = { script: [] as Behaviour[], delayMs: 1500, calls: [] as FakeStripe['calls'] };
  const holds: { arrive: () => void; answer: () => void; gate: Promise<'process' | 'drop'> }[] = [];
  const app = express();
  app.use(express.urlencoded({ extended: true }));
  const stripeError = (type: string, message: string, code?: string) => ({ error: { type, message, code } });

  app.post('/v1/refunds', async (req, res) => {
    if (req.get('authorization') !== `Bearer ${secretKey}`) {
      res.status(401).json(stripeError('invalid_request_error', 'Invalid API Key provided'));
      return;
    }
    const hold = holds.shift();
    if (hold) {
      hold.arrive();
      if ((await hold.gate) === 'drop') {
        if (!req.socket.destroyed) await new Promise((r) => req.socket.once('close', r));
        hold.answer();
        return;
      }
    }
    await createRefund(req, res);
    hold?.answer();
  });

  async function createRefund(req: express.Request, res: express.Response) {
    const key = req.get('idempotency-key') ?? undefined;
    const known = key ? byKey.get(key) : undefined;
    if (known) {
      fake.calls.push({ key, status: known.status, refundId: (known.body as FakeRefund).id ?? null });
      if (req.socket.destroyed) return;
      res
        .status(known.status)
        .set('idempotent-replayed', 'true')
        .json(known.status === 200 ? refunds.get((known.body as FakeRefund).id) : known.body);
      return;
    }
    const behaviour = fake.script.shift() ?? 'succeeded';
    if (behaviour === 'server_error') {
      fake.calls.push({ key, status: 500, refundId: null });
      res.status(500).json(stripeError('api_error', "Something went wrong on Stripe's end"));
      return;
    }
    if (behaviour === 'card_error') {
      const body = stripeError('card_error', 'The charge has already been fully refunded or disputed', 'charge_already_refunded');
      if (key) byKey.set(key, { status: 402, body });
      fake.calls.push({ key, status: 402, refundId: null });
      res.status(402).json(body);
      return;
    }
    const b = req.body as Record<string, unknown>;
    const refund: FakeRefund = {
      id: id('re'),
      object: 'refund',
      amount: Number(b.amount),
      currency: 'eur',
      status: behaviour === 'pending' ? 'pending' : behaviour === 'failed' ? 'failed' : 'succeeded',
      payment_intent: (b.payment_intent as string) ?? null,
      charge: (b.charge as string) ?? null,
      metadata: (b.metadata as Record<string, string>) ?? {},
      created: Math.floor(Date.now() / 1000),
      failure_reason: behaviour === 'failed' ? 'expired_or_canceled_card' : null,
    };
    refunds.set(refund.id, refund);
    if (key) byKey.set(key, { status: 200, body: refund });
    fake.calls.push({ key, status: 200, refundId: refund.id });
    if (behaviour === 'timeout' || behaviour === 'slow') await new Promise((r) => setTimeout(r, fake.delayMs));
    if (!res.headersSent && !res.writableEnded && !req.socket.destroyed) res.json(refund);
  }

  app.get('/v1/refunds', (req, res) => {
    const gte = Number((req.query.created as Record<string, string> | undefined)?.gte ?? 0);
    const data = [...refunds.values()].filter((r) => r.created >= gte).sort((a, b) => b.created - a.created);
    res.json({ object: 'list', data, has_more: false, url: '/v1/refunds' });
  });

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(fake, {
    baseUrl,
    secretKey,
    webhookSecret,
    refunds,
    holdNext() {
      let arrive!: () => void;
      let answer!: () => void;
      let release!: (mode: 'process' | 'drop') => void;
      const arrived = new Promise<void>((r) => (arrive = r));
      const answered = new Promise<void>((r) => (answer = r));
      const gate = new Promise<'process' | 'drop'>((r) => (release = r));
      holds.push({ arrive, answer, gate });
      return { arrived, answered, release: (mode: 'process' | 'drop' = 'process') => release(mode) };
    },
    setStatus(refundId: string, status: string, failureReason?: string) {
      const r = refunds.get(refundId);
      if (!r) throw new Error(`no refund ${refundId} at the fake`);
      r.status = status;
      r.failure_reason = failureReason ?? (status === 'failed' ? 'lost_or_stolen_card' : null);
      return { ...r };
    },
    event(type: string, object: unknown, createdAt = new Date()) {
      const eventId = id('evt');
      const body = JSON.stringify({
        id: eventId,
        object: 'event',
        api_version: '2025-01-27',
        type,
        created: Math.floor(createdAt.getTime() / 1000),
        livemode: false,
        data: { object },
      });
      return { id: eventId, body, header: sdk.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret }) };
    },
    deliver(url: string, e: { body: string; header: string }) {
      return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': e.header }, body: e.body });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** A dispute object as Stripe sends it in charge.dispute.* events. */
export function disputeObject(o: { paymentIntent: string; amount: number; status: string; id?: string; reason?: string; dueBy?: Date }) {
  return {
    id: o.id ?? id('dp'),
    object: 'dispute',
    amount: o.amount,
    currency: 'eur',
    charge: id('ch'),
    payment_intent: o.paymentIntent,
    reason: o.reason ?? 'fraudulent',
    status: o.status,
    evidence_details: {
      due_by: Math.floor((o.dueBy ?? new Date(Date.now() + 7 * 86_400_000)).getTime() / 1000),
      has_evidence: false,
      past_due: false,
      submission_count: 0,
    },
    created: Math.floor(Date.now() / 1000),
  };
}
