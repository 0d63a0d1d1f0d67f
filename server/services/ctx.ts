import type { Knex } from 'knex';
import type { Actor } from '../domain/actor.ts';
import type { OutgoingMessage } from '../outbox/outbox.ts';

/** Queues a message inside the change's transaction: it is sent only if the change commits. */
export type Queue = (message: OutgoingMessage) => Promise<void>;

/**
 * What every change runs with: its one transaction, who acts, the instant it happens at (one clock
 * for the whole change), and the outbox. The action router and the jobs build it; services take it.
 */
/** The deployment's payment provider, as actions see it: a remote one gets payout intents, never a call in the transaction. */
export interface PaymentsSetup {
  provider: string;
  remote: boolean;
}

export interface Ctx {
  trx: Knex.Transaction;
  actor: Actor;
  now: Date;
  queue: Queue;
  payments?: PaymentsSetup;
}
