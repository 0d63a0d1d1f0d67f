// Sessions and settings cached in the process, valid only while the database's generation stamp is
// the one read with them (db/migrations/027_read_performance.ts): the stamp moves, in the same
// transaction, with every revocation, staff change and setting change, so a cached session never
// outlives its revocation, on this process or any other (docs/ARCHITECTURE.md "Sessions and settings, cached").
import type { Knex } from 'knex';

/** What the session check needs of a session and its staff member. */
export interface SessionRow {
  last_seen_at: unknown;
  id: number;
  email: string;
  name: string;
  roles: unknown;
  status: string;
}

interface Entry {
  row: SessionRow;
  generation: string;
  cachedAtMs: number;
}

/** A session read from the database is reused at most this long, even with the stamp unchanged (a bound on drift). */
const ENTRY_MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 10_000;

export class SessionCache {
  private readonly sessions = new Map<string, Entry>();
  private settings: { generation: string; values: Map<string, unknown> } | null = null;

  constructor(private readonly reads: Knex) {}

  /** The current stamp: one primary-key read of a one-row table (a prepared raw statement, no query building). */
  async generation(): Promise<string> {
    const result = await this.reads.raw('SELECT generation FROM cache_generation WHERE id = 1');
    const rows = (Array.isArray(result) ? result : result.rows) as { generation: unknown }[];
    return String(rows[0]?.generation ?? 0);
  }

  session(id: string, generation: string, nowMs: number): SessionRow | undefined {
    const e = this.sessions.get(id);
    if (!e) return undefined;
    if (e.generation !== generation || nowMs - e.cachedAtMs > ENTRY_MAX_AGE_MS) {
      this.sessions.delete(id);
      return undefined;
    }
    return e.row;
  }

  keepSession(id: string, row: SessionRow, generation: string, nowMs: number): void {
    if (this.sessions.size >= MAX_ENTRIES) this.sessions.clear();
    this.sessions.set(id, { row, generation, cachedAtMs: nowMs });
  }

  forgetSession(id: string): void {
    this.sessions.delete(id);
  }

  /** A setting's value as of `generation`, read through `load` when the stamp moved. */
  async setting<T>(key: string, generation: string, load: () => Promise<T>): Promise<T> {
    if (this.settings?.generation !== generation) this.settings = { generation, values: new Map() };
    const values = this.settings.values;
    if (!values.has(key)) values.set(key, await load());
    return values.get(key) as T;
  }
}
