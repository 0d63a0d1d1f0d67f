import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SYSTEM } from '../../server/domain/actor.ts';
import { post, reconcileLedger } from '../../server/services/ledger.ts';
import { insertAccount } from '../support/fixtures.ts';
import { buyPlan, conservation, serviceToken, useData } from '../support/ledger.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

// docs/MONEY.md "Tests": random sequences of purchases, gifts, usage, transfers, redirects,
// reversals and replays keep data conserved (issued − used − expired = held + in flight), no
// balance negative, every plan's caches (remaining, gifted part, size) equal to its ledger, and
// no plan ever sending more than the paid data it received, whatever the order.

type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let support: SessionFetch;
let token: string;
beforeAll(async () => {
  s = await startTestServer();
  support = await s.login('support');
  token = await serviceToken(s.db);
});
afterAll(async () => {
  await s?.close();
});

type Command =
  | { kind: 'buy'; who: number; gb: number }
  | { kind: 'use'; plan: number; mb: number }
  | { kind: 'gift'; plan: number; mb: number }
  | { kind: 'send'; plan: number; to: number; gb: number }
  | { kind: 'register'; who: number }
  | { kind: 'fix'; transfer: number; action: 'redirect' | 'reverse'; to: number }
  | { kind: 'replay' };

const PEOPLE = 5; // people 0–2 have accounts from the start; 3–4 register later (or never)
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('buy' as const), who: fc.nat(2), gb: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('use' as const), plan: fc.nat(20), mb: fc.integer({ min: 1, max: 3000 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('gift' as const), plan: fc.nat(20), mb: fc.integer({ min: 1, max: 2048 }) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('send' as const),
      plan: fc.nat(20),
      to: fc.nat(PEOPLE - 1),
      gb: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('register' as const), who: fc.integer({ min: 3, max: PEOPLE - 1 }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('fix' as const),
      transfer: fc.nat(20),
      action: fc.constantFrom('redirect' as const, 'reverse' as const),
      to: fc.nat(PEOPLE - 1),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'replay' as const }) },
);

const stats = { sent: 0, fixed: 0, replayed: 0 };

/** Plans whose transfers out exceed the paid data they ever received: gifted data would have been sent. */
async function paidSentBeyondPaidReceived(): Promise<number[]> {
  const rows = await s
    .db('data_ledger')
    .select('account_plan_id')
    .select(s.db.raw('SUM(CASE WHEN delta_mb > 0 THEN delta_mb - gifted_delta_mb ELSE 0 END) AS paid_in'))
    .select(s.db.raw("SUM(CASE WHEN kind = 'transfer_out' THEN -delta_mb ELSE 0 END) AS sent"))
    .select(s.db.raw('SUM(gifted_delta_mb) AS gifted_now'))
    .groupBy('account_plan_id');
  return rows
    .filter((r: { sent: number; paid_in: number }) => Number(r.sent) > Number(r.paid_in))
    .map((r: { account_plan_id: number }) => r.account_plan_id);
}

