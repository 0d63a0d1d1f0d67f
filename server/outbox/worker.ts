import type { Knex } from 'knex';
import type { MessagesRow } from '../db/rows.generated.ts';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { getSetting } from '../settings.ts';
import { normalisePhone } from '../domain/accounts/customerData.ts';
import { smsParts } from '../domain/messages/sms.ts';
import { isOptedOut, recordOptOut } from '../services/smsOptOuts.ts';
import { attachmentsOf } from './attachments.ts';
import { SmsOptedOut, type SmsSender } from './sms.ts';

export interface DeliveryReport {
  sent: number;
  retried: number;
  dead: number;
  /** SMS kept but not sent: the number opted out (STOP). */
  suppressed: number;
}

export interface DeliveryOptions {
  from: string;
  now?: Date;
  limit?: number;
  log?: Logger;
  /** The SMS provider; null or unset: SMS go through the mail transport. */
  sms?: SmsSender | null;
}

/** SMTP when `SMTP_URL` is set; otherwise a JSON transport whose mails go to the log (offline demo). */
export function createTransport(smtpUrl: string | undefined): Transporter {
  return smtpUrl ? nodemailer.createTransport(smtpUrl) : nodemailer.createTransport({ jsonTransport: true });
}

/** Backoff before attempt n+1: 30 s, 2 min, 8 min, 32 min… capped at 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 4 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/**
 * Delivers the messages that are due. Each message is claimed (queued → sending)
 * before it is sent, so two workers never send the same one; a failure puts it
 * back with a backoff, and after the last attempt it is dead (retryable by staff).
 * An SMS goes to an E.164 number, its encoding and segments computed first (docs/RULES.md "SMS"),
 * through the SMS provider when one is configured, else through the mail transport; to a number
 * that opted out it is not sent but kept, suppressed.
 * Bulk messages (priority 1: a notice to customers) come after every due message of priority 0,
 * so a notice to thousands never delays a refund's or a transfer's message.
 */
export async function deliverDueMessages(db: Knex, transport: Transporter, options: DeliveryOptions): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const maxAttempts = await getSetting(db, 'outbox_max_attempts');
  const due: Pick<MessagesRow, 'id'>[] = await db('messages')
    .where('status', 'queued')
    .andWhere('next_attempt_at', '<=', now.toISOString())
    .orderBy([{ column: 'priority' }, { column: 'next_attempt_at' }])
    .limit(options.limit ?? 50)
    .select('id');
  const report: DeliveryReport = { sent: 0, retried: 0, dead: 0, suppressed: 0 };
  for (const { id } of due) {
    const claimed = await db('messages').where({ id, status: 'queued' }).update({ status: 'sending', updated_at: now.toISOString() });
    if (claimed !== 1) continue; // another worker took it
    const m: MessagesRow = await db('messages').where({ id }).first();
    if (m.channel === 'sms') {
      const outcome = await deliverSms(db, transport, m, options);
      report[outcome]++;
      continue;
    }
    try {
      const attachments = await attachmentsOf(db, m);
      const info = await transport.sendMail({
        from: options.from,
        to: m.to_address,
        subject: m.subject,
        text: m.body,
        headers: { 'X-Kolet-Message-Id': String(id) },
        ...(attachments.length ? { attachments } : {}),
      });
      await db('messages')
        .where({ id })
        .update({
          status: 'sent',
          attempts: m.attempts + 1,
          sent_at: new Date().toISOString(),
          provider_message_id: String(info.messageId ?? ''),
          transport: 'mail',
          last_error: null,
          updated_at: new Date().toISOString(),
          version: m.version + 1,
        });
      options.log?.info({ messageId: id, to: m.to_address, template: m.template }, 'message delivered');
      report.sent++;
    } catch (err) {
      const attempts = m.attempts + 1;
      const dead = attempts >= maxAttempts;
      await db('messages')
        .where({ id })
        .update({
          status: dead ? 'dead' : 'queued',
          attempts,
          last_error: String((err as Error).message ?? err).slice(0, 1000),
          next_attempt_at: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
          updated_at: new Date().toISOString(),
          version: m.version + 1,
        });
      options.log?.warn({ messageId: id, attempts, dead, err: (err as Error).message }, 'message delivery failed');
      if (dead) report.dead++;
      else report.retried++;
    }
  }
  return report;
}

