import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import knexFactory from 'knex';
import { openDatabase, migrateToLatest, type Db } from '../../server/db/connection.ts';

/**
 * A fresh, migrated database for one test file: a temporary SQLite file by
 * default, or a new database on the PostgreSQL server of `DATABASE_URL`.
 */
export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<{ db: Db; url: string; drop: () => Promise<void> }> {
  const migrate = opts.migrate ?? true;
  const base = process.env.DATABASE_URL;
  const name = `kolet_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (base && /^postgres(ql)?:\/\//.test(base)) {
    const admin = knexFactory({ client: 'pg', connection: base, pool: { min: 0, max: 1 } });
    await admin.raw(`CREATE DATABASE ${name}`);
    const url = withDatabase(base, name);
    const db = openDatabase(url);
    if (migrate) await migrateToLatest(db);
    return {
      db,
      url,
      drop: async () => {
        await db.destroy();
        await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.destroy();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kolet-'));
  const url = `sqlite:${path.join(dir, `${name}.sqlite`)}`;
  const db = openDatabase(url);
  if (migrate) await migrateToLatest(db);
  return {
    db,
    url,
    drop: async () => {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export const engine = (): 'postgres' | 'sqlite' =>
  process.env.DATABASE_URL && /^postgres/.test(process.env.DATABASE_URL) ? 'postgres' : 'sqlite';
