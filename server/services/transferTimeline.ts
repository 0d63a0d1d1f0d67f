import type { Knex } from 'knex';
import { toIso } from '../db/values.ts';
import { notFound } from '../http/errors.ts';
import { rowToRecord } from '../rest/fields.ts';
import { ledgerEntries } from '../rest/resources/customers.ts';
import { transfers } from '../rest/resources/money.ts';
import { auditLog, messages } from '../rest/resources/platform.ts';
import type { AuditLogRow, DataLedgerRow, MessagesRow, TransfersRow } from '../db/rows.generated.ts';

export type TimelineEvent =
  | { type: 'created' | 'delivered' | 'fixed'; at: string; transferId: number; transfer: Record<string, unknown> }
  | { type: 'ledger'; at: string; transferId: number; entry: Record<string, unknown> }
  | { type: 'message'; at: string; transferId: number; message: Record<string, unknown> }
  | { type: 'audit'; at: string; transferId: number; audit: Record<string, unknown> };

/**
 * Everything that happened to a transfer and to the transfers correcting it, in time order:
 * its states, the ledger entries it caused, the messages sent, and the staff actions (audit).
 * Support reads it here without needing the admin-only audit log.
 */
export async function transferTimeline(
  db: Knex,
  id: number,
): Promise<{
  transfer: Record<string, unknown>;
  corrections: Record<string, unknown>[];
  corrects: Record<string, unknown> | null;
  events: TimelineEvent[];
}> {
  const row: TransfersRow | undefined = await db('transfers').where({ id }).first();
  if (!row) throw notFound(`Transfer ${id} not found`);
  const correctionRows: TransfersRow[] = await db('transfers').where({ corrects_transfer_id: id }).orderBy('id');
  const chain = [row, ...correctionRows];
  const ids = chain.map((t) => t.id);
  const events: TimelineEvent[] = [];
  for (const t of chain) {
    const transfer = rowToRecord(transfers.fields, t);
    events.push({ type: 'created', at: toIso(t.created_at)!, transferId: t.id, transfer });
    if (t.delivered_at) events.push({ type: 'delivered', at: toIso(t.delivered_at)!, transferId: t.id, transfer });
    if (t.fixed_at) events.push({ type: 'fixed', at: toIso(t.fixed_at)!, transferId: t.id, transfer });
  }
  const [ledger, sent, audit]: [DataLedgerRow[], MessagesRow[], AuditLogRow[]] = await Promise.all([
    db('data_ledger').whereIn('transfer_id', ids).orderBy('id'),
    db('messages').where('related_entity', 'transfers').whereIn('related_id', ids.map(String)).orderBy('id'),
    db('audit_log').where('entity', 'transfers').whereIn('entity_id', ids.map(String)).orderBy('id'),
  ]);
  for (const e of ledger)
    // transfer_id is set: the entries were read by it (whereIn above).
    events.push({ type: 'ledger', at: toIso(e.created_at)!, transferId: e.transfer_id!, entry: rowToRecord(ledgerEntries.fields, e) });
  for (const m of sent)
    events.push({ type: 'message', at: toIso(m.created_at)!, transferId: Number(m.related_id), message: rowToRecord(messages.fields, m) });
  for (const a of audit)
    events.push({ type: 'audit', at: toIso(a.at)!, transferId: Number(a.entity_id), audit: rowToRecord(auditLog.fields, a) });
  const order = { created: 0, audit: 1, ledger: 2, delivered: 3, fixed: 4, message: 5 } as const;
  events.sort((a, b) => a.at.localeCompare(b.at) || order[a.type] - order[b.type]);
  const corrects: TransfersRow | undefined | null = row.corrects_transfer_id
    ? await db('transfers').where({ id: row.corrects_transfer_id }).first()
    : null;
  return {
    transfer: rowToRecord(transfers.fields, row),
    corrections: correctionRows.map((t) => rowToRecord(transfers.fields, t)),
    corrects: corrects ? rowToRecord(transfers.fields, corrects) : null,
    events,
  };
}