/** One claimed SMS: suppressed (opted out), sent through the provider or the mail transport, or back in the queue. */
async function deliverSms(db: Knex, transport: Transporter, m: MessagesRow, options: DeliveryOptions): Promise<keyof DeliveryReport> {
  const now = options.now ?? new Date();
  const at = () => new Date().toISOString();
  const parts = smsParts(m.body);
  const to = normalisePhone(m.to_address);
  const common = { sms_encoding: parts.encoding, sms_segments: parts.segments, version: m.version + 1 };
  if (!to) {
    await db('messages')
      .where({ id: m.id })
      .update({ ...common, status: 'dead', attempts: m.attempts + 1, last_error: `Not a phone number: ${m.to_address}`, updated_at: at() });
    options.log?.warn({ messageId: m.id }, 'SMS to something that is not a phone number');
    return 'dead';
  }
  const suppress = async (why: string) => {
    await db('messages')
      .where({ id: m.id })
      .update({ ...common, to_address: to, status: 'suppressed', last_error: why, updated_at: at() });
    options.log?.info({ messageId: m.id }, 'SMS suppressed: the number opted out');
    return 'suppressed' as const;
  };
  if (await isOptedOut(db, to)) return suppress('The number opted out of SMS (STOP)');
  try {
    let providerMessageId: string;
    let deliveryStatus: string | null = null;
    let transportName: string;
    if (options.sms) {
      const sent = await options.sms.send({ messageId: m.id, to, body: m.body });
      providerMessageId = sent.providerMessageId;
      deliveryStatus = sent.status ?? 'queued';
      transportName = options.sms.name;
    } else {
      const info = await transport.sendMail({
        from: options.from,
        to,
        subject: m.subject,
        text: m.body,
        headers: { 'X-Kolet-Message-Id': String(m.id), 'X-Kolet-Channel': 'sms' },
      });
      providerMessageId = String(info.messageId ?? '');
      transportName = 'mail';
    }
    await db('messages')
      .where({ id: m.id })
      .update({
        ...common,
        to_address: to,
        status: 'sent',
        attempts: m.attempts + 1,
        sent_at: at(),
        provider_message_id: providerMessageId,
        transport: transportName,
        // A receipt may have come before this answer (it names the message): it is kept if further on.
        delivery_status: db.raw(
          "CASE WHEN delivery_status IN ('sent', 'delivered', 'failed', 'undelivered') THEN delivery_status ELSE ? END",
          [deliveryStatus],
        ),
        last_error: null,
        updated_at: at(),
      });
    return 'sent';
  } catch (err) {
    if (err instanceof SmsOptedOut) {
      await db.transaction((trx) => recordOptOut(trx, to, 'provider_refusal', now));
      return suppress(`The provider refused the number as opted out (error ${err.code})`);
    }
    const maxAttempts = await getSetting(db, 'outbox_max_attempts');
    const attempts = m.attempts + 1;
    const dead = attempts >= maxAttempts;
    await db('messages')
      .where({ id: m.id })
      .update({
        ...common,
        status: dead ? 'dead' : 'queued',
        attempts,
        last_error: String((err as Error).message ?? err).slice(0, 1000),
        next_attempt_at: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
        updated_at: at(),
      });
    options.log?.warn({ messageId: m.id, attempts, dead, err: (err as Error).message }, 'SMS delivery failed');
    return dead ? 'dead' : 'retried';
  }
}

/** Messages left in `sending` by a crashed worker go back to the queue. */
export async function releaseStaleClaims(db: Knex, now = new Date(), staleAfterMs = 5 * 60_000): Promise<number> {
  return db('messages')
    .where('status', 'sending')
    .andWhere('updated_at', '<', new Date(now.getTime() - staleAfterMs).toISOString())
    .update({ status: 'queued' });
}

/** Runs the worker every `intervalMs` until stopped. */
export function startOutboxWorker(
  db: Knex,
  transport: Transporter,
  options: { from: string; intervalMs?: number; log?: Logger; sms?: SmsSender | null },
): () => Promise<void> {
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (!running) return;
    current = releaseStaleClaims(db)
      .then(() => deliverDueMessages(db, transport, options))
      .catch((err) => options.log?.error({ err }, 'outbox worker failed'));
    await current;
    if (running) timer = setTimeout(tick, options.intervalMs ?? 5000);
  };
  let timer = setTimeout(tick, 100);
  return async () => {
    running = false;
    clearTimeout(timer);
    await current;
  };
}
