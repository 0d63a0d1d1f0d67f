import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Actor } from '../domain/actor.ts';
import type { ResourceName } from '../domain/permissions.ts';
import type { OutgoingMessage } from '../outbox/outbox.ts';

export interface ActionContext<Body> {
  trx: Knex.Transaction;
  id: string;
  body: Body;
  actor: Actor;
  now: Date;
  /** Queues a message in this transaction: sent only if the change commits. */
  queue: (message: OutgoingMessage) => Promise<void>;
  /** The deployment's payment provider (a remote one gets payout intents: server/services/payouts.ts). */
  payments?: { provider: string; remote: boolean };
}

export interface ActionOutcome {
  /** The JSON answered to the caller (usually the updated record). */
  result: Record<string, unknown>;
  /** What the audit entry records (the router adds actor, request id and time); null for a dry run, which changes nothing. */
  audit: {
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
    reason?: string | null;
    /** When the action creates another record (a refund logged on an order), the entry is about that record. */
    entity?: string;
    entityId?: string | number;
  } | null;
}

/**
 * A domain action, `POST /api/<resource>/:id/<name>`: validated body, role check,
 * and a `run` that does the change inside the router's single transaction.
 * Who may run it is its grant `<resource>.<name>` in server/domain/permissions.ts (ACTION_ACCESS):
 * the action router refuses to mount an action without one.
 */
export interface ActionDef<Schema extends z.ZodType = z.ZodType, Prepared = unknown> {
  resource: ResourceName;
  name: string;
  summary: string;
  body: Schema;
  /** `POST /api/<resource>/<name>` on a selection (no record id), e.g. a bulk price change. */
  collection?: boolean;
  /** The resource whose record `result` is, when not `resource` (its masking applies: server/rest/masking.ts). */
  resultResource?: ResourceName;
  /** Money- and data-moving actions require an Idempotency-Key. */
  idempotencyKey: 'optional' | 'required';
  /** Refusals worth a supervisor's eye (e.g. a fix asked for a final transfer): audited with outcome `failure`. */
  auditRefusals?: readonly string[];
  /**
   * Work done before the transaction opens (reads on the pool, no change): what is too slow to hold the
   * writer for, such as detecting a text's language. `run` gets its result as `prepared`, and must
   * still hold if the data changed in between.
   */
  prepare?: (input: { db: Knex; id: string; body: z.infer<Schema> }) => Promise<Prepared>;
  run: (ctx: ActionContext<z.infer<Schema>> & { prepared: Prepared | undefined }) => Promise<ActionOutcome>;
}

export function defineAction<Schema extends z.ZodType, Prepared = undefined>(def: ActionDef<Schema, Prepared>): ActionDef {
  return def as unknown as ActionDef;
}
