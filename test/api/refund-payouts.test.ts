// Payouts with a bounded number of attempts (issue 13, observation 10: a refund alternated payout /
// payout-failed without limit, 13 "succeeded" payouts on one refund). Each attempt stays visible in
// the case's history; after `payout_max_attempts` the console refuses another (422).
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

const act = (id: number, action: string, body: unknown) =>
  finance(`/api/refunds/${id}/${action}`, { method: 'POST', body: JSON.stringify(body), headers: { 'idempotency-key': randomUUID() } });
async function approvedRefund(): Promise<number> {
  const { orderId } = await paidOrder(s.db, await insertAccount(s.db, { email: `payout.${randomUUID().slice(0, 8)}@gmail.com` }));
  const res = await fetch(`${s.baseUrl}/api/integration/refund-requests`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ orderId, reason: 'Never installed' }),
  });
  const { id } = await res.json();
  expect((await act(id, 'approve', { amountCents: 1999 })).status).toBe(200);
  return id;
}

describe('payout attempts are bounded and each is visible', () => {
  test('with payout_max_attempts 3: pay, fail, pay, fail, pay, fail, then a fourth payout is refused (422); nothing more is written', async () => {
    const id = await approvedRefund();
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await (await act(id, 'payout', { reference: `re_${id}_${attempt}` })).json()).toMatchObject({ status: 'paid_out' });
      expect(await (await act(id, 'payout-failed', { reason: 'card_declined' })).json()).toMatchObject({ status: 'failed' });
    }
    const refused = await act(id, 'payout', { reference: `re_${id}_4` });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ code: 'payout_attempts_exhausted' });
    const payouts = await s.db('refund_payouts').where({ refund_id: id }).orderBy('id');
    expect(payouts.map((p) => p.status)).toEqual(['succeeded', 'failed', 'succeeded', 'failed', 'succeeded', 'failed']);
    expect((await s.db('refunds').where({ id }).first()).status).toBe('failed'); // still owed, visible in the queue

    const history = await (await finance(`/api/refunds/${id}/history`)).json();
    expect(history.payoutMaxAttempts).toBe(3);
    expect(history.payouts.map((p: { attempt: number }) => p.attempt)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  test('the limit is read when finance acts: an admin raising it between two attempts allows one more', async () => {
    const id = await approvedRefund();
    await s.db('settings').where({ id: 'payout_max_attempts' }).update({ value: '2' });
    try {
      expect(await (await act(id, 'payout', { reference: `re_${id}_a` })).json()).toMatchObject({ status: 'paid_out' });
      expect((await act(id, 'payout-failed', { reason: 'insufficient_funds' })).status).toBe(200);
      expect(await (await act(id, 'payout', { reference: `re_${id}_b` })).json()).toMatchObject({ status: 'paid_out' });
      expect((await act(id, 'payout-failed', { reason: 'insufficient_funds' })).status).toBe(200);
      expect((await act(id, 'payout', { reference: `re_${id}_c` })).status).toBe(422);
      // Between two steps the setting changes: the next attempt is allowed, and it is the last.
      await s.db('settings').where({ id: 'payout_max_attempts' }).update({ value: '3' });
      expect(await (await act(id, 'payout', { reference: `re_${id}_c` })).json()).toMatchObject({ status: 'paid_out' });
      expect(await s.db('refund_payouts').where({ refund_id: id, status: 'succeeded' }).count({ n: '*' }).first()).toMatchObject({ n: 3 });
    } finally {
      await s.db('settings').where({ id: 'payout_max_attempts' }).update({ value: '3' });
    }
  });
});
