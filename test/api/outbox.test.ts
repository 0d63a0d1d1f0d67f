// The outbox (docs/RULES.md "Messages to customers"): messages are written in the transaction of
// the change that caused them and delivered by a worker over SMTP, with retries and a
// dead state, exactly once — checked against a real SMTP sink that is down, then up.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Transporter } from 'nodemailer';
import { createTransport, deliverDueMessages, releaseStaleClaims } from '../../server/outbox/worker.ts';
import { queueMessage, type OutgoingMessage } from '../../server/outbox/outbox.ts';
import { toIso } from '../../server/db/values.ts';
import { ensureDefaultSettings } from '../../server/settings.ts';
import { createTestDatabase } from '../support/db.ts';
import { countRows } from '../support/fixtures.ts';
import { smtpSink } from '../support/smtpSink.ts';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
let database: Db;
const sink = smtpSink();
let transport: Transporter;
const FROM = 'Kolet <support@kolet.test>';

const T0 = new Date('2030-01-01T00:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;
const mail = (to: string, over: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  channel: 'email',
  to,
  template: 'test',
  subject: `To ${to}`,
  body: `Hello ${to}`,
  ...over,
});
const row = (id: number) => database.db('messages').where({ id }).first();
const deliver = (now: Date) => deliverDueMessages(database.db, transport, { from: FROM, now });
const receivedBy = (address: string) => sink.received.filter((m) => m.to.includes(address));

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDefaultSettings(database.db);
  await database.db('settings').where({ id: 'outbox_max_attempts' }).update({ value: '3' });
  // Learn a free port, then stop: the mail server is down until the test starts it again.
  await sink.start();
  await sink.stop();
  transport = createTransport(sink.url);
});

afterAll(async () => {
  transport?.close();
  await sink.stop();
  await database?.drop();
});

