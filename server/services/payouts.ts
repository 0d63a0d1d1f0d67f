// Two-phase payouts through a remote payment provider (docs/PAYMENTS.md "Payouts"). Approval records a
// payout intent in its own transaction; the `payouts.send` job claims one intent at a time in a short
// transaction, calls the provider outside any transaction with the attempt's idempotency key, and records the
// answer in another. The provider's webhook reports the same outcome: whichever of the two comes first moves
// the attempt (payoutTransition), the other finds nothing left to do. A stopped process leaves an intent
// claimed: after `staleAfterMs` it is sent again with the same key, and the provider returns the same refund.
import type { Knex } from 'knex';
import { appendAudit } from '../audit/auditLog.ts';
import type { Actor } from '../domain/actor.ts';
import {
  mayAttemptPayout,
  payoutAttempts,
  payoutIdempotencyKey,
  payoutTransition,
  type PayoutEvent,
  type PayoutState,
  type ReportedPayout,
} from '../domain/refunds/payouts.ts';
import { forUpdate } from '../db/locks.ts';
import { toIso } from '../db/values.ts';
import { conflict, notFound, ruleRefused } from '../http/errors.ts';
import { queueMessage } from '../outbox/outbox.ts';
import * as texts from '../outbox/refundMessages.ts';
import type { PaymentProvider } from '../payments/provider.ts';
import { getSetting } from '../settings.ts';
import { issueCreditNote } from './invoices.ts';
import type { AccountsRow, JobRunsRow, OrdersRow, PayoutDiscrepanciesRow, RefundPayoutsRow, RefundsRow } from '../db/rows.generated.ts';

/** An intent claimed for sending, with the order's payment it goes back to. */
type ClaimedPayout = RefundPayoutsRow & { order: Pick<OrdersRow, 'payment_method' | 'payment_reference'> };

const staffId = (actor: Actor) => (actor.kind === 'staff' ? actor.id : null);
export const providerActor = (provider: string): Actor => ({ kind: 'system', name: provider });

/**
 * Records the next payout attempt of a refund as an intent (status `requested`), in the caller's transaction
 * (the approval's, or finance's retry after a failure); the refund is `payout_pending` until the provider settles it.
 */
export async function recordPayoutIntent(
  trx: Knex.Transaction,
  refund: RefundsRow,
  order: Pick<OrdersRow, 'payment_method'>,
  provider: string,
  actor: Actor,
  now: Date,
): Promise<RefundsRow> {
  const history: Pick<RefundPayoutsRow, 'status'>[] = await trx('refund_payouts')
    .where({ refund_id: refund.id })
    .orderBy('id')
    .select('status');
  const settled = history.filter((p): p is PayoutEvent => p.status === 'succeeded' || p.status === 'failed');
  if (history.some((p) => p.status === 'requested' || p.status === 'pending'))
    throw conflict('payout_in_flight', 'A payout of this refund is already with the payment provider');
  const attempts = payoutAttempts(settled);
  const maxAttempts = await getSetting(trx, 'payout_max_attempts');
  if (!mayAttemptPayout(attempts, maxAttempts)) {
    throw ruleRefused(
      'payout_attempts_exhausted',
      `This refund has had ${attempts} payout attempts (payout_max_attempts is ${maxAttempts}): check with the payment provider before an admin allows another`,
    );
  }
  const attempt = attempts + 1;
  const at = now.toISOString();
  await trx('refund_payouts').insert({
    refund_id: refund.id,
    amount_cents: refund.amount_cents,
    method: order.payment_method,
    provider,
    provider_reference: null,
    status: 'requested',
    idempotency_key: payoutIdempotencyKey(refund.id, attempt),
    attempt,
    created_by_staff_id: staffId(actor),
    created_at: at,
    updated_at: at,
  });
  await trx('refunds')
    .where({ id: refund.id })
    .update({ status: 'payout_pending', failure_reason: null, updated_at: at, version: trx.raw('version + 1') });
  return trx('refunds').where({ id: refund.id }).first();
}

