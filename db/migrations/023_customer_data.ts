import type { Knex } from 'knex';
import { mutableRecord, uniqueWhere } from './helpers.ts';

// The values as they were when this migration was written (docs/ARCHITECTURE.md "Changing the schema").
const DELETION_REQUEST_STATUSES = ['open', 'completed'] as const;
const DELETION_REQUEST_SOURCES = ['app', 'agent'] as const;
const ACCESS_REQUEST_STATUSES = ['open', 'fulfilled'] as const;
const GOODWILL_REASONS = ['transfer_fix', 'service_interruption', 'network_issue', 'late_answer', 'other'] as const;
const GOODWILL_STATUSES = ['awaiting_second_approval', 'credited', 'rejected'] as const;

// Customer-data operations (docs/ACCOUNTS.md "Customer data"): corrected e-mails kept in the
// account's history, deletion requests (GCU §5.3), access requests (GDPR Art. 15, 20) and goodwill credits.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('account_email_changes', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.string('old_email', 254).notNullable();
    t.string('new_email', 254).notNullable();
    t.text('reason').notNullable();
    t.integer('staff_id').references('staff.id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['account_id', 'id']);
  });

  await knex.schema.createTable('deletion_requests', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.enu('status', DELETION_REQUEST_STATUSES).notNullable().defaultTo('open');
    t.enu('source', DELETION_REQUEST_SOURCES).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.timestamp('completed_at', { useTz: true });
    t.integer('completed_by_staff_id').references('staff.id');
    t.text('note'); // what the agent did with open refunds and pending transfers
    mutableRecord(t);
    t.index(['status', 'due_at']);
    t.index(['account_id']);
  });
  await uniqueWhere(knex, 'deletion_requests_one_open', 'deletion_requests', ['account_id'], "status = 'open'");

  await knex.schema.createTable('access_requests', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.enu('status', ACCESS_REQUEST_STATUSES).notNullable().defaultTo('open');
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('due_at', { useTz: true }).notNullable(); // one month (GDPR Art. 12(3))
    t.timestamp('fulfilled_at', { useTz: true });
    t.integer('fulfilled_by_staff_id').references('staff.id');
    t.integer('export_count').notNullable().defaultTo(0);
    t.text('note');
    mutableRecord(t);
    t.check('?? >= 0', ['export_count'], 'access_requests_export_count_non_negative');
    t.index(['status', 'due_at']);
    t.index(['account_id']);
  });

  await knex.schema.createTable('goodwill_credits', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.integer('account_plan_id').notNullable().references('account_plans.id');
    t.integer('mb').notNullable();
    t.enu('reason_code', GOODWILL_REASONS).notNullable();
    t.text('note');
    t.integer('transfer_id').references('transfers.id'); // the fixed transfer it compensates
    t.enu('status', GOODWILL_STATUSES).notNullable();
    t.integer('requested_by_staff_id').notNullable().references('staff.id');
    t.integer('decided_by_staff_id').references('staff.id'); // the second approver
    t.timestamp('decided_at', { useTz: true });
    t.integer('ledger_entry_id').references('data_ledger.id');
    mutableRecord(t);
    t.check('?? > 0', ['mb'], 'goodwill_credits_mb_positive');
    t.index(['account_id', 'created_at']);
    t.index(['requested_by_staff_id', 'created_at']);
    t.index(['status', 'created_at']);
    t.index(['transfer_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['goodwill_credits', 'access_requests', 'deletion_requests', 'account_email_changes']) {
    await knex.schema.dropTableIfExists(table);
  }
}
