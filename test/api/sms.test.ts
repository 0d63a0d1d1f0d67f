// SMS through Twilio (the real SDK against test/support/fakeTwilio.ts; no network): E.164 numbers,
// encoding and segments stored, signed delivery receipts delivered twice and out of order, STOP/START,
// the opted-out refusal (21610), the provider down. And the customer's own alert rules (integration API),
// which fire like support's and reach a second number. Both engines.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queueMessage } from '../../server/outbox/outbox.ts';
import { twilioSender } from '../../server/outbox/sms.ts';
import { createTransport, deliverDueMessages } from '../../server/outbox/worker.ts';
import { startFakeTwilio, type FakeTwilio } from '../support/fakeTwilio.ts';
import { insertAccount } from '../support/fixtures.ts';
import { buyPlan, serviceToken } from '../support/ledger.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

const PUBLIC = 'https://backoffice.kolet.test';
let fake: FakeTwilio;
let s: Awaited<ReturnType<typeof startTestServer>>;
let support: SessionFetch;
let token: string;
let hook: string;
const mail = createTransport(undefined);
let sender: ReturnType<typeof twilioSender>;

beforeAll(async () => {
  fake = await startFakeTwilio();
  s = await startTestServer({
    TWILIO_ACCOUNT_SID: fake.accountSid,
    TWILIO_AUTH_TOKEN: fake.authToken,
    TWILIO_FROM: '+33700000001',
    TWILIO_API_BASE: fake.baseUrl,
    PUBLIC_URL: PUBLIC,
  });
  sender = twilioSender({
    accountSid: fake.accountSid,
    authToken: fake.authToken,
    from: '+33700000001',
    publicUrl: PUBLIC,
    apiBase: fake.baseUrl,
  });
  support = await s.login('support');
  token = await serviceToken(s.db);
  hook = `${s.baseUrl}/api/webhooks/twilio`;
});
afterAll(async () => {
  await s?.close();
  await fake?.close();
});

const deliver = (sms: typeof sender | null = sender, now = new Date(Date.now() + 1000)) =>
  deliverDueMessages(s.db, mail, { from: 'Kolet <x@kolet.test>', now, sms });
const message = (id: number) => s.db('messages').where({ id }).first();
async function queueSms(to: string, body = 'Kolet : vous avez utilisé 90 % de votre forfait.', accountId: number | null = null) {
  return (await queueMessage(s.db, { accountId, channel: 'sms', to, template: 'usage_alert', subject: 'Alerte', body }))!;
}
/** A receipt as Twilio posts it to the status callback URL it was given. */
const receipt = (m: { id: number; provider_message_id: string }, status: string, extra: Record<string, string> = {}) =>
  fake.post(
    `${hook}?m=${m.id}`,
    { MessageSid: m.provider_message_id, MessageStatus: status, AccountSid: fake.accountSid, ...extra },
    {
      signedUrl: `${PUBLIC}/api/webhooks/twilio?m=${m.id}`,
    },
  );
const inbound = (from: string, body: string) =>
  fake.post(
    hook,
    { MessageSid: `SM${Date.now()}`, From: from, To: '+33700000001', Body: body, SmsStatus: 'received' },
    {
      signedUrl: `${PUBLIC}/api/webhooks/twilio`,
    },
  );
