import type { Knex } from 'knex';
import { changeChecks, mutableRecord, nonNegative, OUTSIDE_TRANSACTION, uniqueWhere } from './helpers.ts';

export const config = OUTSIDE_TRANSACTION; // SQLite rebuilds refunds, refund_payouts and orders with foreign keys off

// The values as they were when this migration was written: a migration never imports live code
// (docs/ARCHITECTURE.md "Changing the schema"); a later change of a vocabulary is a new migration.
const REFUND_STATUSES_BEFORE = ['requested', 'awaiting_second_approval', 'approved', 'rejected', 'paid_out', 'failed'] as const;
const REFUND_STATUSES = [...REFUND_STATUSES_BEFORE, 'payout_pending', 'closed'] as const;
const PAYOUT_STATUSES_BEFORE = ['succeeded', 'failed'] as const;
const PAYOUT_STATUSES = [...PAYOUT_STATUSES_BEFORE, 'requested', 'pending', 'cancelled'] as const;
const ORDER_STATUSES_BEFORE = ['paid', 'refunded', 'partially_refunded', 'cancelled'] as const;
const ORDER_STATUSES = [...ORDER_STATUSES_BEFORE, 'disputed'] as const;
const DISPUTE_STATUSES = ['open', 'won', 'lost'] as const;
const DISPUTE_SOURCES = ['provider', 'manual'] as const;
const PROVIDER_EVENT_STATUSES = ['queued', 'processed', 'ignored', 'failed'] as const;
const DOCUMENT_KINDS = ['invoice', 'credit_note'] as const;

