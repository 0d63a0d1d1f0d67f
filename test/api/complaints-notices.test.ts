import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SYSTEM } from '../../server/domain/actor.ts';
import { queueMessage } from '../../server/outbox/outbox.ts';
import { createTransport, deliverDueMessages } from '../../server/outbox/worker.ts';
import { enqueueNoticeBatch } from '../../server/services/notices.ts';
import { countRows, insertAccount, insertAccountPlan, insertCountry, insertPlan } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';
import { action, integration } from '../support/trust.ts';

// Customer complaints (GCU §14, GCS §14, §18) and notices to customers (GCU §10.1, GCS §10.2): docs/ACCOUNTS.md.
type Server = Awaited<ReturnType<typeof startTestServer>>;
let s: Server;
let support: SessionFetch;
let moderator: SessionFetch;
let admin: SessionFetch;
let call: ReturnType<typeof integration>;

const MEDIATOR = 'Médiateur de test — 1 rue de la Paix, 75002 Paris — https://mediateur.example';

beforeAll(async () => {
  s = await startTestServer();
  [support, moderator, admin] = await Promise.all([s.login('support'), s.login('moderator'), s.login('admin')]);
  call = integration(s.baseUrl, await serviceToken(s.db));
});
afterAll(async () => {
  await s?.close();
});