const integration = (path: string, init: RequestInit = {}) =>
  fetch(`${s.baseUrl}/api/integration${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });

describe('sending through the provider', () => {
  test('a French number as typed goes out in E.164, with its encoding, segments and the provider id stored', async () => {
    const id = await queueSms('06 12 34 56 78', `Reçu : ${'x'.repeat(70)}`);
    const r = await deliver();
    expect(r.sent).toBeGreaterThanOrEqual(1);
    const m = await message(id);
    const sms = fake.sent.at(-1)!;
    expect(sms.to).toBe('+33612345678');
    expect(sms.from).toBe('+33700000001');
    expect(sms.statusCallback).toBe(`${PUBLIC}/api/webhooks/twilio?m=${id}`);
    expect(m).toMatchObject({
      status: 'sent',
      to_address: '+33612345678',
      transport: 'twilio',
      provider_message_id: sms.sid,
      delivery_status: 'queued',
      sms_encoding: 'ucs2',
      sms_segments: 2,
    });
  });

  test('the provider down: the SMS waits in the outbox with a retry, nothing lost; then it goes', async () => {
    const id = await queueSms('+33612340001');
    fake.script.push('server_error');
    const first = await deliver();
    expect(first.retried).toBe(1);
    let m = await message(id);
    expect(m).toMatchObject({ status: 'queued', attempts: 1 });
    expect(m.last_error).toBeTruthy();
    const second = await deliver(sender, new Date(Date.now() + 60_000));
    expect(second.sent).toBe(1);
    m = await message(id);
    expect(m).toMatchObject({ status: 'sent', attempts: 2, transport: 'twilio', sms_encoding: 'gsm7', sms_segments: 1 });
  });

  test('without a provider, SMS go through the mail transport (offline default), encoding still computed', async () => {
    const id = await queueSms('+33612340002', 'Kolet: 10 € offerts');
    await deliver(null);
    expect(await message(id)).toMatchObject({
      status: 'sent',
      transport: 'mail',
      sms_encoding: 'gsm7',
      sms_segments: 1,
      delivery_status: null,
    });
  });

  test('something that is not a phone number is dead at once, with the reason', async () => {
    const id = await queueSms('not-a-number');
    await deliver();
    const m = await message(id);
    expect(m.status).toBe('dead');
    expect(m.last_error).toMatch(/Not a phone number/);
  });
});

describe('delivery receipts', () => {
  test('signed, delivered twice and out of order: a late "sent" never overwrites "delivered"', async () => {
    const id = await queueSms('+33612340003');
    await deliver();
    const m = await message(id);
    expect((await receipt(m, 'delivered')).status).toBe(200);
    expect(await receipt(m, 'sent').then((r) => r.json())).toMatchObject({ outcome: 'unchanged' });
    expect(await receipt(m, 'delivered').then((r) => r.json())).toMatchObject({ outcome: 'unchanged' });
    const after = await message(id);
    expect(after.delivery_status).toBe('delivered');
    expect(after.delivered_at).toBeTruthy();
  });

  test('in order: queued → sent → undelivered with its error code; replays harmless', async () => {
    const id = await queueSms('+33612340004');
    await deliver();
    const m = await message(id);
    await receipt(m, 'sent');
    expect((await message(id)).delivery_status).toBe('sent');
    await receipt(m, 'undelivered', { ErrorCode: '30003' });
    await receipt(m, 'undelivered', { ErrorCode: '30003' });
    await receipt(m, 'sent');
    expect(await message(id)).toMatchObject({ delivery_status: 'undelivered', delivery_error_code: '30003' });
  });

  test('concurrent receipts for one message end on the furthest status', async () => {
    const id = await queueSms('+33612340005');
    await deliver();
    const m = await message(id);
    const answers = await Promise.all([receipt(m, 'sent'), receipt(m, 'delivered'), receipt(m, 'sent'), receipt(m, 'delivered')]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect((await message(id)).delivery_status).toBe('delivered');
  });

  test('a bad signature is 403 and changes nothing: unsigned, another token, another URL', async () => {
    const id = await queueSms('+33612340006');
    await deliver();
    const m = await message(id);
    const params = { MessageSid: m.provider_message_id, MessageStatus: 'delivered' };
    const unsigned = await fetch(`${hook}?m=${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params).toString(),
    });
    expect(unsigned.status).toBe(403);
    expect((await unsigned.json()).code).toBe('signature_invalid');
    expect(
      (await fake.post(`${hook}?m=${id}`, params, { signWith: 'another-token', signedUrl: `${PUBLIC}/api/webhooks/twilio?m=${id}` }))
        .status,
    ).toBe(403);
    expect((await fake.post(`${hook}?m=${id}`, params, { signedUrl: `https://evil.test/api/webhooks/twilio?m=${id}` })).status).toBe(403);
    expect((await message(id)).delivery_status).toBe('queued');
  });

  test('a receipt for a message we do not know is answered (200) and ignored', async () => {
    const r = await fake.post(
      hook,
      { MessageSid: 'SMunknown', MessageStatus: 'delivered' },
      { signedUrl: `${PUBLIC}/api/webhooks/twilio` },
    );
    expect(r.status).toBe(200);
    expect((await r.json()).outcome).toBe('unknown_message');
  });
});

