import type { Knex } from 'knex';

// Indexes chosen from the query plans of the console's hot lists on the scale data set
// (docs/BENCHMARKS.md): each one turns a sort of many rows, or a scan, into an index walk.
const INDEXES: { name: string; table: string; sql: string }[] = [
  // The moderation queue (reviews filter reported=true, sort severity): published reviews
  // with reports, in the queue's exact order, so a page is the first rows of the index.
  { name: 'reviews_reported_queue', table: 'reviews', sql: 'ON reviews (severity DESC, report_count DESC, last_reported_at ASC, id DESC) WHERE status = \'published\' AND report_count > 0' },
  // The DSA queue per status tab, priority first then nearest deadline (notices sort priority DESC).
  { name: 'dsa_notices_queue', table: 'dsa_notices', sql: 'ON dsa_notices (status, priority DESC, decision_due_at ASC, id DESC)' },
  // The 360's "reports made" and the misuse counters per reporter.
  { name: 'review_reports_reporter_account_id_index', table: 'review_reports', sql: 'ON review_reports (reporter_account_id, created_at)' },
];

export async function up(knex: Knex): Promise<void> {
  for (const i of INDEXES) await knex.raw(`CREATE INDEX ${i.name} ${i.sql}`);
  if (knex.client.config.client === 'pg') {
    // A LIKE 'prefix%' uses a plain b-tree only under the C or POSIX collation (not C.UTF-8 before
    // PostgreSQL 17); otherwise it needs the pattern operators.
    const { rows } = (await knex.raw('SELECT datcollate FROM pg_database WHERE datname = current_database()')) as { rows: { datcollate: string }[] };
    if (!/^(C|POSIX)$/i.test(rows[0]?.datcollate ?? '')) {
      await knex.raw('CREATE INDEX accounts_email_pattern ON accounts (email text_pattern_ops)');
      await knex.raw('CREATE INDEX transfers_recipient_email_pattern ON transfers (recipient_email text_pattern_ops)');
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const i of INDEXES) await knex.raw(`DROP INDEX IF EXISTS ${i.name}`);
  await knex.raw('DROP INDEX IF EXISTS accounts_email_pattern');
  await knex.raw('DROP INDEX IF EXISTS transfers_recipient_email_pattern');
}
