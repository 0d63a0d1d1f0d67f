// Rate-limit counters shared by every API process (docs/OPERATIONS.md "Several API processes"):
// in the database by default, in Redis when REDIS_URL is set. express-rate-limit's own memory
// store counts per process, so two processes would each accept the full limit.
import type { Knex } from 'knex';
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import { createRequire } from 'node:module';
import type { RedisReply } from 'rate-limit-redis';
import type { Logger } from 'pino';
import { toIso } from '../db/values.ts';

/**
 * A fixed window per key in `rate_limit_hits`: one atomic upsert per hit (a new window when the
 * last one has ended), so processes never lose or double a count.
 */
export class DatabaseStore implements Store {
  windowMs = 60_000;
  readonly localKeys = false;
  constructor(
    private readonly db: Knex,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private bucket = (key: string) => `${this.prefix}${key}`.slice(0, 300);

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const row = await this.db('rate_limit_hits')
      .where({ bucket: this.bucket(key) })
      .first();
    if (!row) return undefined;
    const resetTime = new Date(toIso(row.reset_at)!);
    return resetTime.getTime() > Date.now() ? { totalHits: Number(row.hits), resetTime } : undefined;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = new Date();
    const reset = new Date(now.getTime() + this.windowMs).toISOString();
    const at = now.toISOString();
    // The same statement on both engines (SQLite ≥ 3.35 and PostgreSQL): ON CONFLICT … RETURNING.
    const result = await this.db.raw(
      `INSERT INTO rate_limit_hits (bucket, hits, reset_at) VALUES (?, 1, ?)
       ON CONFLICT (bucket) DO UPDATE SET
         hits = CASE WHEN rate_limit_hits.reset_at <= ? THEN 1 ELSE rate_limit_hits.hits + 1 END,
         reset_at = CASE WHEN rate_limit_hits.reset_at <= ? THEN excluded.reset_at ELSE rate_limit_hits.reset_at END
       RETURNING hits, reset_at`,
      [this.bucket(key), reset, at, at],
    );
    const row = (Array.isArray(result) ? result[0] : result.rows[0]) as { hits: number; reset_at: unknown };
    return { totalHits: Number(row.hits), resetTime: new Date(toIso(row.reset_at)!) };
  }

  async decrement(key: string): Promise<void> {
    await this.db('rate_limit_hits')
      .where({ bucket: this.bucket(key) })
      .where('hits', '>', 0)
      .update({ hits: this.db.raw('hits - 1') });
  }

  async resetKey(key: string): Promise<void> {
    await this.db('rate_limit_hits')
      .where({ bucket: this.bucket(key) })
      .delete();
  }
}

export interface RateLimitStores {
  /** A store for one limiter (each limiter needs its own, with its own prefix). */
  create: (prefix: string) => Store;
  /** Where the counters live, for the logs. */
  kind: 'database' | 'redis';
  close: () => Promise<void>;
}

/** The counters' home for this process: Redis when REDIS_URL is set, else the database. */
export function rateLimitStores(db: Knex, redisUrl: string | undefined, log?: Logger, redisPrefix = 'kolet:'): RateLimitStores {
  if (!redisUrl) return { kind: 'database', create: (prefix) => new DatabaseStore(db, prefix), close: async () => {} };
  // Loaded only when REDIS_URL is set: the client is 6 MB of heap a single process does not need.
  const require = createRequire(import.meta.url);
  const { createClient } = require('redis') as typeof import('redis');
  const { RedisStore } = require('rate-limit-redis') as typeof import('rate-limit-redis');
  const client = createClient({ url: redisUrl });
  client.on('error', (err) => log?.error({ err }, 'redis (rate limits) unavailable'));
  const connected = client.connect().catch((err) => {
    log?.error({ err }, 'redis (rate limits): cannot connect');
  });
  return {
    kind: 'redis',
    create: (prefix) =>
      new RedisStore({
        prefix: `${redisPrefix}rl:${prefix}`,
        sendCommand: (...args: string[]) => client.sendCommand(args) as Promise<RedisReply>,
      }),
    close: async () => {
      await connected;
      if (client.isOpen) await client.quit();
    },
  };
}
