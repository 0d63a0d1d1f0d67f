import type { Knex } from 'knex';

// Scheduled jobs run in every API process; a lease per job makes sure only one runs it at a time.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('job_leases', (t) => {
    t.string('job', 60).primary();
    t.string('holder', 120);
    t.timestamp('leased_until', { useTz: true }).notNullable();
    // The last run, whatever it did (job_runs keeps the runs that did something, and every failure).
    t.timestamp('last_started_at', { useTz: true });
    t.timestamp('last_finished_at', { useTz: true });
    t.string('last_status', 20);
    t.text('last_summary');
    t.text('last_error');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('job_leases');
}
