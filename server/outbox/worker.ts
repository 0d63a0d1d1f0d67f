import type { Knex } from 'knex';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { getSetting } from '../settings.ts';
import { attachmentsOf } from './attachments.ts';

export interface DeliveryReport {
  sent: number;
  retried: number;
  dead: number;
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
 * SMS are delivered through the same transport until an SMS provider is wired.
 * Bulk messages (priority 1: a notice to customers) come after every due message of priority 0,
 * so a notice to thousands never delays a refund's or a transfer's message.
 */
export async function deliverDueMessages(
  db: Knex,
  transport: Transporter,
  options: { from: string; now?: Date; limit?: number; log?: Logger },
): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const maxAttempts = await getSetting(db, 'outbox_max_attempts');
  const due = await db('messages')
    .where('status', 'queued')
    .andWhere('next_attempt_at', '<=', now.toISOString())
    .orderBy([{ column: 'priority' }, { column: 'next_attempt_at' }])
    .limit(options.limit ?? 50)
    .select('id');
  const report: DeliveryReport = { sent: 0, retried: 0, dead: 0 };
  for (const { id } of due) {
    const claimed = await db('messages').where({ id, status: 'queued' }).update({ status: 'sending', updated_at: now.toISOString() });
    if (claimed !== 1) continue; // another worker took it
    const m = await db('messages').where({ id }).first();
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
  options: { from: string; intervalMs?: number; log?: Logger },
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
