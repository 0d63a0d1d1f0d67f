import type { Knex } from 'knex';
import { mutableRecord, nonNegative } from './helpers.ts';

// The values as they were when this migration was written: a migration never imports live code
// (docs/ARCHITECTURE.md "Changing the schema"); a later change of a vocabulary is a new migration.
const REDEMPTION_STATUSES = ['active', 'void'] as const;
const REFERRAL_STATUSES = ['pending', 'qualifying', 'rewarded', 'void'] as const;

// Referrals and promo redemptions (GCU §7, GCS §5.3.3.1), with their abuse flags.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('referrals', (t) => {
    t.increments('id');
    t.integer('sponsor_account_id').notNullable().references('accounts.id');
    t.integer('referred_account_id').notNullable().unique().references('accounts.id'); // referred once
    t.enu('status', REFERRAL_STATUSES).notNullable().defaultTo('pending');
    t.integer('qualifying_account_plan_id').references('account_plans.id'); // the friend's first paid plan
    t.integer('reward_mb').notNullable().defaultTo(1024);
    t.integer('reward_account_plan_id').references('account_plans.id');
    t.timestamp('rewarded_at', { useTz: true });
    t.timestamp('voided_at', { useTz: true });
    t.integer('voided_by_staff_id').references('staff.id');
    t.text('void_reason');
    t.text('abuse_flags').notNullable().defaultTo('[]'); // JSON array
    mutableRecord(t);
    nonNegative(t, 'reward_mb');
    t.check('?? <> ??', ['sponsor_account_id', 'referred_account_id'], 'referrals_not_self');
    t.index(['sponsor_account_id']);
    t.index(['status', 'created_at']);
  });

  await knex.schema.createTable('promo_redemptions', (t) => {
    t.increments('id');
    t.integer('promo_code_id').notNullable().references('promo_codes.id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.integer('order_id').references('orders.id');
    t.integer('account_plan_id').references('account_plans.id');
    t.string('email_normalized', 254).notNullable();
    t.string('device_id', 120);
    t.string('payment_fingerprint', 120);
    t.enu('status', REDEMPTION_STATUSES).notNullable().defaultTo('active');
    t.timestamp('redeemed_at', { useTz: true }).notNullable();
    t.timestamp('activate_by', { useTz: true });
    t.timestamp('voided_at', { useTz: true });
    t.integer('voided_by_staff_id').references('staff.id');
    t.text('void_reason');
    t.text('abuse_flags').notNullable().defaultTo('[]');
    mutableRecord(t);
    t.unique(['promo_code_id', 'account_id']); // once per person
    t.index(['promo_code_id', 'email_normalized']);
    t.index(['promo_code_id', 'device_id']);
    t.index(['account_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['promo_redemptions', 'referrals']) await knex.schema.dropTableIfExists(table);
}
