import type { Knex } from 'knex';
import { mutableRecord, nonNegative } from './helpers.ts';

// The values as they were when this migration was written: a migration never imports live code
// (docs/ARCHITECTURE.md "Changing the schema"); a later change of a vocabulary is a new migration.
const PLAN_STATUSES = ['draft', 'active', 'retired'] as const;
const PROMO_KINDS = ['welcome', 'partner'] as const;
const PROMO_STATUSES = ['active', 'disabled'] as const;

// Countries, the plans sold in each, their price history, and promo codes (docs/RULES.md "Countries and plans").
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('countries', (t) => {
    t.string('code', 2).primary(); // ISO 3166-1 alpha-2; the API's `id`
    t.string('name', 120).notNullable();
    t.string('region', 60).notNullable();
    t.boolean('available').notNullable().defaultTo(true);
    t.text('operators').notNullable().defaultTo('[]'); // JSON array of local operator names
    mutableRecord(t);
    t.check('length(??) = 2', ['code'], 'countries_code_length');
    t.index(['region']);
  });

  await knex.schema.createTable('plans', (t) => {
    t.increments('id');
    t.string('country_code', 2).references('countries.code'); // null for a multi-country region plan
    t.string('region_name', 60); // the named multi-country region, when country_code is null
    t.string('name', 120).notNullable();
    t.integer('data_mb'); // null = unlimited, with a fair-use cap
    t.integer('fair_use_mb');
    t.integer('validity_days').notNullable();
    t.integer('price_cents').notNullable(); // incl. VAT; the current price, history in plan_prices
    t.integer('vat_rate_bp').notNullable().defaultTo(2000); // basis points: 2000 = 20 %
    t.enu('status', PLAN_STATUSES).notNullable().defaultTo('draft');
    t.boolean('promotional').notNullable().defaultTo(false);
    mutableRecord(t);
    nonNegative(t, 'price_cents', 'vat_rate_bp');
    t.check('?? > 0', ['validity_days'], 'plans_validity_positive');
    t.check('?? IS NULL OR ?? > 0', ['data_mb', 'data_mb'], 'plans_data_positive');
    t.check('?? IS NOT NULL OR ?? IS NOT NULL', ['data_mb', 'fair_use_mb'], 'plans_unlimited_has_fair_use');
    t.check('?? IS NOT NULL OR ?? IS NOT NULL', ['country_code', 'region_name'], 'plans_sold_somewhere');
    t.index(['country_code', 'status']);
    t.index(['status']);
  });

  await knex.schema.createTable('plan_prices', (t) => {
    t.increments('id');
    t.integer('plan_id').notNullable().references('plans.id');
    t.integer('price_cents').notNullable();
    t.integer('vat_rate_bp').notNullable();
    t.timestamp('effective_from', { useTz: true }).notNullable();
    t.integer('changed_by_staff_id').references('staff.id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    nonNegative(t, 'price_cents', 'vat_rate_bp');
    t.index(['plan_id', 'effective_from']);
  });

  await knex.schema.createTable('promo_codes', (t) => {
    t.increments('id');
    t.string('code', 40).notNullable().unique();
    t.enu('kind', PROMO_KINDS).notNullable();
    t.string('partner', 120);
    t.integer('discount_percent');
    t.integer('discount_cents');
    t.integer('bonus_mb');
    t.timestamp('valid_from', { useTz: true }).notNullable();
    t.timestamp('valid_until', { useTz: true });
    t.integer('max_redemptions');
    t.integer('activation_window_days').notNullable().defaultTo(90); // GCS §5.3.3.1
    t.enu('status', PROMO_STATUSES).notNullable().defaultTo('active');
    mutableRecord(t);
    nonNegative(t, 'discount_cents', 'bonus_mb', 'max_redemptions', 'activation_window_days');
    t.check(
      '?? IS NULL OR (?? >= 0 AND ?? <= 100)',
      ['discount_percent', 'discount_percent', 'discount_percent'],
      'promo_codes_percent_range',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['promo_codes', 'plan_prices', 'plans', 'countries']) await knex.schema.dropTableIfExists(table);
}