export interface ProviderReport {
  status: ReportedPayout;
  reference: string | null;
  failureReason?: string | null;
  via: 'answer' | 'webhook' | 'reconciliation';
}

/**
 * Applies the provider's word on one attempt, under the order → refund → payout locks, with its audit entry
 * (the provider as actor). Returns what changed, or null when nothing did (a replay, a stale report).
 */
export async function applyPayoutReport(
  trx: Knex.Transaction,
  payoutId: number,
  report: ProviderReport,
  now: Date,
): Promise<{ from: PayoutState; to: PayoutState } | null> {
  const peek: Pick<RefundPayoutsRow, 'refund_id'> | undefined = await trx('refund_payouts').where({ id: payoutId }).first('refund_id');
  if (!peek) return null;
  const refundPeek: Pick<RefundsRow, 'order_id'> = await trx('refunds').where({ id: peek.refund_id }).first('order_id');
  await forUpdate(trx, trx('orders').where({ id: refundPeek.order_id })).first('id');
  const refund: RefundsRow = await forUpdate(trx, trx('refunds').where({ id: peek.refund_id })).first();
  const payout: RefundPayoutsRow = await forUpdate(trx, trx('refund_payouts').where({ id: payoutId })).first();
  const move = payoutTransition(payout.status as PayoutState, report.status);
  const at = now.toISOString();
  // A reference learnt late (the webhook came before the answer was recorded) is kept even when the state does not move.
  const reference = payout.provider_reference ?? report.reference;
  if (!move) {
    if (reference !== payout.provider_reference)
      await trx('refund_payouts').where({ id: payoutId }).update({ provider_reference: reference, updated_at: at });
    return null;
  }
  await trx('refund_payouts')
    .where({ id: payoutId })
    .update({
      status: move.to,
      provider_reference: reference,
      answered_at: at,
      updated_at: at,
      claimed_at: null,
      failure_reason: move.to === 'failed' ? (report.failureReason ?? 'failed at the provider') : null,
    });
  const actor = providerActor(payout.provider);
  if (move.paid) {
    await trx('refunds')
      .where({ id: refund.id })
      .update({
        status: 'paid_out',
        payout_reference: reference,
        paid_out_at: at,
        failure_reason: null,
        updated_at: at,
        version: refund.version + 1,
      });
    await issueCreditNote(trx, refund.id, now);
    const account: AccountsRow = await trx('accounts').where({ id: refund.account_id }).first();
    if (account.status === 'active') {
      await queueMessage(
        trx,
        {
          ...texts.refundPaid(
            { accountId: account.id, email: account.email, locale: account.locale === 'en' ? 'en' : 'fr' },
            refund.id,
            refund.amount_cents!, // a refund paid out was approved, with its amount
          ),
          dedupeKey: `refund:${refund.id}:paid:${payout.id}`,
        },
        now,
      );
    }
  } else if (move.reopen) {
    await trx('refunds')
      .where({ id: refund.id })
      .update({
        status: 'failed',
        failure_reason: report.failureReason ?? 'failed at the provider',
        paid_out_at: null,
        updated_at: at,
        version: refund.version + 1,
      });
  }
  await appendAudit(trx, {
    actor,
    action: `refunds.payout-${move.to}`,
    entity: 'refunds',
    entityId: refund.id,
    at: now,
    before: { status: refund.status, payout: payout.status },
    after: { status: move.paid ? 'paid_out' : move.reopen ? 'failed' : refund.status, payout: move.to, reference, attempt: payout.attempt },
    reason: `${payout.provider} ${report.via}${report.failureReason ? `: ${report.failureReason}` : ''}`,
  });
  return { from: payout.status, to: move.to };
}