test('random sequences of purchases, usage, transfers, fixes and replays conserve data', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 10, maxLength: 30 }), async (commands) => {
      run++;
      const emails = Array.from({ length: PEOPLE }, (_, i) => `p${i}.r${run}.${randomUUID().slice(0, 6)}@gmail.com`);
      const accounts: (number | null)[] = [];
      for (let i = 0; i < 3; i++) accounts.push(await insertAccount(s.db, { email: emails[i] }));
      accounts.push(null, null);
      const plans = new Map<number, number>(); // account plan id → owner (index in emails)
      const planAt = (i: number) => [...plans.keys()][i % plans.size]!;
      const transfers: number[] = [];
      let last: { path: string; body: string; key: string; status: number; response: string } | null = null;

      const call = async (path: string, body: unknown, key = randomUUID()) => {
        const res = await support(path, { method: 'POST', body: JSON.stringify(body), headers: { 'idempotency-key': key } });
        last = { path, body: JSON.stringify(body), key, status: res.status, response: await res.text() };
        if (res.status === 200) stats.fixed++;
        expect([200, 409, 422]).toContain(res.status);
      };

      for (const c of commands) {
        if (c.kind === 'buy') {
          plans.set(await buyPlan(s.db, accounts[c.who]!, { mb: c.gb * 1024 }), c.who);
        } else if (c.kind === 'use' && plans.size) {
          const id = planAt(c.plan);
          const row = await s.db('account_plans').where({ id }).first();
          if (row.data_remaining_mb > 0) await useData(s.db, id, Math.min(c.mb, row.data_remaining_mb));
        } else if (c.kind === 'gift' && plans.size) {
          const id = planAt(c.plan);
          const row = await s.db('account_plans').where({ id }).first();
          if (row.status === 'active')
            await s.db.transaction((trx) => post(trx, { accountPlanId: id, kind: 'bonus', deltaMb: c.mb, actor: SYSTEM, now: new Date() }));
        } else if (c.kind === 'send' && plans.size) {
          const id = planAt(c.plan);
          const p = { id, owner: plans.get(id)! };
          const res = await fetch(`${s.baseUrl}/api/integration/transfers`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              senderAccountId: accounts[p.owner],
              sourceAccountPlanId: p.id,
              recipientEmail: emails[c.to],
              amountGb: c.gb,
            }),
          });
          expect([201, 422]).toContain(res.status);
          if (res.status === 201) {
            const t = await res.json();
            transfers.push(t.id);
            stats.sent++;
            if (t.recipientAccountPlanId) plans.set(t.recipientAccountPlanId, emails.indexOf(t.recipientEmail));
          }
        } else if (c.kind === 'register' && accounts[c.who] === null) {
          const res = await fetch(`${s.baseUrl}/api/integration/accounts`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ email: emails[c.who] }),
          });
          expect(res.status).toBe(201);
          accounts[c.who] = (await res.json()).id;
          const delivered = await s
            .db('transfers')
            .where({ recipient_account_id: accounts[c.who] })
            .whereNotNull('recipient_account_plan_id');
          for (const t of delivered) plans.set(t.recipient_account_plan_id, c.who);
        } else if (c.kind === 'fix' && transfers.length) {
          const id = transfers[c.transfer % transfers.length]!;
          await call(
            `/api/transfers/${id}/${c.action}`,
            c.action === 'redirect'
              ? { email: emails[c.to], reasonCode: 'address_typo', reason: 'property test' }
              : { reasonCode: 'address_typo', intendedEmail: 'someone.else@gmail.com', reason: 'property test' },
          );
          const correction = await s.db('transfers').where({ corrects_transfer_id: id }).first();
          if (correction) {
            transfers.push(correction.id);
            if (correction.recipient_account_plan_id)
              plans.set(correction.recipient_account_plan_id, emails.indexOf(correction.recipient_email));
          }
        } else if (c.kind === 'replay' && last) {
          const prev: { path: string; body: string; key: string; status: number; response: string } = last;
          const before = await conservation(s.db);
          const res = await support(prev.path, { method: 'POST', body: prev.body, headers: { 'idempotency-key': prev.key } });
          if (prev.status === 200) {
            expect(await res.text()).toBe(prev.response);
            stats.replayed++;
          }
          expect(await conservation(s.db)).toEqual(before);
        }
        const c2 = await conservation(s.db);
        expect(c2.negative).toBe(0);
        expect(c2.issued - c2.used - c2.expired).toBe(c2.held + c2.inFlight);
        expect(await paidSentBeyondPaidReceived(), 'a plan sent gifted data').toEqual([]);
      }
      expect((await reconcileLedger(s.db)).mismatches).toEqual([]);
    }),
    { numRuns: 30, seed: 20261122 },
  );
  // The generator must really exercise what it claims to.
  expect(stats.sent).toBeGreaterThan(20);
  expect(stats.fixed).toBeGreaterThan(5);
  expect(stats.replayed).toBeGreaterThan(0);
  expect(Number((await s.db('data_ledger').where({ kind: 'bonus' }).count({ n: '*' }).first())!.n)).toBeGreaterThan(5);
}, 120_000);