// Payments through a real provider (docs/PAYMENTS.md): two-phase payouts, the provider's webhook events,
// chargebacks, invoices and credit notes with gapless numbers, and the contract as the customer accepted it.
export async function up(knex: Knex): Promise<void> {
  await changeChecks(knex, 'refunds', [{ setValues: { column: 'status', values: REFUND_STATUSES } }]);
  await knex.raw('DROP INDEX IF EXISTS refunds_one_open_per_order');
  await uniqueWhere(
    knex,
    'refunds_one_open_per_order',
    'refunds',
    ['order_id'],
    "status IN ('requested', 'awaiting_second_approval', 'approved', 'failed', 'payout_pending')",
  );

  await changeChecks(knex, 'refund_payouts', [{ setValues: { column: 'status', values: PAYOUT_STATUSES } }]);
  await knex.schema.alterTable('refund_payouts', (t) => {
    // The key the provider deduplicates on: one per attempt, so a resent call never pays twice.
    t.string('idempotency_key', 80);
    t.integer('attempt');
    t.timestamp('claimed_at', { useTz: true }); // the worker's lease while it calls the provider
    t.timestamp('answered_at', { useTz: true });
    t.timestamp('updated_at', { useTz: true });
    t.unique(['idempotency_key']);
  });
  // At most one attempt in flight per refund: a second intent cannot be written beside an unfinished one.
  await uniqueWhere(knex, 'refund_payouts_one_in_flight', 'refund_payouts', ['refund_id'], "status IN ('requested', 'pending')");

  await changeChecks(knex, 'orders', [{ setValues: { column: 'status', values: ORDER_STATUSES } }]);
  await knex.schema.alterTable('orders', (t) => {
    t.string('terms_version', 40); // the general conditions of sale in force when the customer paid
    t.timestamp('withdrawal_waived_at', { useTz: true }); // the express waiver of the 14-day withdrawal right
  });

  // Every webhook event of the payment provider, stored before any work: its id makes a replay a no-op.
  await knex.schema.createTable('provider_events', (t) => {
    t.string('id', 120).primary(); // the provider's event id (evt_…)
    t.string('provider', 40).notNullable();
    t.string('type', 80).notNullable();
    t.string('object_id', 120); // the refund, dispute or charge it is about
    t.timestamp('event_created_at', { useTz: true }).notNullable(); // the provider's time, for ordering
    t.text('payload').notNullable();
    t.enu('status', PROVIDER_EVENT_STATUSES).notNullable().defaultTo('queued');
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('error');
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('processed_at', { useTz: true });
    nonNegative(t, 'attempts');
    t.index(['status', 'received_at']);
    t.index(['object_id']);
  });

  await knex.schema.createTable('disputes', (t) => {
    t.increments('id');
    t.integer('order_id').notNullable().references('orders.id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.enu('source', DISPUTE_SOURCES).notNullable();
    t.string('provider_dispute_id', 120).unique(); // dp_…; null for one recorded by hand
    t.string('reason', 80).notNullable();
    t.integer('amount_cents').notNullable();
    t.enu('status', DISPUTE_STATUSES).notNullable().defaultTo('open');
    t.timestamp('opened_at', { useTz: true }).notNullable();
    t.timestamp('evidence_due_by', { useTz: true });
    t.timestamp('closed_at', { useTz: true });
    t.string('order_status_before', 40).notNullable();
    t.string('plan_status_before', 40);
    t.integer('account_plan_id').references('account_plans.id');
    t.integer('written_off_mb').notNullable().defaultTo(0);
    t.text('outcome_note');
    t.integer('created_by_staff_id').references('staff.id');
    t.integer('closed_by_staff_id').references('staff.id');
    mutableRecord(t);
    nonNegative(t, 'amount_cents', 'written_off_mb');
    t.index(['status', 'evidence_due_by']);
    t.index(['order_id']);
  });
  // One open dispute per order.
  await uniqueWhere(knex, 'disputes_one_open_per_order', 'disputes', ['order_id'], "status = 'open'");

  // The last number given, per kind and year: allocated under lock in the issuing transaction, so no number is skipped.
  await knex.schema.createTable('document_sequences', (t) => {
    t.enu('kind', DOCUMENT_KINDS).notNullable();
    t.integer('year').notNullable();
    t.integer('last_number').notNullable();
    t.primary(['kind', 'year']);
    t.check('?? >= 1', ['last_number'], 'document_sequences_last_number_positive');
  });
  await knex.schema.createTable('invoices', (t) => {
    t.increments('id');
    t.enu('kind', DOCUMENT_KINDS).notNullable();
    t.integer('year').notNullable();
    t.integer('sequence').notNullable();
    t.string('number', 40).notNullable().unique(); // F-2026-000001, AV-2026-000001
    t.integer('order_id').notNullable().references('orders.id');
    t.integer('refund_id').references('refunds.id'); // a credit note's refund
    t.timestamp('issued_at', { useTz: true }).notNullable();
    t.integer('total_cents').notNullable();
    t.integer('vat_cents').notNullable();
    t.integer('vat_rate_bp').notNullable();
    t.text('facts').notNullable(); // JSON: everything printed, as of issue (the PDF is re-rendered byte for byte from it)
    t.timestamp('retain_until', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable();
    nonNegative(t, 'total_cents', 'vat_cents', 'vat_rate_bp');
    t.unique(['kind', 'year', 'sequence']);
    t.check('?? >= 1', ['sequence'], 'invoices_sequence_positive');
    t.index(['order_id']);
  });
  await uniqueWhere(knex, 'invoices_one_per_order', 'invoices', ['order_id'], "kind = 'invoice'");
  await uniqueWhere(knex, 'invoices_one_credit_note_per_refund', 'invoices', ['refund_id'], "kind = 'credit_note'");

  // What the reconciliation job found different between our payouts and the provider's refunds.
  await knex.schema.createTable('payout_discrepancies', (t) => {
    t.increments('id');
    t.string('provider', 40).notNullable();
    t.string('provider_reference', 120).notNullable();
    t.integer('refund_payout_id').references('refund_payouts.id');
    t.string('kind', 40).notNullable(); // unknown_at_provider, unknown_here, status_differs, amount_differs
    t.text('detail').notNullable();
    t.timestamp('found_at', { useTz: true }).notNullable();
    t.timestamp('resolved_at', { useTz: true });
    t.unique(['provider_reference', 'kind']);
    t.index(['resolved_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['payout_discrepancies', 'invoices', 'document_sequences', 'disputes', 'provider_events'])
    await knex.schema.dropTableIfExists(table);
  await knex.schema.alterTable('orders', (t) => {
    t.dropColumn('terms_version');
    t.dropColumn('withdrawal_waived_at');
  });
  await changeChecks(knex, 'orders', [{ setValues: { column: 'status', values: ORDER_STATUSES_BEFORE } }]);
  await knex.raw('DROP INDEX IF EXISTS refund_payouts_one_in_flight');
  await knex.schema.alterTable('refund_payouts', (t) => {
    t.dropUnique(['idempotency_key']);
    for (const c of ['idempotency_key', 'attempt', 'claimed_at', 'answered_at', 'updated_at']) t.dropColumn(c);
  });
  await changeChecks(knex, 'refund_payouts', [{ setValues: { column: 'status', values: PAYOUT_STATUSES_BEFORE } }]);
  await knex.raw('DROP INDEX IF EXISTS refunds_one_open_per_order');
  await changeChecks(knex, 'refunds', [{ setValues: { column: 'status', values: REFUND_STATUSES_BEFORE } }]);
  await uniqueWhere(
    knex,
    'refunds_one_open_per_order',
    'refunds',
    ['order_id'],
    "status IN ('requested', 'awaiting_second_approval', 'approved', 'failed')",
  );
}
