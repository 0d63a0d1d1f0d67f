// The payment provider's webhook events (docs/PAYMENTS.md "Webhooks"). The route only verifies the signature
// and stores the event (its id is the primary key: a replay is a no-op) and answers; the work is done here,
// after the answer and by the `payments.events` job, one event per transaction, in the provider's time order.
// Each handler is safe whatever arrived before it: a refund report goes through payoutTransition, a dispute
// closed before it was opened opens it first.
import type { Knex } from 'knex';
import { disputeStatusOf } from '../domain/payments/disputes.ts';
import { stripeRefundState } from '../domain/refunds/payouts.ts';
import { closeDispute, openDispute } from './disputes.ts';
import { applyPayoutReport, providerActor } from './payouts.ts';
import type { OrdersRow, ProviderEventsRow, RefundPayoutsRow } from '../db/rows.generated.ts';

/** The fields we read of the event's object: a refund (`refund.*`, `charge.refund.updated`) or a dispute (`charge.dispute.*`). */
export interface ProviderObject {
  id: string;
  status?: string | null;
  metadata?: { kolet_payout_id?: string } | null;
  failure_reason?: string | null;
  payment_intent?: unknown;
  charge?: unknown;
  reason?: string | null;
  amount?: number | null;
  evidence_details?: { due_by?: number | null } | null;
}

export interface ProviderEvent {
  id: string;
  type: string;
  created: number;
  data: { object: ProviderObject };
}

/** Stores a verified event; false when it was already stored (a replay). */
export async function storeEvent(db: Knex, provider: string, event: ProviderEvent, now = new Date()): Promise<boolean> {
  const rows = await db('provider_events')
    .insert({
      id: event.id,
      provider,
      type: event.type,
      object_id: String(event.data?.object?.id ?? '') || null,
      event_created_at: new Date(event.created * 1000).toISOString(),
      payload: JSON.stringify(event),
      status: 'queued',
      attempts: 0,
      received_at: now.toISOString(),
    })
    .onConflict('id')
    .ignore()
    .returning(['id']);
  return (rows as unknown[]).length > 0;
}

const HANDLED = [
  'refund.created',
  'refund.updated',
  'refund.failed',
  'charge.refund.updated',
  'charge.dispute.created',
  'charge.dispute.updated',
  'charge.dispute.closed',
];

/** What one event does, in the caller's transaction; 'ignored' when it concerns nothing of ours. */
async function handle(trx: Knex.Transaction, provider: string, event: ProviderEvent, now: Date): Promise<'processed' | 'ignored'> {
  const o = event.data.object;
  if (event.type.startsWith('refund.') || event.type === 'charge.refund.updated') {
    const byMeta = Number(o.metadata?.kolet_payout_id);
    const payout: Pick<RefundPayoutsRow, 'id'> | null | undefined =
      (Number.isSafeInteger(byMeta) && byMeta > 0 ? await trx('refund_payouts').where({ id: byMeta, provider }).first('id') : null) ??
      (await trx('refund_payouts').where({ provider_reference: o.id, provider }).first('id'));
    if (!payout) return 'ignored';
    await applyPayoutReport(
      trx,
      payout.id,
      { status: stripeRefundState(o.status), reference: o.id, failureReason: o.failure_reason ?? null, via: 'webhook' },
      now,
    );
    return 'processed';
  }
  if (event.type.startsWith('charge.dispute.')) {
    const ref = [o.payment_intent, o.charge].filter((r): r is string => typeof r === 'string');
    const order: Pick<OrdersRow, 'id' | 'amount_cents'> | null | undefined = ref.length
      ? await trx('orders').whereIn('payment_reference', ref).first('id', 'amount_cents')
      : null;
    if (!order) return 'ignored';
    const { dispute } = await openDispute(trx, providerActor(provider), now, {
      orderId: order.id,
      source: 'provider',
      providerDisputeId: o.id,
      reason: String(o.reason ?? 'general'),
      amountCents: Math.min(Number(o.amount ?? order.amount_cents), order.amount_cents),
      evidenceDueBy: o.evidence_details?.due_by ? new Date(o.evidence_details.due_by * 1000) : null,
    });
    const status = disputeStatusOf(String(o.status ?? 'needs_response'));
    if (status !== 'open' && dispute.status === 'open')
      await closeDispute(trx, providerActor(provider), now, dispute.id, { outcome: status, note: `${provider}: ${o.status}` });
    return 'processed';
  }
  return 'ignored';
}

export interface EventsSummary {
  processed: number;
  ignored: number;
  failed: number;
}

/** Works through the queued events, oldest (provider's time) first; a failing event is retried 5 times, then left `failed`. */
export async function processQueuedEvents(db: Knex, now = new Date(), max = 200): Promise<EventsSummary> {
  const summary: EventsSummary = { processed: 0, ignored: 0, failed: 0 };
  const queued: Pick<ProviderEventsRow, 'id' | 'provider'>[] = await db('provider_events')
    .where({ status: 'queued' })
    .orderBy([{ column: 'event_created_at' }, { column: 'received_at' }])
    .limit(max)
    .select('id', 'provider');
  for (const { id, provider } of queued) {
    try {
      const outcome = await db.transaction(async (trx) => {
        const claimed = await trx('provider_events')
          .where({ id, status: 'queued' })
          .update({ attempts: trx.raw('attempts + 1') });
        if (!claimed) return null; // another process took it
        // Claimed just above, so it is there.
        const row: Pick<ProviderEventsRow, 'payload'> = await trx('provider_events').where({ id }).first('payload');
        const event = JSON.parse(row.payload) as ProviderEvent;
        const result = HANDLED.includes(event.type) ? await handle(trx, provider, event, now) : 'ignored';
        await trx('provider_events').where({ id }).update({ status: result, processed_at: now.toISOString(), error: null });
        return result;
      });
      if (outcome) summary[outcome]++;
    } catch (err) {
      summary.failed++;
      await db('provider_events')
        .where({ id, status: 'queued' })
        .update({
          attempts: db.raw('attempts + 1'),
          error: (err as Error).message.slice(0, 1000),
          status: db.raw("CASE WHEN attempts + 1 >= 5 THEN 'failed' ELSE 'queued' END"),
        });
    }
  }
  return summary;
}
