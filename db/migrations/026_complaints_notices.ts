import type { Knex } from 'knex';
import { mutableRecord, uniqueWhere } from './helpers.ts';

// The values as they were when this migration was written (docs/ARCHITECTURE.md "Changing the schema").
const COMPLAINT_STATUSES = ['acknowledged', 'in_progress', 'answered', 'referred_to_mediator', 'closed'] as const;
const COMPLAINT_CHANNELS = ['email', 'chat', 'letter', 'phone', 'app'] as const;
const COMPLAINT_OUTCOMES = ['upheld', 'partially_upheld', 'rejected'] as const;
const NOTICE_KINDS = ['interruption', 'terms_change', 'other'] as const;
const NOTICE_AUDIENCES = ['all_active', 'active_plan_country', 'open_refund'] as const;
const NOTICE_STATUSES = ['draft', 'sending', 'sent'] as const;
const RECIPIENT_STATUSES = ['pending', 'queued', 'skipped'] as const;

// Customer complaints (GCU §14, GCS §14, §18) and notices to customers (GCU §10.1, GCS §10.2), docs/ACCOUNTS.md.
// Messages gain a priority: a notice's thousands of messages (1, bulk) wait behind every due message of 0.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('customer_complaints', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.enu('channel', COMPLAINT_CHANNELS).notNullable();
    t.string('subject', 200).notNullable();
    t.text('body').notNullable(); // the customer's words, as received
    t.integer('order_id').references('orders.id');
    t.integer('refund_id').references('refunds.id');
    t.integer('transfer_id').references('transfers.id');
    t.enu('status', COMPLAINT_STATUSES).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.timestamp('acknowledged_at', { useTz: true }).notNullable();
    t.integer('logged_by_staff_id').references('staff.id'); // null: from the app
    t.integer('assigned_staff_id').references('staff.id');
    t.enu('outcome', COMPLAINT_OUTCOMES);
    t.text('answer');
    t.timestamp('answered_at', { useTz: true });
    t.integer('answered_by_staff_id').references('staff.id');
    t.timestamp('not_satisfied_at', { useTz: true });
    t.text('mediator_details'); // what the customer was sent, as sent
    t.timestamp('mediator_sent_at', { useTz: true });
    t.timestamp('closed_at', { useTz: true });
    mutableRecord(t);
    t.index(['status', 'due_at']);
    t.index(['account_id', 'id']);
  });

  await knex.schema.createTable('customer_notices', (t) => {
    t.increments('id');
    t.enu('kind', NOTICE_KINDS).notNullable();
    t.string('subject_fr', 200).notNullable();
    t.text('body_fr').notNullable();
    t.string('subject_en', 200).notNullable();
    t.text('body_en').notNullable();
    t.enu('audience', NOTICE_AUDIENCES).notNullable();
    t.string('country_code', 2).references('countries.code');
    t.date('effective_on'); // a terms change: when it applies
    t.enu('status', NOTICE_STATUSES).notNullable().defaultTo('draft');
    t.integer('recipient_count').notNullable().defaultTo(0);
    t.integer('queued_count').notNullable().defaultTo(0);
    t.integer('created_by_staff_id').notNullable().references('staff.id');
    t.integer('sent_by_staff_id').references('staff.id');
    t.timestamp('sent_at', { useTz: true });
    t.timestamp('completed_at', { useTz: true });
    mutableRecord(t);
    t.index(['status', 'id']);
  });

  await knex.schema.createTable('customer_notice_recipients', (t) => {
    t.increments('id');
    t.integer('notice_id').notNullable().references('customer_notices.id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.enu('status', RECIPIENT_STATUSES).notNullable().defaultTo('pending');
    t.integer('message_id').references('messages.id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.unique(['notice_id', 'account_id']);
    t.index(['status', 'id']);
  });
  await uniqueWhere(knex, 'customer_notice_recipients_message', 'customer_notice_recipients', ['message_id'], 'message_id IS NOT NULL');

  await knex.schema.alterTable('messages', (t) => {
    t.integer('priority').notNullable().defaultTo(0);
  });
  await knex.schema.alterTable('messages', (t) => {
    t.index(['status', 'priority', 'next_attempt_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (t) => {
    t.dropIndex(['status', 'priority', 'next_attempt_at']);
  });
  await knex.schema.alterTable('messages', (t) => {
    t.dropColumn('priority');
  });
  for (const table of ['customer_notice_recipients', 'customer_notices', 'customer_complaints']) await knex.schema.dropTableIfExists(table);
}