describe('queueing', () => {
  test('queues one row for the same dedupeKey given twice', async () => {
    const first = await queueMessage(database.db, mail('dedupe@example.com', { dedupeKey: 'transfer:1:fixed:sender' }), T0);
    const second = await queueMessage(
      database.db,
      mail('dedupe@example.com', { dedupeKey: 'transfer:1:fixed:sender', subject: 'again' }),
      T0,
    );
    expect(typeof first).toBe('number');
    expect(second).toBeNull();
    expect(await countRows(database.db, 'messages', { dedupe_key: 'transfer:1:fixed:sender' })).toBe(1);
    expect((await row(first!)).subject).toBe('To dedupe@example.com');
    // Inside a transaction too.
    await database.db.transaction(async (trx) => {
      expect(await queueMessage(trx, mail('dedupe@example.com', { dedupeKey: 'transfer:1:fixed:sender' }), T0)).toBeNull();
    });
    expect(await countRows(database.db, 'messages', { dedupe_key: 'transfer:1:fixed:sender' })).toBe(1);
  });

  test('never keeps a message queued inside a rolled-back transaction', async () => {
    await expect(
      database.db.transaction(async (trx) => {
        await queueMessage(trx, mail('rolled-back@example.com'), T0);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await countRows(database.db, 'messages', { to_address: 'rolled-back@example.com' })).toBe(0);
  });
});

describe('delivery with the SMTP server down, then up', () => {
  let a: number;
  let b: number;
  let c: number;

  beforeAll(async () => {
    // Only these three take part: clear what the queueing tests left.
    await database.db('messages').delete();
    a = (await queueMessage(database.db, mail('a@example.com'), T0))!;
    b = (await queueMessage(database.db, mail('b@example.com', { dedupeKey: 'b-once' }), at(5 * MIN)))!;
    c = (await queueMessage(database.db, mail('c@example.com'), at(5 * MIN)))!;
    expect(await queueMessage(database.db, mail('b@example.com', { dedupeKey: 'b-once' }), at(5 * MIN))).toBeNull();
  });

  test('a failed attempt leaves the message queued: attempts + 1, next attempt pushed back, last error kept', async () => {
    expect(await deliver(T0)).toEqual({ sent: 0, retried: 1, dead: 0, suppressed: 0 });
    const m = await row(a);
    expect(m).toMatchObject({ status: 'queued', attempts: 1 });
    expect(toIso(m.next_attempt_at)).toBe(at(30_000).toISOString());
    expect(m.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(m.sent_at).toBeNull();
    // b and c are not due yet.
    expect(await row(b)).toMatchObject({ status: 'queued', attempts: 0 });
  });

  test('does not try a message again before its next attempt is due', async () => {
    expect(await deliver(at(10_000))).toEqual({ sent: 0, retried: 0, dead: 0, suppressed: 0 });
    expect(await row(a)).toMatchObject({ attempts: 1 });
  });

  test('marks a message dead after outbox_max_attempts failures, and retries the others later', async () => {
    expect(await deliver(at(1 * MIN))).toEqual({ sent: 0, retried: 1, dead: 0, suppressed: 0 });
    expect(toIso((await row(a)).next_attempt_at)).toBe(at(3 * MIN).toISOString());
    expect(await deliver(at(5 * MIN))).toEqual({ sent: 0, retried: 2, dead: 1, suppressed: 0 });
    expect(await row(a)).toMatchObject({ status: 'dead', attempts: 3 });
    for (const id of [b, c]) {
      const m = await row(id);
      expect(m).toMatchObject({ status: 'queued', attempts: 1 });
      expect(toIso(m.next_attempt_at)).toBe(at(5 * MIN + 30_000).toISOString());
      expect(m.last_error).toBeTruthy();
    }
    expect(sink.received).toHaveLength(0);
  });

  test('delivers the queued messages exactly once when the server is back; a second run sends nothing', async () => {
    await sink.start();
    expect(await deliver(at(60 * MIN))).toEqual({ sent: 2, retried: 0, dead: 0, suppressed: 0 });
    expect(sink.received).toHaveLength(2);
    expect(receivedBy('b@example.com')).toHaveLength(1);
    expect(receivedBy('c@example.com')).toHaveLength(1);
    const toB = receivedBy('b@example.com')[0]!;
    expect(toB.from).toBe('support@kolet.test');
    expect(toB.raw).toMatch(new RegExp(`^X-Kolet-Message-Id: ${b}\r?$`, 'mi'));
    expect(toB.raw).toContain('Subject: To b@example.com');
    expect(toB.raw).toContain('Hello b@example.com');
    for (const id of [b, c]) {
      const m = await row(id);
      expect(m).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
      expect(m.sent_at).toBeTruthy();
      expect(m.provider_message_id).toBeTruthy();
    }

    expect(await deliver(at(120 * MIN))).toEqual({ sent: 0, retried: 0, dead: 0, suppressed: 0 });
    expect(sink.received).toHaveLength(2);
    // The dead message stays dead: it waits for staff to retry it.
    expect(await row(a)).toMatchObject({ status: 'dead', attempts: 3 });
    expect(receivedBy('a@example.com')).toHaveLength(0);
    expect(receivedBy('rolled-back@example.com')).toHaveLength(0);
  });

  test('two workers running at once send each message once', async () => {
    const before = sink.received.length;
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push((await queueMessage(database.db, mail(`crowd${i}@example.com`), at(3 * 60 * MIN)))!);
    const other = createTransport(sink.url);
    const [r1, r2] = await Promise.all([
      deliverDueMessages(database.db, transport, { from: FROM, now: at(3 * 60 * MIN) }),
      deliverDueMessages(database.db, other, { from: FROM, now: at(3 * 60 * MIN) }),
    ]);
    other.close();
    expect(r1.sent + r2.sent).toBe(6);
    expect(sink.received.length - before).toBe(6);
    for (let i = 0; i < 6; i++) expect(receivedBy(`crowd${i}@example.com`)).toHaveLength(1);
    expect(await countRows(database.db, 'messages', { status: 'sent' })).toBe(8);
  });

  test('puts a message left "sending" by a crashed worker back in the queue, then sends it once', async () => {
    const id = (await queueMessage(database.db, mail('crashed@example.com'), at(4 * 60 * MIN)))!;
    await database
      .db('messages')
      .where({ id })
      .update({ status: 'sending', updated_at: at(4 * 60 * MIN).toISOString() });
    expect(await deliver(at(4 * 60 * MIN + 1000))).toEqual({ sent: 0, retried: 0, dead: 0, suppressed: 0 });
    expect(await releaseStaleClaims(database.db, at(4 * 60 * MIN + 2 * MIN))).toBe(0); // not stale yet
    expect(await releaseStaleClaims(database.db, at(4 * 60 * MIN + 6 * MIN))).toBe(1);
    expect(await deliver(at(5 * 60 * MIN))).toEqual({ sent: 1, retried: 0, dead: 0, suppressed: 0 });
    expect(receivedBy('crashed@example.com')).toHaveLength(1);
  });
});
