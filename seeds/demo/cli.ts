// What `npm run seed:demo` does, callable from tests: refuse production, migrate,
// seed only an empty database, print the summary.
import type { Knex } from 'knex';
import { migrateToLatest } from '../../server/db/connection.ts';
import { ensureDefaultSettings } from '../../server/settings.ts';
import { DEMO_PASSWORD, isDatabaseEmpty, seedDemo, type DemoSummary } from './index.ts';

export const PRODUCTION_REFUSAL = 'demo data is never seeded in production';

export async function runSeedDemo(
  db: Knex,
  opts: { env?: NodeJS.ProcessEnv; log?: (line: string) => void; now?: Date } = {},
): Promise<{ seeded: boolean; summary?: DemoSummary }> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? console.log;
  if (env.NODE_ENV === 'production') throw new Error(PRODUCTION_REFUSAL);
  await migrateToLatest(db);
  await ensureDefaultSettings(db);
  if (!(await isDatabaseEmpty(db))) {
    log('seed:demo skipped: the database already has staff or accounts (demo data is only seeded into an empty database).');
    return { seeded: false };
  }
  const summary = await seedDemo(db, { log, ...(opts.now ? { now: opts.now } : {}) });
  log('seed:demo summary:');
  for (const [table, n] of Object.entries(summary)) log(`  ${table.padEnd(26)} ${n}`);
  log(`Staff log in with password "${DEMO_PASSWORD}": admin@, support@, finance@, finance2@, moderator@, catalog@kolet.demo`);
  return { seeded: true, summary };
}
