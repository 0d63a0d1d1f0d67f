import type { Knex } from 'knex';
import { dropAppendOnly, makeAppendOnly, nonNegative } from './helpers.ts';

// The values as they were when this migration was written: a migration never imports live code
// (docs/ARCHITECTURE.md "Changing the schema"); a later change of a vocabulary is a new migration.
const ACTOR_KINDS = ['staff', 'customer', 'integration', 'system', 'public'] as const;
const LEDGER_KINDS = [
  'purchase',
  'usage',
  'transfer_out',
  'transfer_in',
  'reversal',
  'expiry',
  'refund_write_off',
  'adjustment',
  'referral_reward',
] as const;

// The data ledger: the only way data moves (docs/RULES.md "Orders and account plans"; docs/MONEY.md §3).
// Created last so that every entry can point at what caused it.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('data_ledger', (t) => {
    t.increments('id');
    t.integer('account_plan_id').notNullable().references('account_plans.id');
    t.enu('kind', LEDGER_KINDS).notNullable();
    t.integer('delta_mb').notNullable(); // signed: credits > 0, debits < 0
    t.integer('balance_after_mb').notNullable();
    t.integer('reverses_id').unique().references('data_ledger.id'); // at most one reversal per entry
    t.integer('order_id').references('orders.id');
    t.integer('transfer_id').references('transfers.id');
    t.integer('refund_id').references('refunds.id');
    t.integer('usage_record_id').references('usage_records.id');
    t.integer('referral_id').references('referrals.id');
    t.enu('actor_kind', ACTOR_KINDS).notNullable();
    t.integer('actor_id');
    t.text('note');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.check('?? <> 0', ['delta_mb'], 'data_ledger_delta_nonzero');
    nonNegative(t, 'balance_after_mb');
    t.index(['account_plan_id', 'id']);
    t.index(['transfer_id']);
  });
  await makeAppendOnly(knex, 'data_ledger');
}

export async function down(knex: Knex): Promise<void> {
  await dropAppendOnly(knex, 'data_ledger');
  await knex.schema.dropTableIfExists('data_ledger');
}
