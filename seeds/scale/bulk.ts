// Bulk writing for the scale data set. Rows are buffered per table and written in FK
// order, one transaction per round: on SQLite through the driver's prepared multi-row
// INSERT statements (no query builder per row), on PostgreSQL as one
// `INSERT … SELECT * FROM unnest($1::int4[], $2::text[], …)` per chunk (column arrays:
// a single round trip for thousands of rows, no extra dependency).
import type { Knex } from 'knex';
import { isPostgres } from '../../server/db/connection.ts';

export type Value = string | number | boolean | null;

interface TableBuffer {
  table: string;
  columns: string[];
  rows: Value[][];
  written: number;
}

type SqliteStatement = { run: (params: Value[], cb: (err: Error | null) => void) => void; finalize: (cb?: () => void) => void };
type SqliteConnection = {
  run: (sql: string, cb: (err: Error | null) => void) => void;
  prepare: (sql: string, cb: (err: Error | null) => void) => SqliteStatement;
};
type PgConnection = { query: (sql: string, params?: unknown[]) => Promise<unknown> };

/** SQLite binds at most 32,766 values per statement; PostgreSQL's arrays have no such limit. */
const SQLITE_MAX_VALUES = 32_000;
const PG_CHUNK = 20_000;

export class BulkWriter {
  private readonly buffers = new Map<string, TableBuffer>();
  private readonly pg: boolean;
  private connection: unknown = null;
  private readonly statements = new Map<string, SqliteStatement>();
  private readonly pgTypes = new Map<string, string[]>();

  /** `tables` in foreign-key order: a round writes parents before children. */
  constructor(
    private readonly db: Knex,
    tables: Record<string, string[]>,
    private readonly roundRows = 50_000,
  ) {
    this.pg = isPostgres(db);
    for (const [table, columns] of Object.entries(tables)) this.buffers.set(table, { table, columns, rows: [], written: 0 });
  }

  async open(): Promise<void> {
    this.connection = await this.db.client.acquireConnection();
    if (this.pg) {
      for (const b of this.buffers.values()) {
        const rows = (await this.pgConn.query(
          'SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1',
          [b.table],
        )) as { rows: { column_name: string; udt_name: string }[] };
        const types = new Map(rows.rows.map((r) => [r.column_name, r.udt_name]));
        this.pgTypes.set(
          b.table,
          b.columns.map((c) => {
            const t = types.get(c);
            if (!t) throw new Error(`scale seed: ${b.table}.${c} is not a column`);
            return t;
          }),
        );
      }
    } else {
      // Bulk-load settings for this connection only; the server's own pragmas are set again when it connects.
      for (const pragma of ['PRAGMA synchronous = OFF', 'PRAGMA cache_size = -1000000', 'PRAGMA temp_store = MEMORY'])
        await this.sqliteRun(pragma);
    }
  }

  add(table: string, row: Value[]): void {
    this.buffers.get(table)!.rows.push(row);
  }

  /** Rows waiting in the buffers. */
  get pending(): number {
    let n = 0;
    for (const b of this.buffers.values()) n += b.rows.length;
    return n;
  }

  written(table: string): number {
    return this.buffers.get(table)!.written;
  }

  /** Writes a round when enough rows wait (call it between whole units of work, e.g. after an account). */
  async maybeFlush(): Promise<boolean> {
    if (this.pending < this.roundRows) return false;
    await this.flush();
    return true;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.exec('BEGIN');
    try {
      for (const b of this.buffers.values()) {
        if (!b.rows.length) continue;
        if (this.pg) await this.writePg(b);
        else await this.writeSqlite(b);
        b.written += b.rows.length;
        b.rows = [];
      }
      await this.exec('COMMIT');
    } catch (error) {
      await this.exec('ROLLBACK').catch(() => {});
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.flush();
    for (const s of this.statements.values()) await new Promise<void>((resolve) => s.finalize(() => resolve()));
    this.statements.clear();
    if (this.connection) await this.db.client.releaseConnection(this.connection);
    this.connection = null;
  }

  private get pgConn(): PgConnection {
    return this.connection as PgConnection;
  }
  private get sqliteConn(): SqliteConnection {
    return this.connection as SqliteConnection;
  }

  private exec(sql: string): Promise<unknown> {
    return this.pg ? this.pgConn.query(sql) : this.sqliteRun(sql);
  }

  private sqliteRun(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.sqliteConn.run(sql, (err) => (err ? reject(err) : resolve())));
  }

  private async sqliteStatement(b: TableBuffer, rows: number): Promise<SqliteStatement> {
    const key = `${b.table}:${rows}`;
    const cached = this.statements.get(key);
    if (cached) return cached;
    const tuple = `(${b.columns.map(() => '?').join(',')})`;
    const sql = `INSERT INTO ${b.table} (${b.columns.join(',')}) VALUES ${Array(rows).fill(tuple).join(',')}`;
    const stmt = await new Promise<SqliteStatement>((resolve, reject) => {
      const s = this.sqliteConn.prepare(sql, (err) => (err ? reject(err) : resolve(s)));
    });
    // Keep only full-size statements: the short tail of a round is prepared each time.
    if (rows === this.sqliteBatch(b)) this.statements.set(key, stmt);
    return stmt;
  }

  private sqliteBatch(b: TableBuffer): number {
    return Math.min(500, Math.floor(SQLITE_MAX_VALUES / b.columns.length));
  }

  private async writeSqlite(b: TableBuffer): Promise<void> {
    const size = this.sqliteBatch(b);
    for (let i = 0; i < b.rows.length; i += size) {
      const chunk = b.rows.slice(i, i + size);
      const stmt = await this.sqliteStatement(b, chunk.length);
      const params: Value[] = [];
      for (const row of chunk) for (const v of row) params.push(v);
      await new Promise<void>((resolve, reject) =>
        stmt.run(params, (err) => (err ? reject(new Error(`${b.table}: ${err.message}`)) : resolve())),
      );
      if (chunk.length !== size) stmt.finalize();
    }
  }

  private async writePg(b: TableBuffer): Promise<void> {
    const types = this.pgTypes.get(b.table)!;
    const select = types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
    const sql = `INSERT INTO ${b.table} (${b.columns.join(',')}) SELECT * FROM unnest(${select})`;
    for (let i = 0; i < b.rows.length; i += PG_CHUNK) {
      const chunk = b.rows.slice(i, i + PG_CHUNK);
      const arrays = b.columns.map((_, c) => chunk.map((row) => row[c]));
      try {
        await this.pgConn.query(sql, arrays);
      } catch (error) {
        throw new Error(`${b.table}: ${(error as Error).message}`);
      }
    }
  }
}
