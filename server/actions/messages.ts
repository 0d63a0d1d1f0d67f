import { z } from 'zod';
import { conflict, notFound } from '../http/errors.ts';
import { rowToRecord } from '../rest/fields.ts';
import { messages } from '../rest/resources/platform.ts';
import { defineAction } from './action.ts';

/** A dead message (every attempt failed) goes back to the queue for a fresh round of attempts. */
export const retryMessage = defineAction({
  resource: 'messages',
  name: 'retry',
  summary: 'Re-queue a dead message for delivery',

  body: z.strictObject({}),
  idempotencyKey: 'optional',
  run: async ({ trx, id, now }) => {
    const row = await trx('messages').where({ id }).first();
    if (!row) throw notFound(`Message ${id} not found`);
    if (row.status !== 'dead') throw conflict('message_not_dead', `Only a dead message can be retried; this one is ${row.status}`);
    await trx('messages')
      .where({ id })
      .update({
        status: 'queued',
        attempts: 0,
        next_attempt_at: now.toISOString(),
        updated_at: now.toISOString(),
        version: row.version + 1,
      });
    const updated = rowToRecord(messages.fields, await trx('messages').where({ id }).first());
    return { result: updated, audit: { before: { status: 'dead', attempts: row.attempts }, after: { status: 'queued', attempts: 0 } } };
  },
});
