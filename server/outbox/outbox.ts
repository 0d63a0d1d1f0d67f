import type { Knex } from 'knex';

export interface OutgoingMessage {
  accountId?: number | null;
  channel: 'email' | 'sms';
  to: string;
  template: string;
  subject: string;
  body: string;
  locale?: 'fr' | 'en';
  related?: { entity: string; id: string | number };
  /** The same key is never queued twice (e.g. `transfer:12:fixed:sender`). */
  dedupeKey?: string;
  /** 0 (default): sent as soon as due; 1: bulk (a notice's batch), sent after every due message of priority 0. */
  priority?: 0 | 1;
}

/**
 * Writes a message to the outbox in the caller's transaction: it is sent if and
 * only if the change that caused it commits (docs/RULES.md "Messages to customers").
 */
export async function queueMessage(trx: Knex | Knex.Transaction, m: OutgoingMessage, now = new Date()): Promise<number | null> {
  const at = now.toISOString();
  const rows = await trx('messages')
    .insert(
      {
        account_id: m.accountId ?? null,
        channel: m.channel,
        to_address: m.to,
        template: m.template,
        subject: m.subject,
        body: m.body,
        locale: m.locale ?? 'fr',
        status: 'queued',
        attempts: 0,
        next_attempt_at: at,
        related_entity: m.related?.entity ?? null,
        related_id: m.related ? String(m.related.id) : null,
        dedupe_key: m.dedupeKey ?? null,
        priority: m.priority ?? 0,
        created_at: at,
        updated_at: at,
        version: 1,
      },
      ['id'],
    )
    .onConflict('dedupe_key')
    .ignore();
  const first = rows[0] as { id: number } | number | undefined;
  return first == null ? null : typeof first === 'object' ? first.id : first;
}
