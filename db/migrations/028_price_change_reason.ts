import type { Knex } from 'knex';

// Price history says old → new and why (docs/OPERATIONS.md "Catalog"): the price before, the reason the
// staff member gave (free text, as typed), and how the price was set: a code the console words,
// one of created, edited, bulk, imported, cloned (server/domain/enums.ts PRICE_SOURCES).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('plan_prices', (t) => {
    t.integer('previous_price_cents');
    t.text('reason');
    t.string('source', 20).notNullable().defaultTo('edited');
  });
  // Existing rows: each plan's first price was its creation; the others follow the price before them.
  const rows: { id: number; plan_id: number; price_cents: number }[] = await knex('plan_prices')
    .orderBy([{ column: 'plan_id' }, { column: 'effective_from' }, { column: 'id' }])
    .select('id', 'plan_id', 'price_cents');
  let last: { plan_id: number; price_cents: number } | null = null;
  for (const row of rows) {
    const first = !last || last.plan_id !== row.plan_id;
    await knex('plan_prices')
      .where({ id: row.id })
      .update({ previous_price_cents: first ? null : last!.price_cents, source: first ? 'created' : 'edited' });
    last = row;
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('plan_prices', (t) => {
    t.dropColumn('source');
    t.dropColumn('reason');
    t.dropColumn('previous_price_cents');
  });
}
