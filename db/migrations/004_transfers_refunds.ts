import type { Knex } from 'knex';
import { mutableRecord, nonNegative, uniqueWhere } from './helpers.ts';

// The values as they were when this migration was written: a migration never imports live code
// (docs/ARCHITECTURE.md "Changing the schema"); a later change of a vocabulary is a new migration.
const PAYMENT_METHODS = ['card', 'apple_pay', 'google_pay', 'flying_blue'] as const;
const PAYOUT_STATUSES = ['succeeded', 'failed'] as const;
const REFUND_ELIGIBILITIES = ['full', 'partial', 'not_eligible'] as const;
const REFUND_REJECT_CODES = ['late_request', 'data_used', 'lost_or_stolen_device', 'promo_order', 'duplicate', 'other'] as const;
const REFUND_SOURCES = ['email', 'agent'] as const;
const REFUND_STATUSES = ['requested', 'awaiting_second_approval', 'approved', 'rejected', 'paid_out', 'failed'] as const;
const TRANSFER_STATUSES = ['pending', 'delivered', 'redirected', 'reversed'] as const;

// Data transfers (seed 000) and refunds with their approvals and payouts (GCS §5.5, §6).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('transfers', (t) => {
    t.increments('id');
    t.integer('sender_account_id').notNullable().references('accounts.id');
    t.integer('source_account_plan_id').notNullable().references('account_plans.id');
    t.string('recipient_email', 254).notNullable(); // as typed by the sender, normalised
    t.integer('recipient_account_id').references('accounts.id'); // null while pending
    t.integer('recipient_account_plan_id').references('account_plans.id');
    t.integer('amount_gb'); // whole GB as sent; null on a correcting transfer
    t.integer('amount_mb').notNullable(); // amount_gb × 1024, or what a fix recovered
    // A redirect's correcting transfer points at the mistaken one (docs/MONEY.md §3: a linked pair, never an edit).
    t.integer('corrects_transfer_id').references('transfers.id');
    t.enu('status', TRANSFER_STATUSES).notNullable().defaultTo('pending');
    t.timestamp('delivered_at', { useTz: true });
    // Support's fix (redirect / reverse): who, why, and what it could recover.
    t.timestamp('fixed_at', { useTz: true });
    t.integer('fixed_by_staff_id').references('staff.id');
    t.text('fix_reason');
    t.string('redirected_to_email', 254);
    t.integer('redirected_to_account_id').references('accounts.id');
    t.integer('recovered_mb');
    t.integer('unrecoverable_mb');
    mutableRecord(t);
    t.check(
      '(corrects_transfer_id IS NULL AND amount_gb >= 1 AND amount_mb = amount_gb * 1024) OR (corrects_transfer_id IS NOT NULL AND amount_mb > 0)',
      [],
      'transfers_amount_whole_gb',
    );
    nonNegative(t, 'recovered_mb', 'unrecoverable_mb');
    t.index(['status', 'created_at']);
    t.index(['created_at', 'id']);
    t.index(['sender_account_id', 'created_at']);
    t.index(['recipient_account_id', 'created_at']);
    t.index(['recipient_email', 'status']);
    t.index(['corrects_transfer_id']);
  });

  await knex.schema.createTable('refunds', (t) => {
    t.increments('id');
    t.integer('order_id').notNullable().references('orders.id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.enu('status', REFUND_STATUSES).notNullable().defaultTo('requested');
    t.enu('source', REFUND_SOURCES).notNullable();
    t.text('customer_reason').notNullable();
    t.integer('logged_by_staff_id').references('staff.id');
    t.timestamp('requested_at', { useTz: true }).notNullable();
    // The verdict and the legal clocks, stored when the case is created or decided (GCS §6).
    t.enu('eligibility', REFUND_ELIGIBILITIES).notNullable();
    t.text('eligibility_reasons').notNullable(); // JSON array of reason codes
    t.integer('proposed_amount_cents').notNullable();
    t.timestamp('decision_due_at', { useTz: true }).notNullable();
    t.integer('amount_cents'); // granted
    t.enu('reject_reason_code', REFUND_REJECT_CODES);
    t.text('decision_note');
    t.timestamp('decided_at', { useTz: true });
    t.integer('decided_by_staff_id').references('staff.id');
    t.timestamp('payout_due_at', { useTz: true });
    t.enu('payout_method', PAYMENT_METHODS);
    t.string('payout_reference', 120);
    t.timestamp('paid_out_at', { useTz: true });
    t.text('failure_reason');
    mutableRecord(t);
    nonNegative(t, 'proposed_amount_cents', 'amount_cents');
    t.index(['status', 'decision_due_at']);
    t.index(['status', 'payout_due_at']);
    t.index(['account_id']);
    t.index(['created_at', 'id']);
  });
  // One open request per order (GCS §6; Fineract's "duplicate submission blocked").
  await uniqueWhere(
    knex,
    'refunds_one_open_per_order',
    'refunds',
    ['order_id'],
    "status IN ('requested', 'awaiting_second_approval', 'approved', 'failed')",
  );

  // Four eyes: each finance approver of a refund, at most once.
  await knex.schema.createTable('refund_approvals', (t) => {
    t.increments('id');
    t.integer('refund_id').notNullable().references('refunds.id');
    t.integer('staff_id').notNullable().references('staff.id');
    t.integer('amount_cents').notNullable();
    t.text('note');
    t.boolean('outside_policy').notNullable().defaultTo(false);
    t.timestamp('created_at', { useTz: true }).notNullable();
    nonNegative(t, 'amount_cents');
    t.unique(['refund_id', 'staff_id']);
  });

  // Each attempt to pay a refund out; a provider reference is recorded once.
  await knex.schema.createTable('refund_payouts', (t) => {
    t.increments('id');
    t.integer('refund_id').notNullable().references('refunds.id');
    t.integer('amount_cents').notNullable();
    t.enu('method', PAYMENT_METHODS).notNullable();
    t.string('provider', 40).notNullable();
    t.string('provider_reference', 120).unique();
    t.enu('status', PAYOUT_STATUSES).notNullable();
    t.text('failure_reason');
    t.integer('created_by_staff_id').references('staff.id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    nonNegative(t, 'amount_cents');
    t.index(['refund_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['refund_payouts', 'refund_approvals', 'refunds', 'transfers']) await knex.schema.dropTableIfExists(table);
}
