// `kill -9` of the payouts worker (issue 16; docs/PAYMENTS.md "Payouts"): the worker runs as a real child
// process (`server/cli/payouts-worker.ts`) over this test's database (a SQLite file, or PostgreSQL with
// DATABASE_URL) and the fake Stripe started here. The fake holds the worker's request at the door, so the
// test kills the worker exactly where it wants: after the intent is claimed but before Stripe did anything,
// after Stripe made the refund but before its answer came back, and after the answer came back but before
// it was recorded (the test holds the lock the recording needs). A new worker then finishes the job:
// one refund at Stripe, the case paid out once.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { stripeProvider } from '../../server/payments/stripe.ts';
import { startFakeStripe, type FakeStripe } from '../support/fakeStripe.ts';
import { engine } from '../support/db.ts';
import { insertAccount } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { paidOrder } from '../support/orders.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let fake: FakeStripe;
let s: Awaited<ReturnType<typeof startTestServer>>;
let finance: SessionFetch;
let token: string;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  fake = await startFakeStripe();
  s = await startTestServer(
    { STRIPE_SECRET_KEY: fake.secretKey, STRIPE_API_BASE: fake.baseUrl },
    // The API process records intents only: the worker under test is the one that sends them.
    { app: { paymentProvider: stripeProvider({ secretKey: fake.secretKey, apiBase: fake.baseUrl }), sendPayoutsAtOnce: false } },
  );
  finance = await s.login('finance');
  token = await serviceToken(s.db);
});
afterEach(async () => {
  for (const child of children) await killed(child, 'SIGTERM');
});
afterAll(async () => {
  await s?.close();
  await fake?.close();
});

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/payouts-worker.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: s.url,
      STRIPE_SECRET_KEY: fake.secretKey,
      STRIPE_API_BASE: fake.baseUrl,
      JOBS_TICK_SECONDS: '0.2',
      LOG_LEVEL: 'error',
    },
  });
  children.add(child);
  return child;
}

