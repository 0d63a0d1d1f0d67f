import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { knexConfig } from '../../db/knexfile.ts';

// PostgreSQL returns COUNT(*) and bigint as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v: string) => Number(v));
// Dates (not timestamps) stay as 'YYYY-MM-DD' strings, as SQLite gives them.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

export type Db = Knex;

export function openDatabase(databaseUrl = process.env.DATABASE_URL): Db {
  const config = knexConfig(databaseUrl);
  const connection = config.connection as { filename?: string };
  if (config.client === 'sqlite3' && connection.filename && connection.filename !== ':memory:') {
    fs.mkdirSync(path.dirname(connection.filename), { recursive: true });
  }
  return knexFactory(config);
}

export function isPostgres(db: Db): boolean {
  return db.client.config.client === 'pg';
}

/** For read-only commands: stops with a clear message when the schema is missing or behind. */
export async function requireMigrated(db: Db): Promise<void> {
  const [, pending] = (await db.migrate.list()) as [unknown[], unknown[]];
  if (pending.length) {
    await db.destroy();
    console.error(`The database is not migrated (${pending.length} migration(s) pending): run npm run db:migrate first`);
    process.exit(2);
  }
}

export async function migrateToLatest(db: Db): Promise<void> {
  await db.migrate.latest();
}