describe('STOP and START', () => {
  test('STOP opts the number out: the next SMS is kept, suppressed, not sent; START re-subscribes', async () => {
    const accountId = await insertAccount(s.db, { phone: '+33612349999' });
    expect((await inbound('+33612349999', 'STOP')).status).toBe(200);
    expect((await inbound('+33612349999', 'stop')).status).toBe(200); // replayed: harmless
    const optOut = await s.db('sms_opt_outs').where({ phone: '+33612349999' }).first();
    expect(optOut).toMatchObject({ account_id: accountId, source: 'inbound_sms', resubscribed_at: null });
    const before = fake.sent.length;
    const id = await queueSms('06 12 34 99 99', 'Kolet : alerte', accountId);
    const r = await deliver();
    expect(r.suppressed).toBe(1);
    expect(fake.sent.length).toBe(before);
    expect(await message(id)).toMatchObject({ status: 'suppressed', to_address: '+33612349999' });
    // Visible on the account (360 and account page).
    const overview = await support(`/api/accounts/${accountId}/overview`).then((x) => x.json());
    expect(overview.smsOptOut).toMatchObject({ phone: '+33612349999', source: 'inbound_sms' });
    const audit = await s.db('audit_log').where({ action: 'sms.opted_out', entity_id: String(accountId) });
    expect(audit).toHaveLength(1);

    await inbound('+33612349999', 'START');
    const again = await queueSms('+33612349999', 'Kolet : alerte', accountId);
    await deliver();
    expect((await message(again)).status).toBe('sent');
    expect((await support(`/api/accounts/${accountId}/overview`).then((x) => x.json())).smsOptOut).toBeNull();
  });

  test('ARRET counts as STOP', async () => {
    await inbound('+33612348888', 'Arrêt');
    expect(await s.db('sms_opt_outs').where({ phone: '+33612348888' }).whereNull('resubscribed_at').first()).toBeTruthy();
  });

  test("the provider's opted-out refusal (21610) marks the message suppressed and records the opt-out", async () => {
    fake.script.push('opted_out');
    const id = await queueSms('+33612347777');
    const r = await deliver();
    expect(r.suppressed).toBe(1);
    expect(await message(id)).toMatchObject({ status: 'suppressed' });
    expect(await s.db('sms_opt_outs').where({ phone: '+33612347777' }).first()).toMatchObject({ source: 'provider_refusal' });
  });
});