function killed(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  children.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** A refund approved by finance with Stripe configured: its payout intent is recorded, nothing sent yet. */
async function approvedRefund(): Promise<number> {
  const { orderId } = await paidOrder(s.db, await insertAccount(s.db, { email: `kill.${randomUUID().slice(0, 8)}@gmail.com` }), {
    amountCents: 2499,
  });
  const res = await fetch(`${s.baseUrl}/api/integration/refund-requests`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ orderId, reason: 'Never installed' }),
  });
  const { id } = await res.json();
  const approved = await finance(`/api/refunds/${id}/approve`, {
    method: 'POST',
    body: JSON.stringify({ amountCents: 2499 }),
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(approved.status).toBe(200);
  expect((await s.db('refunds').where({ id }).first()).status).toBe('payout_pending');
  return id;
}

const payoutOf = async (refundId: number) => (await s.db('refund_payouts').where({ refund_id: refundId }).orderBy('id'))[0];
const atStripe = (payoutId: number) => [...fake.refunds.values()].filter((r) => r.metadata.kolet_payout_id === String(payoutId));

/** The 2 minutes after which a claimed intent is taken again (the killed worker's claim goes stale). */
async function claimGoesStale(payoutId: number) {
  await s
    .db('refund_payouts')
    .where({ id: payoutId })
    .update({ claimed_at: new Date(Date.now() - 3 * 60_000).toISOString() });
}

/** A fresh worker finishes the job; then exactly one refund at Stripe, paid out once, told once, one credit note. */
async function restartAndCheck(refundId: number) {
  const payout = await payoutOf(refundId);
  await claimGoesStale(payout.id);
  const worker = startWorker();
  let refund: Record<string, unknown> | undefined;
  for (let i = 0; i < 300; i++) {
    refund = await s.db('refunds').where({ id: refundId }).first();
    if (refund?.status !== 'payout_pending') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await killed(worker, 'SIGTERM');
  const made = atStripe(payout.id);
  expect(made).toHaveLength(1);
  expect(fake.calls.filter((c) => c.key === payout.idempotency_key && c.status === 200).every((c) => c.refundId === made[0]!.id)).toBe(
    true,
  );
  expect(refund).toMatchObject({ status: 'paid_out', payout_reference: made[0]!.id });
  const payouts = await s.db('refund_payouts').where({ refund_id: refundId });
  expect(payouts.map((p) => [p.status, p.attempt, p.provider_reference])).toEqual([['succeeded', 1, made[0]!.id]]);
  const paidSum = payouts.filter((p) => p.status === 'succeeded').reduce((n, p) => n + p.amount_cents, 0);
  expect(paidSum).toBe(2499);
  const told = await s
    .db('messages')
    .where({ related_entity: 'refunds', related_id: String(refundId), template: 'refund_paid' })
    .count({ n: '*' })
    .first();
  expect(Number(told?.n)).toBe(1);
  expect(await s.db('invoices').where({ refund_id: refundId, kind: 'credit_note' }).count({ n: '*' }).first()).toMatchObject({ n: 1 });
  const audits = await s.db('audit_log').where({ entity: 'refunds', entity_id: String(refundId), action: 'refunds.payout-succeeded' });
  expect(audits).toHaveLength(1);
}

/** PostgreSQL: waits until a backend of this database waits on a lock (the worker's recording transaction). */
async function workerWaitsOnLock() {
  if (engine() !== 'postgres') {
    // SQLite: its one writer is held by the test; the worker's write waits (busy_timeout) or fails. Give it time to get there.
    await new Promise((r) => setTimeout(r, 500));
    return;
  }
  for (let i = 0; i < 100; i++) {
    const { rows } = await s.db.raw(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if (rows[0].n > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the worker never waited on the lock');
}

describe(`kill -9 of the payouts worker (${engine()})`, () => {
  test('killed between "intent recorded" and "provider called" (Stripe never saw the request): the restarted worker pays it, once', async () => {
    const refundId = await approvedRefund();
    const hold = fake.holdNext();
    const worker = startWorker();
    await hold.arrived;
    await killed(worker);
    hold.release('drop'); // the caller went away before Stripe looked at the request
    await hold.answered;
    const payout = await payoutOf(refundId);
    expect(payout).toMatchObject({ status: 'requested', provider_reference: null });
    expect(payout.claimed_at).toBeTruthy();
    expect(atStripe(payout.id)).toHaveLength(0);
    await restartAndCheck(refundId);
  });

  test('killed while Stripe makes the refund (its answer never arrives): the restarted worker sends the same key and Stripe returns the same refund', async () => {
    const refundId = await approvedRefund();
    const hold = fake.holdNext();
    const worker = startWorker();
    await hold.arrived;
    await killed(worker);
    hold.release('process');
    await hold.answered;
    const payout = await payoutOf(refundId);
    expect(payout.status).toBe('requested');
    expect(atStripe(payout.id)).toHaveLength(1);
    expect((await s.db('refunds').where({ id: refundId }).first()).status).toBe('payout_pending');
    await restartAndCheck(refundId);
    expect(fake.calls.filter((c) => c.key === payout.idempotency_key)).toHaveLength(2);
  });

  test('killed between "provider answered" and "recorded" (the test holds the lock the recording needs): one refund, paid out once', async () => {
    const refundId = await approvedRefund();
    const orderId = (await s.db('refunds').where({ id: refundId }).first('order_id')).order_id;
    const hold = fake.holdNext();
    const worker = startWorker();
    await hold.arrived;
    // Take the lock the worker's recording transaction needs (PostgreSQL: the order's row; SQLite: the one writer).
    const trx = await s.db.transaction();
    if (engine() === 'postgres') await trx('orders').where({ id: orderId }).forUpdate().first('id');
    else
      await trx('orders')
        .where({ id: orderId })
        .update({ updated_at: trx.ref('updated_at') });
    hold.release('process');
    await hold.answered; // Stripe's answer has reached the worker
    await workerWaitsOnLock();
    await killed(worker);
    await trx.rollback();
    const payout = await payoutOf(refundId);
    expect(payout).toMatchObject({ status: 'requested', provider_reference: null });
    expect(atStripe(payout.id)).toHaveLength(1);
    expect(fake.calls.filter((c) => c.key === payout.idempotency_key)).toHaveLength(1);
    expect((await s.db('refunds').where({ id: refundId }).first()).status).toBe('payout_pending');
    await restartAndCheck(refundId);
    expect(fake.calls.filter((c) => c.key === payout.idempotency_key)).toHaveLength(2);
  });

  test('the worker refuses to start without STRIPE_SECRET_KEY (the manual provider has nothing to send)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/payouts-worker.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: s.url, STRIPE_SECRET_KEY: '', LOG_LEVEL: 'error' },
    });
    let err = '';
    child.stderr!.on('data', (d) => (err += String(d)));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/No STRIPE_SECRET_KEY/);
  });
});
