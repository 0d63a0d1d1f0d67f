import type { Knex } from 'knex';

// Batched usage from the network (docs/ARCHITECTURE.md "Usage ingestion"): each record carries the
// network's own id, unique, so a redelivered batch, or a record present in two batches, is stored once.
// Records sent one by one (POST /api/integration/usage) may have none: NULLs never collide.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('usage_records', (t) => {
    t.string('network_record_id', 100);
    t.unique(['network_record_id'], { indexName: 'usage_records_network_record_id_unique' });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('usage_records', (t) => {
    t.dropUnique(['network_record_id'], 'usage_records_network_record_id_unique');
    t.dropColumn('network_record_id');
  });
}
