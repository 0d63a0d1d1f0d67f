import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { runChange } from '../actions/runChange.ts';
import { ApiError, ruleRefused, zodFieldErrors } from '../http/errors.ts';
import { ingestUsage, UsageRaceError, type UsageOutcome } from '../services/usage.ts';
import { integrationSchemas } from './routes.ts';

/** At most this many records per batch (docs/ARCHITECTURE.md "Usage ingestion"). */
export const USAGE_BATCH_MAX = 1000;
/** The JSON parser's bound for a batch: 1,000 records of the longest allowed shape fit well within it. */
export const USAGE_BATCH_BODY_LIMIT = '1mb';

const buildRecordSchema = () =>
  integrationSchemas.usage.extend({
    recordId: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[\x21-\x7e]+$/, 'visible ASCII characters'),
  });
let recordSchema: ReturnType<typeof buildRecordSchema> | undefined;
/** A record of a batch: a single usage record plus the network's own id for it, unique across batches (built on first use: routes.ts imports this module). */
export const usageBatchRecord = () => (recordSchema ??= buildRecordSchema());

const envelope = z.strictObject({ records: z.array(z.unknown()).min(1, 'at least one record') });

type Outcome = { recordId: string; status: UsageOutcome['status']; id?: number; chargedMb?: number; code?: string; message?: string };

/** How often a batch runs again when a concurrent batch stored one of its record ids first (PostgreSQL only). */
const RACE_TRIES = 3;

/**
 * `POST /api/integration/usage/batch`: up to 1,000 usage records in one call, each with the
 * network's record id. One transaction for the whole batch (services/usage.ts `ingestUsage`): a
 * record already stored (a redelivery, or a record in two batches) is a duplicate, stored once;
 * a record a rule refuses is rejected with the rule's code, the others are recorded. The answer
 * lists each record's outcome in the order sent.
 */
export function usageBatchRouter(db: Knex): Router {
  const router = Router();
  router.post('/usage/batch', async (req, res) => {
    const outer = envelope.safeParse(req.body ?? {});
    if (!outer.success)
      throw new ApiError(422, 'invalid_batch', 'The body must be {"records": [ … ]} with at least one record', zodFieldErrors(outer.error));
    const raw = outer.data.records;
    if (raw.length > USAGE_BATCH_MAX)
      throw new ApiError(413, 'batch_too_large', `At most ${USAGE_BATCH_MAX} records per batch: ${raw.length} were sent`, {
        records: `at most ${USAGE_BATCH_MAX}`,
      });
    const records: z.infer<ReturnType<typeof buildRecordSchema>>[] = [];
    for (let i = 0; i < raw.length; i++) {
      const parsed = usageBatchRecord().safeParse(raw[i]);
      if (!parsed.success) {
        const errors = Object.fromEntries(Object.entries(zodFieldErrors(parsed.error)).map(([k, v]) => [`records.${i}.${k}`, v]));
        throw ruleRefused('invalid_record', `Record ${i} is malformed: ${Object.keys(errors).join(', ')}`, errors);
      }
      records.push(parsed.data);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await runChange(db, req, { body: { records }, idempotencyKey: 'optional', what: 'usage.record-batch' }, async (ctx) => {
          const { outcomes, plans } = await ingestUsage(ctx, records);
          const results: Outcome[] = outcomes.map((o, i) => {
            const recordId = records[i]!.recordId;
            if (o.status === 'recorded') return { recordId, status: o.status, id: Number(o.usage.id), chargedMb: o.chargedMb };
            if (o.status === 'duplicate') return { recordId, status: o.status, id: o.usageRecordId };
            return { recordId, status: o.status, code: o.code, message: o.message };
          });
          const count = (s: UsageOutcome['status']) => results.filter((x) => x.status === s).length;
          const summary = { recorded: count('recorded'), duplicates: count('duplicate'), rejected: count('rejected') };
          const planStates = [...plans.entries()].map(([accountPlanId, p]) => ({
            accountPlanId,
            dataRemainingMb: p.dataRemainingMb,
            alertsFired: p.alertsFired,
          }));
          return {
            status: 200,
            body: { ...summary, results, plans: planStates },
            audit: summary.recorded
              ? {
                  action: 'usage.record-batch',
                  entity: 'usage-records',
                  entityId: null,
                  before: null,
                  after: { ...summary, plans: plans.size },
                }
              : null,
          };
        });
        if (r.replayed) res.set('Idempotent-Replayed', 'true');
        res.status(r.status).json(r.body);
        return;
      } catch (err) {
        if (!(err instanceof UsageRaceError) || attempt >= RACE_TRIES) throw err;
      }
    }
  });
  return router;
}
