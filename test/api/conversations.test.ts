import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.ts';
import { insertPlan } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { startTestServer, TEST_PASSWORD, type SessionFetch } from '../support/server.ts';
import { action, integration } from '../support/trust.ts';

// The support inbox (docs/CONVERSATIONS.md): customers' messages and partners' enquiries through the
// integration API, support's claim, answer and status moves, and the app's read of the answers.
type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let support: SessionFetch;
let support2: SessionFetch;
let moderator: SessionFetch;
let admin: SessionFetch;
let call: ReturnType<typeof integration>;
let token: string;
let planId: number;

beforeAll(async () => {
  s = await startTestServer();
  [support, moderator, admin] = await Promise.all([s.login('support'), s.login('moderator'), s.login('admin')]);
  const now = new Date().toISOString();
  await s.db('staff').insert({
    email: 'support2@test.kolet',
    name: 'Second agent',
    roles: JSON.stringify(['support']),
    password_hash: await hashPassword(TEST_PASSWORD),
    status: 'active',
    created_at: now,
    updated_at: now,
    version: 1,
  });
  support2 = await s.login('support2@test.kolet');
  token = await serviceToken(s.db);
  call = integration(s.baseUrl, token);
  planId = await insertPlan(s.db, { name: 'Japan 10 GB', data_mb: 10240, price_cents: 2999 });
});
afterAll(async () => {
  await s?.close();
});

const email = (tag = 'c') => `${tag}.${randomUUID().slice(0, 8)}@gmail.com`;
async function register(over: Record<string, unknown> = {}) {
  const res = await call('accounts', { email: email(), ...over });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json() as Promise<{ id: number; email: string }>;
}
async function order(accountId: number) {
  const res = await call('orders', { accountId, planId, paymentMethod: 'card', paymentReference: `pi_${randomUUID()}`, channel: 'app' });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json() as Promise<{ id: number; accountPlanId: number }>;
}
const read = async (accountId: number) =>
  fetch(`${s.baseUrl}/api/integration/accounts/${accountId}/conversations`, { headers: { authorization: `Bearer ${token}` } });
async function write(body: Record<string, unknown>) {
  const res = await call('conversations', { subject: 'Help', text: 'Bonjour, pouvez-vous m’aider ?', ...body });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json() as Promise<{ id: number; status: string; firstResponseDueAt: string }>;
}
const conversation = async (id: number) => s.db('conversations').where({ id }).first();

describe('customers and partners write (integration API)', () => {
  test('a customer message opens a conversation linked to their order, with a first-response deadline; the app reads it back', async () => {
    const a = await register();
    const o = await order(a.id);
    const c = await write({ accountId: a.id, subject: 'Refund?', text: '<b>Not bold</b> please refund', orderId: o.id });
    expect(c).toMatchObject({ status: 'new', orderId: o.id, accountId: a.id, kind: 'customer' });
    expect(new Date(c.firstResponseDueAt).getTime()).toBeGreaterThan(Date.now());
    const audit = await s
      .db('audit_log')
      .where({ action: 'conversations.customer-message', entity_id: String(c.id) })
      .first();
    expect(audit).toMatchObject({ actor_kind: 'integration', entity: 'conversations' });
    const mine = await (await read(a.id)).json();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: c.id, subject: 'Refund?', status: 'new', orderId: o.id });
    expect(mine[0].messages).toEqual([expect.objectContaining({ from: 'customer', text: '<b>Not bold</b> please refund' })]);
  });

  test('a second message in the same conversation; a partner enquiry has no account', async () => {
    const a = await register();
    const c = await write({ accountId: a.id });
    const again = await write({ accountId: a.id, conversationId: c.id, subject: undefined, text: 'Still waiting' });
    expect(again.id).toBe(c.id);
    expect((await conversation(c.id)).message_count).toBe(2);

    const p = await call('partner-enquiries', {
      name: 'Léa Martin',
      company: 'Voyages Martin',
      email: 'Lea@Voyages-Martin.fr',
      text: 'We sell trips',
    });
    expect(p.status, await p.clone().text()).toBe(201);
    expect(await p.json()).toMatchObject({ kind: 'partner', accountId: null, partnerEmail: 'lea@voyages-martin.fr', status: 'new' });
  });

  test("bad input names the rule: deactivated account, unknown account, someone else's order", async () => {
    const a = await register();
    const other = await register();
    const theirs = await order(other.id);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ accountId: 999_999 }, 404, 'not_found'],
      [{ accountId: a.id, orderId: theirs.id }, 404, 'not_found'],
      [{ accountId: a.id, accountPlanId: theirs.accountPlanId }, 404, 'not_found'],
      [{ accountId: a.id, orderId: theirs.id, transferId: 1 }, 400, 'invalid_input'],
      [{ accountId: a.id, subject: undefined }, 400, 'invalid_input'],
      [{ accountId: a.id, text: '' }, 400, 'invalid_input'],
      [{ accountId: a.id, html: '<p>' }, 400, 'invalid_input'],
      [{ accountId: a.id, conversationId: 999_999 }, 404, 'not_found'],
    ];
    for (const [body, status, code] of cases) {
      const res = await call('conversations', { subject: 'Help', text: 'Hello', ...body });
      expect([res.status, (await res.json()).code], JSON.stringify(body)).toEqual([status, code]);
    }
    // Someone else's conversation is not found either.
    const theirConversation = await write({ accountId: other.id });
    const res = await call('conversations', { accountId: a.id, conversationId: theirConversation.id, text: 'Hello' });
    expect(res.status).toBe(404);

    await s.db('accounts').where({ id: a.id }).update({ status: 'deactivated' });
    const refused = await call('conversations', { accountId: a.id, subject: 'Help', text: 'Hello' });
    expect(refused.status).toBe(422);
    expect((await refused.json()).code).toBe('account_inactive');

    const partner = await call('partner-enquiries', { name: 'L', company: 'V', email: 'not-an-email', text: '' });
    expect(partner.status).toBe(400);
    expect(Object.keys((await partner.json()).errors).sort()).toEqual(['company', 'email', 'name', 'text']);
    expect((await read(999_999)).status).toBe(404);
    expect((await read(Number('0'))).status).toBe(400);
  });
});