const keyed = (who: SessionFetch, path: string, body: unknown, key = randomUUID()) =>
  who(`/api/${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'Idempotency-Key': key } });
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const batch = () => s.db.transaction((trx) => enqueueNoticeBatch({ trx, actor: SYSTEM, now: new Date(), queue: async () => {} }));
async function setMediator(value: string) {
  await s
    .db('settings')
    .insert({
      id: 'consumer_mediator',
      value: JSON.stringify(value),
      description: 'x',
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
      version: 1,
    })
    .onConflict('id')
    .merge(['value']);
}

describe('customer complaints (GCU §14, GCS §18)', () => {
  test('support logs a complaint from an e-mail: acknowledged at once with its deadline; answered; the customer is not satisfied → the mediator is sent', async () => {
    const accountId = await insertAccount(s.db, { locale: 'en' });
    const res = await action(support, `accounts/${accountId}/log-complaint`, {
      channel: 'email',
      subject: 'Plan never connected',
      body: 'I bought a Japan plan and it never connected in Tokyo.',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const c = await res.json();
    expect(c).toMatchObject({ accountId, status: 'acknowledged', channel: 'email' });
    const days = (new Date(c.dueAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(32);
    const ack = await s.db('messages').where({ account_id: accountId, template: 'complaint_acknowledged' }).first();
    expect(ack.subject).toBe(`We have received your complaint no. ${c.id}`);
    expect(
      await s
        .db('audit_log')
        .where({ entity: 'customer-complaints', entity_id: String(c.id) })
        .first(),
    ).toBeTruthy();

    // Answer before the refer: the mediator applies only after an answer.
    expect((await action(support, `customer-complaints/${c.id}/refer-mediator`)).status).toBe(409);
    expect((await action(support, `customer-complaints/${c.id}/start`)).status).toBe(200);
    const short = await action(support, `customer-complaints/${c.id}/answer`, { outcome: 'rejected', answer: 'No.' });
    expect(short.status).toBe(400);
    const answered = await action(support, `customer-complaints/${c.id}/answer`, {
      outcome: 'partially_upheld',
      answer: 'The network in Tokyo was down for a day; we offer you 1 GB.',
    });
    expect(answered.status, await answered.clone().text()).toBe(200);
    expect(await answered.json()).toMatchObject({ status: 'answered', outcome: 'partially_upheld' });
    expect(await countRows(s.db, 'messages', { account_id: accountId, template: 'complaint_answered' })).toBe(1);
    // Answered twice: the table's refusal.
    expect(
      (await action(support, `customer-complaints/${c.id}/answer`, { outcome: 'upheld', answer: 'Another answer that is long.' })).status,
    ).toBe(409);

    // The mediator's details must be set first (the terms do not name the mediator: an admin writes them).
    const unset = await action(support, `customer-complaints/${c.id}/refer-mediator`);
    expect(unset.status).toBe(422);
    expect((await unset.json()).code).toBe('mediator_not_set');
    await setMediator(MEDIATOR);
    const referred = await action(support, `customer-complaints/${c.id}/refer-mediator`, { note: 'Customer replied: not satisfied' });
    expect(referred.status, await referred.clone().text()).toBe(200);
    expect(await referred.json()).toMatchObject({ status: 'referred_to_mediator', mediatorDetails: MEDIATOR });
    const m = await s.db('messages').where({ account_id: accountId, template: 'complaint_mediator' }).first();
    expect(m.body).toContain(MEDIATOR);
    expect((await action(support, `customer-complaints/${c.id}/close`)).status).toBe(409);

    // The 360 shows the account's complaints.
    const overview = await (await support(`/api/accounts/${accountId}/overview`)).json();
    expect(overview.complaints.map((r: { id: number }) => r.id)).toContain(c.id);
  });

  test('bad input: unknown account 404, deactivated 409, an order of another customer 422, a bad channel 400; moderators may not', async () => {
    expect(
      (await action(support, 'accounts/999999/log-complaint', { channel: 'phone', subject: 'Hello', body: 'A call about nothing much.' }))
        .status,
    ).toBe(404);
    const gone = await insertAccount(s.db, { status: 'deactivated' });
    expect(
      (await action(support, `accounts/${gone}/log-complaint`, { channel: 'phone', subject: 'Hello', body: 'A call about nothing much.' }))
        .status,
    ).toBe(409);
    const mine = await insertAccount(s.db);
    const other = await insertAccount(s.db);
    const planId = await insertPlan(s.db);
    const now = new Date().toISOString();
    const [order] = await s.db('orders').insert(
      {
        account_id: other,
        plan_id: planId,
        amount_cents: 1000,
        vat_cents: 167,
        list_price_cents: 1000,
        payment_method: 'card',
        payment_reference: `pi_${randomUUID()}`,
        channel: 'app',
        ordered_at: now,
        created_at: now,
        updated_at: now,
        version: 1,
      },
      ['id'],
    );
    const orderId = typeof order === 'object' ? order.id : order;
    const foreign = await action(support, `accounts/${mine}/log-complaint`, {
      channel: 'email',
      subject: 'Order',
      body: 'About an order of mine.',
      orderId,
    });
    expect(foreign.status).toBe(422);
    expect((await foreign.json()).code).toBe('link_not_this_customer');
    const own = await action(support, `accounts/${other}/log-complaint`, {
      channel: 'letter',
      subject: 'Order',
      body: 'About an order of mine.',
      orderId,
    });
    expect(own.status).toBe(200);
    const unknown = await action(support, `accounts/${mine}/log-complaint`, {
      channel: 'email',
      subject: 'Order',
      body: 'About an order of mine.',
      transferId: 999999,
    });
    expect(unknown.status).toBe(422);
    expect(
      (await action(support, `accounts/${mine}/log-complaint`, { channel: 'fax', subject: 'Order', body: 'About an order of mine.' }))
        .status,
    ).toBe(400);
    expect(
      (await action(moderator, `accounts/${mine}/log-complaint`, { channel: 'email', subject: 'Order', body: 'About an order of mine.' }))
        .status,
    ).toBe(403);
  });

  test('from the app: the integration call registers and acknowledges it; unknown account 404; bad body 400', async () => {
    const accountId = await insertAccount(s.db);
    const res = await call(`accounts/${accountId}/complaints`, {
      subject: 'Refund late',
      body: 'My refund has not arrived after 40 days.',
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const c = await res.json();
    expect(c).toMatchObject({ accountId, channel: 'app', status: 'acknowledged', loggedByStaffId: null });
    expect(await countRows(s.db, 'messages', { account_id: accountId, template: 'complaint_acknowledged' })).toBe(1);
    expect((await call('accounts/999999/complaints', { subject: 'Refund late', body: 'My refund has not arrived.' })).status).toBe(404);
    expect((await call(`accounts/${accountId}/complaints`, { subject: 'x', body: '' })).status).toBe(400);
    // Listed in the queue with the open ones.
    const list = await (await support('/api/customer-complaints?filter=' + encodeURIComponent(JSON.stringify({ accountId })))).json();
    expect(list.map((r: { id: number }) => r.id)).toEqual([c.id]);
  });
});

const notice = (over: Record<string, unknown> = {}) => ({
  kind: 'interruption',
  subjectFr: 'Maintenance du réseau',
  bodyFr: 'Le service sera interrompu dimanche de 2 h à 4 h.',
  subjectEn: 'Network maintenance',
  bodyEn: 'The service will be interrupted on Sunday from 2 to 4 am.',
  audience: 'active_plan_country',
  country: 'JP',
  effectiveOn: day(3),
  ...over,
});

describe('notices to customers (GCU §10.1, GCS §10.2)', () => {
  test('bad input: an empty French text 422, a terms change under 30 days ahead 422, an unknown country 422; support may not compose (403)', async () => {
    await insertCountry(s.db, 'JP').catch(() => {});
    const empty = await action(admin, 'customer-notices/compose', notice({ bodyFr: '  ' }));
    expect(empty.status).toBe(422);
    expect(await empty.json()).toMatchObject({ code: 'notice_text_missing', errors: { bodyFr: expect.any(String) } });
    const soon = await action(
      admin,
      'customer-notices/compose',
      notice({ kind: 'terms_change', effectiveOn: day(10), audience: 'all_active' }),
    );
    expect(soon.status).toBe(422);
    expect((await soon.json()).code).toBe('notice_too_late');
    expect(
      (await action(admin, 'customer-notices/compose', notice({ kind: 'terms_change', effectiveOn: null, audience: 'all_active' }))).status,
    ).toBe(422);
    expect((await action(admin, 'customer-notices/compose', notice({ country: 'ZZ' }))).status).toBe(422);
    expect((await action(support, 'customer-notices/compose', notice())).status).toBe(403);
    const ok = await action(
      admin,
      'customer-notices/compose',
      notice({ kind: 'terms_change', effectiveOn: day(40), audience: 'all_active' }),
    );
    expect(ok.status, await ok.clone().text()).toBe(200);
  });

  test('an admin sends to the customers with an active plan in Japan: recipients frozen at send, one message each in their language, sent once', async () => {
    await insertCountry(s.db, 'JP').catch(() => {});
    await insertCountry(s.db, 'TH').catch(() => {});
    const fr = await insertAccount(s.db, { locale: 'fr' });
    const en = await insertAccount(s.db, { locale: 'en' });
    const leaving = await insertAccount(s.db, { locale: 'fr' });
    const thailand = await insertAccount(s.db);
    const expired = await insertAccount(s.db);
    for (const a of [fr, en, leaving]) await insertAccountPlan(s.db, a, { country_code: 'JP' });
    await insertAccountPlan(s.db, thailand, { country_code: 'TH' });
    await insertAccountPlan(s.db, expired, { country_code: 'JP', status: 'expired' });
    const japan = await s
      .db('accounts as a')
      .where('a.status', 'active')
      .whereExists(s.db('account_plans as p').whereRaw('p.account_id = a.id').where({ 'p.status': 'active', 'p.country_code': 'JP' }))
      .select('a.id');

    const composed = await action(admin, 'customer-notices/compose', notice());
    expect(composed.status, await composed.clone().text()).toBe(200);
    const { id } = await composed.json();
    const preview = await (await admin(`/api/customer-notices/${id}/preview`)).json();
    expect(preview.count).toBe(japan.length);
    expect(preview.messages.en.subject).toBe('Network maintenance');
    expect((await support(`/api/customer-notices/${id}/preview`)).status).toBe(403);

    // Between the preview and the send, a customer is deactivated: not a recipient.
    await s.db('accounts').where({ id: leaving }).update({ status: 'deactivated' });
    const key = randomUUID();
    const sent = await keyed(admin, `customer-notices/${id}/send`, {}, key);
    expect(sent.status, await sent.clone().text()).toBe(200);
    expect(await sent.json()).toMatchObject({ status: 'sending', recipientCount: japan.length - 1 });
    // The double click: the same key replays the answer; a new key is refused.
    const replay = await keyed(admin, `customer-notices/${id}/send`, {}, key);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const again = await keyed(admin, `customer-notices/${id}/send`, {});
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('notice_already_sent');
    expect(await countRows(s.db, 'customer_notice_recipients', { notice_id: id })).toBe(japan.length - 1);

    // After the send, a customer gains an active plan in Japan: not added.
    const late = await insertAccount(s.db);
    await insertAccountPlan(s.db, late, { country_code: 'JP' });

    const before = await countRows(s.db, 'messages', { related_entity: 'customer-notices', related_id: String(id) });
    expect(before).toBe(0);
    await s
      .db('settings')
      .insert({
        id: 'notice_batch_size',
        value: '1',
        description: 'x',
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
        version: 1,
      })
      .onConflict('id')
      .merge(['value']);
    const first = await batch();
    expect(first.queued).toBe(1);
    while ((await batch()).queued > 0);
    const messages = await s.db('messages').where({ related_entity: 'customer-notices', related_id: String(id) });
    expect(messages).toHaveLength(japan.length - 1);
    expect(messages.every((m) => m.priority === 1)).toBe(true);
    expect(messages.find((m) => m.account_id === en).subject).toBe('Network maintenance');
    expect(messages.find((m) => m.account_id === fr).subject).toBe('Maintenance du réseau');
    expect(
      messages.some((m) => m.account_id === late || m.account_id === leaving || m.account_id === thailand || m.account_id === expired),
    ).toBe(false);
    expect(await s.db('customer_notices').where({ id }).first()).toMatchObject({ status: 'sent', queued_count: japan.length - 1 });
    expect(
      await s
        .db('audit_log')
        .where({ entity: 'customer-notices', entity_id: String(id), action: 'customer-notices.send' })
        .first(),
    ).toBeTruthy();
    // The customer's message history (360) holds it.
    const overview = await (await support(`/api/accounts/${en}/overview`)).json();
    expect(overview.messages.map((m: { template: string }) => m.template)).toContain('notice_interruption');
  });

  test('a recipient deactivated between the send and their batch is skipped, not messaged', async () => {
    await insertCountry(s.db, 'KR').catch(() => {});
    const [stays, leaves] = [await insertAccount(s.db), await insertAccount(s.db)];
    for (const a of [stays, leaves]) await insertAccountPlan(s.db, a, { country_code: 'KR' });
    const { id } = await (await action(admin, 'customer-notices/compose', notice({ country: 'KR' }))).json();
    expect((await keyed(admin, `customer-notices/${id}/send`, {})).status).toBe(200);
    await s.db('accounts').where({ id: leaves }).update({ status: 'deactivated' });
    for (let r = await batch(); r.queued + r.skipped > 0; r = await batch());
    const recipients = await s.db('customer_notice_recipients').where({ notice_id: id }).orderBy('account_id');
    expect(recipients.map((r) => [r.account_id, r.status])).toEqual([
      [stays, 'queued'],
      [leaves, 'skipped'],
    ]);
    expect(
      await s
        .db('messages')
        .where({ related_entity: 'customer-notices', related_id: String(id) })
        .pluck('account_id'),
    ).toEqual([stays]);
    expect(await s.db('customer_notices').where({ id }).first()).toMatchObject({ status: 'sent', recipient_count: 2, queued_count: 1 });
  });

  test('a terms change composed in time but sent too late is refused at send (the 30 days are checked again)', async () => {
    const { id } = await (
      await action(admin, 'customer-notices/compose', notice({ kind: 'terms_change', audience: 'all_active', effectiveOn: day(35) }))
    ).json();
    await s
      .db('customer_notices')
      .where({ id })
      .update({ effective_on: day(20) }); // as if ten days had passed
    const res = await keyed(admin, `customer-notices/${id}/send`, {});
    expect(res.status).toBe(422);
    expect((await res.json()).code).toBe('notice_too_late');
    expect(await countRows(s.db, 'customer_notice_recipients', { notice_id: id })).toBe(0);
  });

  test('the outbox sends every due message of priority 0 before a bulk one', async () => {
    await s.db('messages').where({ status: 'queued' }).update({ status: 'sent' });
    const past = new Date(Date.now() - 60_000);
    const bulk = await queueMessage(
      s.db,
      { channel: 'email', to: 'bulk@example.com', template: 'notice_other', subject: 's', body: 'b', priority: 1 },
      past,
    );
    const urgent = await queueMessage(s.db, {
      channel: 'email',
      to: 'urgent@example.com',
      template: 'refund_approved',
      subject: 's',
      body: 'b',
    });
    await deliverDueMessages(s.db, createTransport(undefined), { from: 'noreply@kolet.test', limit: 1 });
    expect((await s.db('messages').where({ id: urgent }).first()).status).toBe('sent');
    expect((await s.db('messages').where({ id: bulk }).first()).status).toBe('queued');
  });
});
