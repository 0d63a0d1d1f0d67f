import path from 'node:path';
import type { Knex } from 'knex';
import { ROOT } from '../server/paths.ts';
import { migrationSource } from './migrations/index.ts';

/**
 * One schema, two engines: SQLite by default (`DATABASE_URL` unset or `sqlite:<file>`),
 * PostgreSQL when `DATABASE_URL=postgres://…`.
 */
export function knexConfig(databaseUrl = process.env.DATABASE_URL): Knex.Config {
  const migrations = { migrationSource, tableName: 'knex_migrations' };
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) {
    return {
      client: 'pg',
      connection: databaseUrl,
      pool: { min: 0, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
      migrations,
    };
  }
  const file = databaseUrl?.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length) : path.join(ROOT, 'data', 'kolet.sqlite');
  return {
    client: 'sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    // One connection: SQLite has a single writer, and one connection serialises
    // transactions in-process instead of failing them with SQLITE_BUSY.
    pool: {
      min: 1,
      max: 1,
      afterCreate: (conn: SqliteConnection, done: (err: Error | null, conn: SqliteConnection) => void) => {
        const pragmas = [
          'PRAGMA foreign_keys = ON',
          'PRAGMA journal_mode = WAL',
          'PRAGMA synchronous = NORMAL',
          'PRAGMA busy_timeout = 5000',
        ];
        const next = (i: number): void => {
          if (i === pragmas.length) return done(null, conn);
          conn.run(pragmas[i]!, (err) => (err ? done(err, conn) : next(i + 1)));
        };
        next(0);
      },
    },
    migrations,
  };
}

type SqliteConnection = { run: (sql: string, cb: (err: Error | null) => void) => void };

export default knexConfig();
