import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { knexConfig } from '../../db/knexfile.ts';
import { isPostgres } from '../../db/engine.ts';

export { isPostgres };

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
    const db = knexFactory(config);
    return SQLITE_READERS > 0 ? withSqliteReaders(db, connection.filename) : db;
  }
  return knexFactory(config);
}

const readers = new WeakMap<Db, Db>();
/** How many read-only SQLite connections serve the console's reads (libuv runs 4 threads by default); 0: none, all on the writer. */
const SQLITE_READERS = Number(process.env.SQLITE_READERS ?? 4);

/**
 * SQLite has one writer: the main pool is one connection, and every transaction runs on it.
 * In WAL mode readers do not wait for the writer, so reads outside a transaction (the lists,
 * the 360, the session check) get their own small pool of read-only connections and run in
 * parallel on libuv's threads. Their statements are re-emitted as the main instance's
 * `query` events, so query counting and plan checks see them.
 */
function withSqliteReaders(db: Db, filename: string): Db {
  const reader = knexFactory({
    client: 'sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      min: 0,
      max: SQLITE_READERS,
      afterCreate: (
        conn: { run: (sql: string, cb: (err: Error | null) => void) => void },
        done: (err: Error | null, conn: unknown) => void,
      ) => {
        // Read-only, patient with the writer, and a larger page cache (8 MB each instead of SQLite's 2 MB)
        // plus 64 MB of the file memory-mapped (shared with the OS page cache), so hot index pages are
        // not copied in again for every read (issue 15). Modest: the server's peak RSS must stay ≤ 300 MB.
        const pragmas = [
          'PRAGMA query_only = ON',
          'PRAGMA busy_timeout = 5000',
          'PRAGMA cache_size = -8192',
          'PRAGMA mmap_size = 67108864',
        ];
        const next = (i: number): void => {
          if (i === pragmas.length) return done(null, conn);
          conn.run(pragmas[i]!, (e) => (e ? done(e, conn) : next(i + 1)));
        };
        next(0);
      },
    },
  });
  reader.on('query', (q: unknown) => db.emit('query', q));
  reader.on('query-response', (response: unknown, q: unknown) => db.emit('query-response', response, q));
  readers.set(db, reader);
  // Closing the database closes its readers (knex's destroy() ends in its client's).
  const client = db.client as { destroy: (callback?: unknown) => Promise<void> };
  const destroyClient = client.destroy.bind(client);
  client.destroy = async (callback?: unknown) => {
    await reader.destroy();
    return destroyClient(callback);
  };
  return db;
}

/** Where reads outside a transaction go: SQLite's read-only pool, or PostgreSQL's own pool. */
export function readerOf(db: Db): Db {
  return readers.get(db) ?? db;
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