/** Claims the oldest intent not claimed (or claimed by a process that stopped more than `staleAfterMs` ago). */
async function claimNext(db: Knex, now: Date, staleAfterMs: number): Promise<ClaimedPayout | null> {
  return db.transaction(async (trx) => {
    const stale = new Date(now.getTime() - staleAfterMs).toISOString();
    const candidate: RefundPayoutsRow | undefined = await forUpdate(
      trx,
      trx('refund_payouts')
        .where({ status: 'requested' })
        .where((q) => q.whereNull('claimed_at').orWhere('claimed_at', '<', stale))
        .orderBy('id'),
    ).first();
    if (!candidate) return null;
    const taken = await trx('refund_payouts')
      .where({ id: candidate.id, status: 'requested' })
      .where((q) => q.whereNull('claimed_at').orWhere('claimed_at', '<', stale))
      .update({ claimed_at: now.toISOString(), updated_at: now.toISOString() });
    if (!taken) return null;
    const refund: RefundsRow = await trx('refunds').where({ id: candidate.refund_id }).first();
    const order: Pick<OrdersRow, 'payment_method' | 'payment_reference'> = await trx('orders')
      .where({ id: refund.order_id })
      .first('payment_method', 'payment_reference');
    return { ...candidate, order };
  });
}

export interface SendSummary {
  sent: number;
  paid: number;
  pending: number;
  failed: number;
  unknown: number;
  error?: string;
}

/**
 * One run of the `payouts.send` job. Stops at the first unknown outcome (the provider unreachable or slow):
 * that intent stays claimed and is sent again, with the same key, after `staleAfterMs`.
 */
export async function sendDuePayouts(
  db: Knex,
  provider: PaymentProvider,
  options: {
    now?: Date;
    staleAfterMs?: number;
    max?: number;
    beforeCall?: (p: ClaimedPayout) => Promise<void>;
    afterCall?: (p: ClaimedPayout) => Promise<void>;
  } = {},
): Promise<SendSummary> {
  const now = options.now ?? new Date();
  const summary: SendSummary = { sent: 0, paid: 0, pending: 0, failed: 0, unknown: 0 };
  for (let i = 0; i < (options.max ?? 50); i++) {
    const payout = await claimNext(db, now, options.staleAfterMs ?? 120_000);
    if (!payout) break;
    await options.beforeCall?.(payout);
    summary.sent++;
    const result = await provider.refund({
      payment: { method: payout.order.payment_method, reference: payout.order.payment_reference },
      amountCents: payout.amount_cents,
      idempotencyKey: payout.idempotency_key!, // every intent is recorded with its key (recordPayoutIntent)
      metadata: { kolet_payout_id: String(payout.id), kolet_refund_id: String(payout.refund_id) },
    });
    await options.afterCall?.(payout);
    if (result.status === 'unknown') {
      summary.unknown++;
      summary.error = result.message;
      break;
    }
    const report: ProviderReport =
      result.status === 'failed'
        ? { status: 'failed', reference: result.reference, failureReason: result.failureReason, via: 'answer' }
        : { status: result.status, reference: result.reference, via: 'answer' };
    await db.transaction((trx) => applyPayoutReport(trx, payout.id, report, new Date(Math.max(Date.now(), now.getTime()))));
    summary[result.status === 'succeeded' ? 'paid' : result.status === 'pending' ? 'pending' : 'failed']++;
  }
  return summary;
}

export interface ReconcileSummary {
  checked: number;
  differences: number;
  since: string;
}

/**
 * Compares our attempts with the provider's refunds created since the last run (1 day back the first
 * time): a refund we do not know, an attempt the provider does not have, a state or an amount that differ
 * each become a row of payout_discrepancies, shown to finance on the dashboard until resolved.
 */
