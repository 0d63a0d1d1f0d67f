// `npm run seed:scale`: the scale data set of docs/PRODUCT.md §4 on top of the demo set (which brings
// the staff logins, the catalog and every edge case), written in bulk: one transaction per
// round of ~50,000 rows, multi-row prepared INSERTs on SQLite, unnest() arrays on PostgreSQL.
// Deterministic: the same seed, size and day give the same rows.
import type { Knex } from 'knex';
import { isPostgres, migrateToLatest } from '../../server/db/connection.ts';
import { ensureDefaultSettings } from '../../server/settings.ts';
import { isDatabaseEmpty, seedDemo } from '../demo/index.ts';
import { BulkWriter } from './bulk.ts';
import { createIndexes, dropIndexes, dropTriggers, rebuildSearch, searchTriggers, secondaryIndexes } from './indexes.ts';
import { ScaleGenerator, type CatalogPlan } from './generate.ts';
import { SCALE_SEED } from './random.ts';
import { SCALE_TABLES, SPEC_SIZES, type ScaleTable } from './tables.ts';

export interface ScaleOptions {
  accounts?: number;
  seed?: number;
  now?: Date;
  log?: (line: string) => void;
}

/** Midnight UTC today: dates stay relative to the day of the run, rows identical within a day. */
export const startOfUtcDay = (d = new Date()): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export const SCALE_MARKER = 'Z9%';

export async function hasScaleData(db: Knex): Promise<boolean> {
  return !!(await db('accounts').where('referral_code', 'like', SCALE_MARKER).first('id'));
}

export async function seedScale(db: Knex, options: ScaleOptions = {}): Promise<Record<ScaleTable, number>> {
  const log = options.log ?? console.log;
  const accounts = options.accounts ?? SPEC_SIZES.accounts;
  const now = options.now ?? startOfUtcDay();
  await migrateToLatest(db);
  await ensureDefaultSettings(db);
  if (await isDatabaseEmpty(db)) {
    log('seed:scale: seeding the demo set first (staff logins, catalog, edge cases)…');
    await seedDemo(db, { now });
  }
  if (await hasScaleData(db))
    throw new Error('seed:scale: this database already holds the scale data set; use a new database (DATABASE_URL)');

  const catalog = (await db('plans')
    .where({ status: 'active' })
    .orderBy('id')
    .select(
      'id',
      'country_code',
      'region_name',
      'name',
      'data_mb',
      'fair_use_mb',
      'validity_days',
      'price_cents',
      'vat_rate_bp',
    )) as CatalogPlan[];
  if (!catalog.length) throw new Error('seed:scale: no active plan in the catalog');
  const firstIds = {} as Record<ScaleTable, number>;
  for (const table of Object.keys(SCALE_TABLES) as ScaleTable[]) {
    const row = await db(table).max({ id: 'id' }).first();
    firstIds[table] = Number(row?.id ?? 0) + 1;
  }

  const indexes = await secondaryIndexes(db, Object.keys(SCALE_TABLES));
  log(`seed:scale: dropping ${indexes.length} secondary indexes for the load (rebuilt at the end)`);
  await dropIndexes(db, indexes);
  const triggers = await searchTriggers(db, Object.keys(SCALE_TABLES));
  await dropTriggers(db, triggers);
  const writer = new BulkWriter(db, SCALE_TABLES as unknown as Record<string, string[]>);
  await writer.open();
  const gen = new ScaleGenerator(writer, catalog, now.getTime(), accounts, firstIds, options.seed ?? SCALE_SEED);
  const started = Date.now();
  const every = Math.max(1000, Math.round(accounts / 20));
  try {
    for (let i = 0; i < accounts; i++) {
      gen.account(i);
      if (i % 500 === 499) await writer.maybeFlush();
      if ((i + 1) % every === 0 || i + 1 === accounts) {
        const s = (Date.now() - started) / 1000;
        const eta = (s / (i + 1)) * (accounts - i - 1);
        log(
          `seed:scale ${String(Math.round(((i + 1) / accounts) * 100)).padStart(3)} %  ${(i + 1).toLocaleString('en')} accounts  ${writer.written('usage_records').toLocaleString('en')} usage records  ${s.toFixed(0)} s, about ${eta.toFixed(0)} s left`,
        );
      }
    }
  } finally {
    await writer.close();
    await createIndexes(db, indexes, log);
    await rebuildSearch(db, triggers, log);
  }

  const next = gen.nextIds;
  const counts = {} as Record<ScaleTable, number>;
  for (const table of Object.keys(SCALE_TABLES) as ScaleTable[]) counts[table] = next[table] - firstIds[table];
  if (isPostgres(db)) {
    for (const table of Object.keys(SCALE_TABLES))
      await db.raw(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM ${table}))`);
  }
  // PostgreSQL: VACUUM also sets the visibility map, without which counts cannot be index-only
  // (autovacuum would get there later; a fresh load should not wait for it).
  log(`seed:scale: updating the planner statistics (${isPostgres(db) ? 'VACUUM ANALYZE' : 'ANALYZE'})…`);
  await db.raw(isPostgres(db) ? 'VACUUM ANALYZE' : 'ANALYZE');
  log(`seed:scale done in ${((Date.now() - started) / 1000).toFixed(0)} s:`);
  for (const [table, n] of Object.entries(counts)) log(`  ${table.padEnd(16)} ${n.toLocaleString('en').padStart(12)}`);
  return counts;
}
