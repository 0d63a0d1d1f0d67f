import type { Knex } from 'knex';
import { mutableRecord, nonNegative } from './helpers.ts';

// The values as they were when this migration was written: a migration never imports live code
// (docs/ARCHITECTURE.md "Changing the schema"); a later change of a vocabulary is a new migration.
const ACCOUNT_PLAN_STATUSES = ['pending', 'active', 'expired', 'exhausted', 'refunded', 'cancelled'] as const;
const ACCOUNT_STATUSES = ['active', 'deactivated'] as const;
const ALERT_CHANNELS = ['email', 'sms'] as const;
const CHANNELS = ['app', 'site'] as const;
const ESIM_STATUSES = ['available', 'installed', 'removed'] as const;
const MESSAGE_CHANNELS = ['email', 'sms'] as const;
const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'dead'] as const;
const ORDER_STATUSES = ['paid', 'refunded', 'partially_refunded', 'cancelled'] as const;
const PAYMENT_METHODS = ['card', 'apple_pay', 'google_pay', 'flying_blue'] as const;
const PLAN_ORIGINS = ['paid', 'promo', 'welcome', 'referral_reward', 'transfer'] as const;

// Accounts and what they own: eSIMs, orders, account plans, usage, alert rules, blocks, and the messages outbox (docs/RULES.md "Accounts" …).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('accounts', (t) => {
    t.increments('id');
    t.string('email', 254).notNullable().unique(); // trimmed + lower-cased; anonymised on deactivation
    t.enu('status', ACCOUNT_STATUSES).notNullable().defaultTo('active');
    t.string('name', 120);
    t.string('phone', 40);
    t.string('locale', 5).notNullable().defaultTo('fr');
    t.string('referral_code', 20).notNullable().unique();
    t.integer('referred_by_account_id').references('accounts.id');
    t.string('signup_device_id', 120);
    t.timestamp('deactivated_at', { useTz: true });
    t.text('deactivation_reason');
    t.boolean('data_blocked').notNullable().defaultTo(false); // cache of an open account-wide block
    mutableRecord(t);
    t.index(['created_at', 'id']);
    t.index(['status', 'created_at']);
    t.index(['signup_device_id']);
  });

  await knex.schema.createTable('esims', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.string('iccid', 22).notNullable().unique();
    t.string('device', 120);
    t.string('device_id', 120);
    t.enu('status', ESIM_STATUSES).notNullable().defaultTo('available');
    t.timestamp('installed_at', { useTz: true });
    mutableRecord(t);
    t.index(['account_id']);
    t.index(['device_id']);
  });

  await knex.schema.createTable('orders', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.integer('plan_id').notNullable().references('plans.id');
    t.integer('amount_cents').notNullable(); // incl. VAT, what was paid
    t.integer('vat_cents').notNullable();
    t.integer('list_price_cents').notNullable(); // the plan's price when ordered
    t.string('currency', 3).notNullable().defaultTo('EUR');
    t.enu('payment_method', PAYMENT_METHODS).notNullable();
    t.string('payment_reference', 120).notNullable().unique();
    t.string('payment_fingerprint', 120); // the PSP's card fingerprint, for abuse checks
    t.enu('channel', CHANNELS).notNullable();
    t.integer('promo_code_id').references('promo_codes.id');
    t.enu('status', ORDER_STATUSES).notNullable().defaultTo('paid');
    t.integer('refunded_cents').notNullable().defaultTo(0);
    t.timestamp('ordered_at', { useTz: true }).notNullable();
    t.timestamp('retain_until', { useTz: true }); // orders over 120 € incl. VAT: 10 years (GCS)
    mutableRecord(t);
    nonNegative(t, 'amount_cents', 'vat_cents', 'list_price_cents', 'refunded_cents');
    t.check('?? <= ??', ['refunded_cents', 'amount_cents'], 'orders_refund_within_paid');
    t.index(['account_id', 'ordered_at']);
    t.index(['ordered_at', 'id']);
    t.index(['status', 'ordered_at']);
    t.index(['payment_fingerprint']);
  });

  await knex.schema.createTable('account_plans', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.integer('order_id').references('orders.id'); // null for transfer/referral data
    t.integer('plan_id').references('plans.id');
    t.string('country_code', 2).references('countries.code');
    t.string('region_name', 60);
    t.string('name', 120).notNullable();
    t.enu('origin', PLAN_ORIGINS).notNullable();
    t.integer('data_total_mb').notNullable(); // everything ever credited
    t.integer('data_used_mb').notNullable().defaultTo(0);
    t.integer('data_remaining_mb').notNullable(); // cached balance: always the sum of its ledger entries
    t.boolean('unlimited').notNullable().defaultTo(false);
    t.enu('status', ACCOUNT_PLAN_STATUSES).notNullable().defaultTo('pending');
    t.integer('esim_id').references('esims.id');
    t.integer('validity_days').notNullable();
    t.timestamp('ordered_at', { useTz: true }).notNullable();
    t.timestamp('activate_by', { useTz: true }); // ordered + 1 year, else lost (GCS)
    t.timestamp('installed_at', { useTz: true });
    t.timestamp('activated_at', { useTz: true });
    t.timestamp('expires_at', { useTz: true });
    t.boolean('data_blocked').notNullable().defaultTo(false); // cache of an open block on this plan
    mutableRecord(t);
    nonNegative(t, 'data_total_mb', 'data_used_mb', 'data_remaining_mb');
    t.index(['account_id', 'status']);
    t.index(['order_id']);
    t.index(['status', 'expires_at']);
    t.index(['created_at', 'id']);
  });

  await knex.schema.createTable('usage_records', (t) => {
    t.increments('id');
    t.integer('account_plan_id').notNullable().references('account_plans.id');
    t.integer('mb').notNullable();
    t.string('country_code', 2);
    t.timestamp('occurred_at', { useTz: true }).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    nonNegative(t, 'mb');
    t.index(['account_plan_id', 'occurred_at']);
  });

  // Consumption alert rules (seed 002): one row per threshold, fired at most once.
  await knex.schema.createTable('usage_alerts', (t) => {
    t.increments('id');
    t.integer('account_plan_id').notNullable().references('account_plans.id');
    t.integer('threshold_percent').notNullable();
    t.enu('channel', ALERT_CHANNELS).notNullable().defaultTo('email');
    t.string('destination', 254); // a second address or number; null = the account's own
    t.boolean('enabled').notNullable().defaultTo(true);
    t.timestamp('fired_at', { useTz: true });
    t.integer('fired_usage_record_id');
    mutableRecord(t);
    t.check('?? BETWEEN 1 AND 100', ['threshold_percent'], 'usage_alerts_threshold_range');
    t.unique(['account_plan_id', 'threshold_percent', 'channel']);
  });

  await knex.schema.createTable('blocks', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.integer('account_plan_id').references('account_plans.id'); // null = the whole account
    t.text('reason').notNullable();
    t.integer('created_by_staff_id').notNullable().references('staff.id');
    t.timestamp('lifted_at', { useTz: true });
    t.integer('lifted_by_staff_id').references('staff.id');
    t.text('lift_reason');
    mutableRecord(t);
    t.index(['account_id', 'lifted_at']);
    t.index(['account_plan_id', 'lifted_at']);
  });

  await knex.schema.createTable('messages', (t) => {
    t.increments('id');
    t.integer('account_id').references('accounts.id');
    t.enu('channel', MESSAGE_CHANNELS).notNullable();
    t.string('to_address', 254).notNullable();
    t.string('template', 80).notNullable();
    t.string('subject', 300).notNullable();
    t.text('body').notNullable();
    t.string('locale', 5).notNullable().defaultTo('fr');
    t.enu('status', MESSAGE_STATUSES).notNullable().defaultTo('queued');
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true }).notNullable();
    t.text('last_error');
    t.string('provider_message_id', 300);
    t.timestamp('sent_at', { useTz: true });
    t.string('related_entity', 60);
    t.string('related_id', 60);
    t.string('dedupe_key', 200).unique(); // the same message is never queued twice
    mutableRecord(t);
    nonNegative(t, 'attempts');
    t.index(['status', 'next_attempt_at']);
    t.index(['account_id', 'id']);
    t.index(['related_entity', 'related_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['messages', 'blocks', 'usage_alerts', 'usage_records', 'account_plans', 'orders', 'esims', 'accounts']) {
    await knex.schema.dropTableIfExists(table);
  }
}