describe('support works the queue', () => {
  test('two agents claim one conversation at the same time: exactly one wins, the other gets 409', async () => {
    const a = await register();
    const c = await write({ accountId: a.id });
    const [one, two] = await Promise.all([action(support, `conversations/${c.id}/claim`), action(support2, `conversations/${c.id}/claim`)]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    const loser = one.status === 409 ? one : two;
    expect((await loser.json()).code).toBe('claimed_by_other');
    const row = await conversation(c.id);
    const staff = await s.db('staff').where({ id: row.claimed_by_staff_id }).first('email');
    expect(staff.email).toBe(one.status === 200 ? 'support@test.kolet' : 'support2@test.kolet');
    expect(
      await s
        .db('audit_log')
        .where({ action: 'conversations.claim', entity_id: String(c.id) })
        .count({ n: '*' })
        .first(),
    ).toMatchObject({
      n: expect.anything(),
    });
  });

  test('the claim holder answers with a saved reply in French: e-mail queued, the app reads the answer, the conversation waits for the customer', async () => {
    const a = await register();
    const c = await write({ accountId: a.id, subject: 'Mauvaise adresse' });
    expect((await action(support, `conversations/${c.id}/claim`)).status).toBe(200);
    // Another agent may neither answer nor change the status while it is claimed.
    const blocked = await action(support2, `conversations/${c.id}/answer`, { text: 'Hello', language: 'en' });
    expect(blocked.status).toBe(409);
    expect((await action(support2, `conversations/${c.id}/resolve`)).status).toBe(409);

    const res = await action(support, `conversations/${c.id}/answer`, {
      text: 'Bonjour, nous avons corrigé votre envoi.',
      language: 'fr',
      savedReplyId: 'transfer_fixed',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'waiting_customer', firstRespondedAt: expect.any(String) });
    const mail = await s
      .db('messages')
      .where({ related_entity: 'conversations', related_id: String(c.id) })
      .first();
    expect(mail).toMatchObject({ to_address: a.email, locale: 'fr', subject: 'Re: Mauvaise adresse', status: 'queued' });
    expect(mail.body).toContain('nous avons corrigé votre envoi');
    const answer = await s.db('conversation_messages').where({ conversation_id: c.id, author: 'staff' }).first();
    expect(answer).toMatchObject({ saved_reply_id: 'transfer_fixed', language: 'fr', message_id: mail.id });
    const [mine] = await (await read(a.id)).json();
    expect(mine.status).toBe('waiting_customer');
    expect(mine.messages.map((m: { from: string }) => m.from)).toEqual(['customer', 'kolet']);
    expect(mine.messages[1]).not.toHaveProperty('staffId');
    const audit = await s
      .db('audit_log')
      .where({ action: 'conversations.answer', entity_id: String(c.id) })
      .first();
    expect(audit).toMatchObject({ actor_kind: 'staff' });

    // The customer writes back: it waits for us again; the first-response time does not move.
    await write({ accountId: a.id, conversationId: c.id, subject: undefined, text: 'Merci !' });
    const after = await conversation(c.id);
    expect(after.status).toBe('waiting_us');
    expect(after.first_responded_at).not.toBeNull();
  });

  test('status moves follow the table: resolve ends the claim, a resolved one is reopened (not resolved again), a customer message reopens it', async () => {
    const a = await register();
    const c = await write({ accountId: a.id });
    expect((await action(support, `conversations/${c.id}/wait-customer`)).status).toBe(200);
    const again = await action(support, `conversations/${c.id}/wait-customer`);
    expect([again.status, (await again.json()).code]).toEqual([409, 'not_waiting_us']);
    expect((await action(support, `conversations/${c.id}/claim`)).status).toBe(200);
    const resolved = await action(support, `conversations/${c.id}/resolve`);
    expect(await resolved.json()).toMatchObject({ status: 'resolved', claimedByStaffId: null });
    const twice = await action(support, `conversations/${c.id}/resolve`);
    expect([twice.status, (await twice.json()).code]).toEqual([409, 'already_resolved']);
    const answer = await action(support, `conversations/${c.id}/answer`, { text: 'Hello', language: 'en' });
    expect([answer.status, (await answer.json()).code]).toEqual([409, 'conversation_resolved']);
    expect(await (await action(support, `conversations/${c.id}/reopen`)).json()).toMatchObject({ status: 'waiting_us' });
    expect((await action(support, `conversations/${c.id}/resolve`)).status).toBe(200);
    await write({ accountId: a.id, conversationId: c.id, subject: undefined, text: 'One more question' });
    expect((await conversation(c.id)).status).toBe('waiting_us');
    const moves = await s
      .db('audit_log')
      .where({ entity: 'conversations', entity_id: String(c.id) })
      .orderBy('id')
      .pluck('action');
    expect(moves).toEqual([
      'conversations.customer-message',
      'conversations.wait-customer',
      'conversations.claim',
      'conversations.resolve',
      'conversations.reopen',
      'conversations.resolve',
      'conversations.customer-message',
    ]);
  });

  test('the account is deactivated between the message and the answer: the answer is refused, nothing is queued', async () => {
    const a = await register();
    const c = await write({ accountId: a.id });
    await s.db('accounts').where({ id: a.id }).update({ status: 'deactivated' });
    const res = await action(support, `conversations/${c.id}/answer`, { text: 'Hello there', language: 'en' });
    expect([res.status, (await res.json()).code]).toEqual([422, 'account_inactive']);
    expect(await s.db('messages').where({ related_entity: 'conversations', related_id: String(c.id) })).toHaveLength(0);
  });

  test('an admin releases another agent’s claim; bad answers are refused with the field; moderators have no access', async () => {
    const a = await register();
    const c = await write({ accountId: a.id });
    expect((await action(support2, `conversations/${c.id}/claim`)).status).toBe(200);
    expect((await action(support, `conversations/${c.id}/release`)).status).toBe(409);
    expect(await (await action(admin, `conversations/${c.id}/release`)).json()).toMatchObject({ claimedByStaffId: null });
    const bad = await action(support, `conversations/${c.id}/answer`, { text: ' ', language: 'de', savedReplyId: 'nope' });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(['language', 'savedReplyId', 'text']);
    expect((await action(support, `conversations/999999/claim`)).status).toBe(404);
    expect((await action(moderator, `conversations/${c.id}/claim`)).status).toBe(403);
    expect((await moderator(`/api/conversations`)).status).toBe(403);
  });

  test('the partner is answered at their address; the queue lists by status with counts; the 360 shows the conversations', async () => {
    const p = await call('partner-enquiries', {
      name: 'Tom Baker',
      company: 'Baker Travel',
      email: 'tom@baker.travel',
      text: 'Hi',
      language: 'en',
    });
    const enquiry = await p.json();
    const res = await action(support, `conversations/${enquiry.id}/answer`, {
      text: 'Thank you, we will call you.',
      language: 'en',
      resolve: true,
    });
    expect(await res.json()).toMatchObject({ status: 'resolved' });
    expect(
      await s
        .db('messages')
        .where({ related_entity: 'conversations', related_id: String(enquiry.id) })
        .first(),
    ).toMatchObject({
      to_address: 'tom@baker.travel',
      account_id: null,
    });

    const list = await support(`/api/conversations?filter=${encodeURIComponent(JSON.stringify({ status: 'new' }))}&range=[0,99]`);
    expect(list.status).toBe(200);
    expect(list.headers.get('content-range')).toMatch(/^conversations /);
    for (const row of await list.json()) expect(row.status).toBe('new');

    const a = await register();
    const c = await write({ accountId: a.id });
    const overview = await (await support(`/api/accounts/${a.id}/overview`)).json();
    expect(overview.conversations.map((x: { id: number }) => x.id)).toEqual([c.id]);
    const thread = await (
      await support(`/api/conversation-messages?filter=${encodeURIComponent(JSON.stringify({ conversationId: c.id }))}`)
    ).json();
    expect(thread).toHaveLength(1);

    const cards = await (await support('/api/stats/cards')).json();
    expect(cards).toMatchObject({ conversationsNew: expect.any(Number), conversationsWaitingUs: expect.any(Number), conversationsLate: 0 });
    expect(cards.conversationsNew).toBe(
      await s
        .db('conversations')
        .where({ status: 'new' })
        .count({ n: '*' })
        .first()
        .then((r) => Number(r!.n)),
    );
    // A new conversation past its deadline is late on the card.
    await s
      .db('conversations')
      .where({ id: c.id })
      .update({ first_response_due_at: new Date(Date.now() - 60_000).toISOString() });
    expect((await (await support('/api/stats/cards')).json()).conversationsLate).toBe(1);
    expect((await (await moderator('/api/stats/cards')).json()).conversationsNew).toBeNull();
  });
});