describe('the customer sets their alerts (integration API)', () => {
  async function customerPlan(phone: string | null = null) {
    const accountId = await insertAccount(s.db, { phone });
    const planId = await buyPlan(s.db, accountId, { mb: 1000 });
    return { accountId, planId };
  }
  const rules = (planId: number, accountId: number) => integration(`/account-plans/${planId}/alert-rules?accountId=${accountId}`);
  const create = (planId: number, body: Record<string, unknown>) =>
    integration(`/account-plans/${planId}/alert-rules`, { method: 'POST', body: JSON.stringify(body) });

  test('list, create, change and delete; each rule says who set it', async () => {
    const { accountId, planId } = await customerPlan();
    const list = await rules(planId, accountId);
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ accountPlanId: planId, fairUse: false, maxRules: 5, rules: [] });

    const made = await create(planId, { accountId, thresholdPercent: 75, channel: 'sms', destination: '06 98 76 54 32' });
    expect(made.status).toBe(201);
    const rule = await made.json();
    expect(rule).toMatchObject({ thresholdPercent: 75, channel: 'sms', destination: '+33698765432', setBy: 'customer', enabled: true });

    const changed = await integration(`/account-plans/${planId}/alert-rules/${rule.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ accountId, thresholdPercent: 80 }),
    });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ thresholdPercent: 80, setBy: 'customer' });

    // Support changes it in the console: it is now set by staff.
    const byStaff = await support(`/api/usage-alerts/${rule.id}`, {
      method: 'PUT',
      body: JSON.stringify({ enabled: false, version: (await s.db('usage_alerts').where({ id: rule.id }).first()).version }),
    });
    expect(byStaff.status).toBe(200);
    expect((await byStaff.json()).setBy).toBe('staff');

    const gone = await integration(`/account-plans/${planId}/alert-rules/${rule.id}?accountId=${accountId}`, { method: 'DELETE' });
    expect(gone.status).toBe(200);
    expect((await (await rules(planId, accountId)).json()).rules).toEqual([]);
    expect(
      await s
        .db('audit_log')
        .where({ action: 'usage-alerts.delete', entity_id: String(rule.id) })
        .first(),
    ).toBeTruthy();
  });

  test('a rule for someone else’s plan is 404, for every call', async () => {
    const mine = await customerPlan();
    const theirs = await customerPlan();
    const theirRule = await (await create(theirs.planId, { accountId: theirs.accountId, thresholdPercent: 50 })).json();
    expect((await rules(theirs.planId, mine.accountId)).status).toBe(404);
    expect((await create(theirs.planId, { accountId: mine.accountId, thresholdPercent: 50 })).status).toBe(404);
    const patch = await integration(`/account-plans/${theirs.planId}/alert-rules/${theirRule.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ accountId: mine.accountId, enabled: false }),
    });
    expect(patch.status).toBe(404);
    // Their rule through my plan's path: not found either.
    const viaMine = await integration(`/account-plans/${mine.planId}/alert-rules/${theirRule.id}?accountId=${mine.accountId}`, {
      method: 'DELETE',
    });
    expect(viaMine.status).toBe(404);
    expect(await s.db('usage_alerts').where({ id: theirRule.id }).first()).toMatchObject({ enabled: expect.anything() });
  });

  test('a sixth rule is 422 too_many_alert_rules (support’s and the customer’s count together)', async () => {
    const { accountId, planId } = await customerPlan();
    for (const pct of [50, 60, 70, 80]) expect((await create(planId, { accountId, thresholdPercent: pct })).status).toBe(201);
    const staffRule = await support('/api/usage-alerts', {
      method: 'POST',
      body: JSON.stringify({ accountPlanId: planId, thresholdPercent: 90 }),
    });
    expect(staffRule.status).toBe(201);
    expect((await staffRule.json()).setBy).toBe('staff');
    const sixth = await create(planId, { accountId, thresholdPercent: 95 });
    expect(sixth.status).toBe(422);
    expect((await sixth.json()).code).toBe('too_many_alert_rules');
  });

  test('bad input: 400 naming the field; an SMS rule without a number 422; a deactivated account 409', async () => {
    const { accountId, planId } = await customerPlan();
    const bad = await create(planId, { accountId, thresholdPercent: 150 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toHaveProperty('thresholdPercent');
    expect((await create(planId, { accountId, thresholdPercent: 50, channel: 'fax' })).status).toBe(400);
    expect((await create(planId, { thresholdPercent: 50 })).status).toBe(400);
    expect((await integration(`/account-plans/${planId}/alert-rules`)).status).toBe(400);
    expect((await integration(`/account-plans/abc/alert-rules?accountId=${accountId}`)).status).toBe(400);
    const noNumber = await create(planId, { accountId, thresholdPercent: 50, channel: 'sms' });
    expect(noNumber.status).toBe(422);
    expect((await noNumber.json()).code).toBe('sms_needs_number');
    const wrongKind = await create(planId, { accountId, thresholdPercent: 50, channel: 'email', destination: '+33612345678' });
    expect(wrongKind.status).toBe(422);
    expect((await wrongKind.json()).code).toBe('invalid_destination');
    await s.db('accounts').where({ id: accountId }).update({ status: 'deactivated' });
    const closed = await create(planId, { accountId, thresholdPercent: 50 });
    expect(closed.status).toBe(409);
    expect((await closed.json()).code).toBe('account_not_active');
  });

  test('an unlimited plan lists its rules as fair-use reminders', async () => {
    const { accountId, planId } = await customerPlan();
    await s.db('account_plans').where({ id: planId }).update({ unlimited: true });
    expect((await (await rules(planId, accountId)).json()).fairUse).toBe(true);
  });

  test('a customer rule fires with the usage that crosses it, to the second number, and the SMS goes out at the next delivery', async () => {
    const { accountId, planId } = await customerPlan('+33611110000');
    const rule = await (await create(planId, { accountId, thresholdPercent: 40, channel: 'sms', destination: '+33622220000' })).json();
    // Below the threshold: nothing.
    await integration('/usage', { method: 'POST', body: JSON.stringify({ accountPlanId: planId, mb: 300 }) });
    expect(await s.db('messages').where({ to_address: '+33622220000' })).toHaveLength(0);
    // The usage that crosses it queues the alert in its own transaction.
    const used = await integration('/usage', { method: 'POST', body: JSON.stringify({ accountPlanId: planId, mb: 150 }) });
    expect((await used.json()).alertsFired).toBe(1);
    const [queued] = await s.db('messages').where({ to_address: '+33622220000' });
    expect(queued).toMatchObject({ status: 'queued', channel: 'sms', template: 'usage_alert' });
    expect((await s.db('usage_alerts').where({ id: rule.id }).first()).fired_at).toBeTruthy();
    await deliver();
    expect(await message(queued.id)).toMatchObject({ status: 'sent', transport: 'twilio' });
    expect(fake.sent.at(-1)!.to).toBe('+33622220000');
  });
});
