// Statements of reasons and the EU Transparency Database (DSA Art. 24(5)): what a moderator does when
// submission is not (only) the job's: record a submission made outside the API, or send a refused one again.
import { z } from 'zod';
import { forbidden } from '../http/errors.ts';
import { rowToRecord } from '../rest/fields.ts';
import { sorSubmissions } from '../rest/resources/trust.ts';
import { markSubmitted, resubmit } from '../services/sorSubmissions.ts';
import { defineAction } from './action.ts';

export const markSubmittedAction = defineAction({
  resource: 'statements-of-reasons',
  name: 'mark-submitted',
  collection: true,
  summary: 'Record that statements were submitted outside the API (webform, exported file): never sent or exported again',
  idempotencyKey: 'optional',
  body: z.strictObject({
    puids: z.array(z.string().trim().min(1).max(500)).min(1).max(1000),
    note: z.string().trim().min(3, 'say how they were submitted (3 characters at least)').max(2000),
  }),
  run: async (ctx) => {
    if (ctx.actor.kind !== 'staff') throw forbidden();
    const outcome = await markSubmitted(ctx.trx, ctx.body.puids, ctx.actor.id, ctx.body.note, ctx.now);
    return {
      result: { ...outcome },
      audit: {
        entity: 'sor-submission-batches',
        entityId: outcome.batchId ?? '-',
        after: { marked: outcome.marked.length, skipped: outcome.skipped },
        reason: ctx.body.note,
      },
    };
  },
});

export const resubmitAction = defineAction({
  resource: 'statements-of-reasons',
  name: 'resubmit',
  summary: 'Send a refused statement to the Transparency Database again (the next run of the submission job)',
  idempotencyKey: 'optional',
  body: z.strictObject({ note: z.string().trim().min(3, 'say what changed').max(2000) }),
  run: async (ctx) => {
    const row = await resubmit(ctx.trx, Number(ctx.id), ctx.now);
    return { result: rowToRecord(sorSubmissions.fields, row), audit: { after: { status: 'pending' }, reason: ctx.body.note } };
  },
});

export const STATEMENT_ACTIONS = [markSubmittedAction, resubmitAction];