export async function reconcilePayouts(db: Knex, provider: PaymentProvider, now: Date): Promise<ReconcileSummary> {
  if (!provider.listRefunds) return { checked: 0, differences: 0, since: now.toISOString() };
  const last: Pick<JobRunsRow, 'started_at'> | undefined = await db('job_runs')
    .where({ job: 'payouts.reconcile', status: 'succeeded' })
    .orderBy('started_at', 'desc')
    .first('started_at');
  const since = last ? new Date(new Date(toIso(last.started_at)!).getTime() - 3600_000) : new Date(now.getTime() - 86_400_000);
  const theirs = await provider.listRefunds(since);
  const ours: RefundPayoutsRow[] = await db('refund_payouts')
    .where({ provider: provider.name })
    .where('created_at', '>=', since.toISOString())
    .whereNotIn('status', ['cancelled']);
  const byRef = new Map(ours.flatMap((p) => (p.provider_reference ? [[p.provider_reference, p] as const] : [])));
  const byId = new Map(ours.map((p) => [Number(p.id), p]));
  const found: { reference: string; payoutId: number | null; kind: string; detail: Record<string, unknown> }[] = [];
  const seen = new Set<number>();
  for (const r of theirs) {
    const p: RefundPayoutsRow | undefined =
      byRef.get(r.reference) ??
      (r.payoutId ? (byId.get(r.payoutId) ?? (await db('refund_payouts').where({ id: r.payoutId }).first())) : undefined);
    if (!p) {
      found.push({
        reference: r.reference,
        payoutId: null,
        kind: 'unknown_here',
        detail: { amountCents: r.amountCents, status: r.status },
      });
      continue;
    }
    seen.add(Number(p.id));
    const theirState = r.status === 'succeeded' ? 'succeeded' : r.status === 'failed' || r.status === 'canceled' ? 'failed' : 'pending';
    const ourState = p.status === 'requested' ? 'pending' : p.status;
    if (theirState !== ourState)
      found.push({ reference: r.reference, payoutId: p.id, kind: 'status_differs', detail: { ours: p.status, theirs: r.status } });
    if (r.amountCents !== p.amount_cents)
      found.push({
        reference: r.reference,
        payoutId: p.id,
        kind: 'amount_differs',
        detail: { ours: p.amount_cents, theirs: r.amountCents },
      });
  }
  for (const p of ours) {
    if (!seen.has(Number(p.id)) && ['succeeded', 'pending'].includes(p.status) && p.provider_reference) {
      found.push({
        reference: p.provider_reference,
        payoutId: p.id,
        kind: 'unknown_at_provider',
        detail: { ours: p.status, amountCents: p.amount_cents },
      });
    }
  }
  if (found.length) {
    const ids = [...new Set(found.filter((d) => d.payoutId).map((d) => Number(d.payoutId)))];
    const refundOf = new Map<number, number>(
      ids.length
        ? (await db('refund_payouts').whereIn('id', ids).select('id', 'refund_id')).map((p: Pick<RefundPayoutsRow, 'id' | 'refund_id'>) => [
            Number(p.id),
            Number(p.refund_id),
          ])
        : [],
    );
    await db('payout_discrepancies')
      .insert(
        found.map((d) => ({
          provider: provider.name,
          provider_reference: d.reference,
          refund_payout_id: d.payoutId,
          refund_id: d.payoutId ? (refundOf.get(Number(d.payoutId)) ?? null) : null,
          kind: d.kind,
          detail: JSON.stringify(d.detail),
          found_at: now.toISOString(),
        })),
      )
      .onConflict(['provider_reference', 'kind'])
      .ignore();
  }
  return { checked: theirs.length, differences: found.length, since: since.toISOString() };
}

/**
 * Finance marks a difference as explained (a refund made in the provider's dashboard, a webhook lost and the case
 * settled since…): the reason, who and when; it leaves the dashboard's card. Once explained it stays so.
 */
export async function explainDiscrepancy(
  trx: Knex.Transaction,
  actor: Actor,
  now: Date,
  id: number,
  explanation: string,
): Promise<PayoutDiscrepanciesRow> {
  const row: PayoutDiscrepanciesRow | undefined = await forUpdate(trx, trx('payout_discrepancies').where({ id })).first();
  if (!row) throw notFound(`Payout difference ${id} not found`);
  if (row.resolved_at) throw conflict('already_explained', `This difference was already explained: ${row.explanation ?? ''}`);
  await trx('payout_discrepancies')
    .where({ id, version: row.version })
    .update({ resolved_at: now.toISOString(), explanation, explained_by_staff_id: staffId(actor), version: row.version + 1 });
  return trx('payout_discrepancies').where({ id }).first();
}
