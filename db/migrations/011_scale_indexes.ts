import type { Knex } from 'knex';
import { isPostgres } from './helpers.ts';

// Indexes chosen from the query plans of the console's hot lists on the scale data set
// (docs/BENCHMARKS.md): each one turns a sort of many rows, or a scan, into an index walk.
const INDEXES: { name: string; table: string; sql: string }[] = [
  // The moderation queue (reviews filter reported=true, sort severity): published reviews
  // with reports, in the queue's exact order, so a page is the first rows of the index.
  {
    name: 'reviews_reported_queue',
    table: 'reviews',
    sql: "ON reviews (severity DESC, report_count DESC, last_reported_at ASC, id DESC) WHERE status = 'published' AND report_count > 0",
  },
  // The DSA queue per status tab, priority first then nearest deadline (notices sort priority DESC).
  { name: 'dsa_notices_queue', table: 'dsa_notices', sql: 'ON dsa_notices (status, priority DESC, decision_due_at ASC, id DESC)' },
  // The 360's "reports made" and the misuse counters per reporter.
  { name: 'review_reports_reporter_account_id_index', table: 'review_reports', sql: 'ON review_reports (reporter_account_id, created_at)' },
];

export async function up(knex: Knex): Promise<void> {
  for (const i of INDEXES) await knex.raw(`CREATE INDEX ${i.name} ${i.sql}`);
  if (isPostgres(knex)) {
    // Prefix searches compare bytes (wherePrefix, server/rest/resource.ts): `email COLLATE "C" LIKE 'cam%'`
    // is a range of this index whatever the database's collation, and the search box's order by
    // e-mail walks it. (A plain index serves LIKE only under the C or POSIX collation — not C.UTF-8.)
    await knex.raw('CREATE INDEX accounts_email_bytes ON accounts ((email COLLATE "C"))');
    await knex.raw('CREATE INDEX transfers_recipient_email_bytes ON transfers ((recipient_email COLLATE "C"), status)');
    await knex.raw('CREATE INDEX esims_iccid_bytes ON esims ((iccid COLLATE "C"))');
    await knex.raw('CREATE INDEX orders_payment_reference_bytes ON orders ((payment_reference COLLATE "C"))');
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const i of INDEXES) await knex.raw(`DROP INDEX IF EXISTS ${i.name}`);
  await knex.raw('DROP INDEX IF EXISTS accounts_email_bytes');
  await knex.raw('DROP INDEX IF EXISTS transfers_recipient_email_bytes');
  await knex.raw('DROP INDEX IF EXISTS esims_iccid_bytes');
  await knex.raw('DROP INDEX IF EXISTS orders_payment_reference_bytes');
}
