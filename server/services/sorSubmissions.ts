// Submitting statements of reasons to the EU Transparency Database (DSA Art. 24(5)) through the
// outbox pattern: a `sor_submissions` row is written with each statement; the job claims pending
// rows in one transaction, calls the database outside any transaction, and records the answer in
// another (docs/TRUST-SAFETY.md "Submission to the Transparency Database").
import type { Knex } from 'knex';
import { appendAudit } from '../audit/auditLog.ts';
import { SYSTEM } from '../domain/actor.ts';
import {
  planAfterAnswer,
  retryDelayMs,
  submissionPayload,
  TDB_BATCH_SIZE,
  type BatchPlan,
  type FieldErrors,
  type TdbAnswer,
} from '../domain/dsa/tdbSubmission.ts';
import { validateStatement, type TdbStatement } from '../domain/dsa/tdbValidator.ts';
import { conflict, notFound } from '../http/errors.ts';
import type { TdbClient } from '../tdb/client.ts';

import type { SorSubmissionBatchesRow, SorSubmissionsRow, StatementsOfReasonsRow } from '../db/rows.generated.ts';

/** A statement with the restriction ends its submission row learnt. */
type StatementToSubmitRow = StatementsOfReasonsRow & Pick<SorSubmissionsRow, 'visibility_ended_on' | 'service_ended_on'>;

/** A statement not yet in the database, with its submission row's state (null: it has none). */
export type UnsubmittedStatementRow = StatementsOfReasonsRow & {
  submission_status: SorSubmissionsRow['status'] | null;
  visibility_ended_on: SorSubmissionsRow['visibility_ended_on'];
  service_ended_on: SorSubmissionsRow['service_ended_on'];
  submission_errors: SorSubmissionsRow['errors'];
};

/** The outbox row of a new statement, in the statement's own transaction. */
export async function queueSubmission(trx: Knex.Transaction, statementId: number, now: Date): Promise<void> {
  const at = now.toISOString();
  await trx('sor_submissions').insert({
    statement_id: statementId,
    status: 'pending',
    attempts: 0,
    next_attempt_at: at,
    created_at: at,
    updated_at: at,
    version: 1,
  });
}

/**
 * A restriction undone (review restored, suspension lifted): a statement not yet accepted will carry the
 * day it ended; one already accepted stays as submitted (the database takes no corrections).
 */
export async function recordRestrictionEnded(
  trx: Knex.Transaction,
  statementIds: number[],
  kind: 'visibility' | 'service',
  day: string,
  now: Date,
): Promise<void> {
  if (!statementIds.length) return;
  const column = kind === 'visibility' ? 'visibility_ended_on' : 'service_ended_on';
  await trx('sor_submissions')
    .whereIn('statement_id', statementIds)
    .whereNot('status', 'accepted')
    .whereNull(column)
    .update({ [column]: day, updated_at: now.toISOString(), version: trx.raw('version + 1') });
}

const day = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** The statements (joined with their submission rows) as the database will receive them. */
export async function payloadsOf(
  db: Knex | Knex.Transaction,
  statementIds: number[],
): Promise<{ id: number; puid: string; payload: TdbStatement }[]> {
  if (!statementIds.length) return [];
  const rows: StatementToSubmitRow[] = await db('statements_of_reasons as s')
    .join('sor_submissions as x', 'x.statement_id', 's.id')
    .whereIn('s.id', statementIds)
    .select('s.*', 'x.visibility_ended_on', 'x.service_ended_on');
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return statementIds.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [
          {
            id,
            puid: r.puid,
            payload: submissionPayload(r, { visibilityEndedOn: day(r.visibility_ended_on), serviceEndedOn: day(r.service_ended_on) }),
          },
        ]
      : [];
  });
}

interface Claimed {
  batchId: number;
  startedAt: string;
  statements: { id: number; puid: string; payload: TdbStatement }[];
}

const fieldErrors = (errors: Record<string, string>): FieldErrors => Object.fromEntries(Object.entries(errors).map(([k, m]) => [k, [m]]));

/**
 * Claims up to 100 pending statements (or exactly `group`, the half of a refused batch) as one batch, in one
 * transaction. A statement our own check refuses is marked refused here and never sent.
 */
async function claimBatch(db: Knex, now: Date, group: number[] | null): Promise<{ claimed: Claimed | null; refusedLocally: number }> {
  return db.transaction(async (trx) => {
    const at = now.toISOString();
    const q = trx('sor_submissions').where({ status: 'pending' });
    const ids: number[] = (
      group
        ? await q.whereIn('statement_id', group).orderBy('statement_id').select('statement_id')
        : await q.where('next_attempt_at', '<=', at).orderBy('statement_id').limit(TDB_BATCH_SIZE).select('statement_id')
    ).map((r: Pick<SorSubmissionsRow, 'statement_id'>) => Number(r.statement_id));
    if (!ids.length) return { claimed: null, refusedLocally: 0 };
    const payloads = await payloadsOf(trx, ids);
    const valid: typeof payloads = [];
    let refusedLocally = 0;
    for (const p of payloads) {
      const errors = validateStatement(p.payload);
      if (!Object.keys(errors).length) {
        valid.push(p);
        continue;
      }
      refusedLocally++;
      await trx('sor_submissions')
        .where({ statement_id: p.id, status: 'pending' })
        .update({
          status: 'refused',
          error: 'Refused by our own check before sending: the database would refuse it',
          errors: JSON.stringify(fieldErrors(errors)),
          updated_at: at,
          version: trx.raw('version + 1'),
        });
    }
    if (!valid.length) return { claimed: null, refusedLocally };
    const [batch] = await trx('sor_submission_batches').insert(
      { channel: 'api', status: 'sending', statement_count: valid.length, parent_batch_id: null, started_at: at },
      ['id'],
    );
    const batchId = Number(typeof batch === 'object' ? batch.id : batch);
    await trx('sor_submission_items').insert(valid.map((p, position) => ({ batch_id: batchId, position, statement_id: p.id })));
    await trx('sor_submissions')
      .whereIn(
        'statement_id',
        valid.map((p) => p.id),
      )
      .update({
        status: 'sending',
        batch_id: batchId,
        submitted_at: at,
        attempts: trx.raw('attempts + 1'),
        updated_at: at,
        version: trx.raw('version + 1'),
      });
    return { claimed: { batchId, startedAt: at, statements: valid }, refusedLocally };
  });
}

/** Records the database's answer for a claimed batch, in one transaction with its audit entry. */
async function recordAnswer(
  db: Knex,
  claimed: Claimed,
  answer: TdbAnswer,
  plan: BatchPlan,
  now: Date,
  parentBatchId: number | null,
): Promise<void> {
  await db.transaction(async (trx) => {
    const at = new Date().toISOString();
    const httpStatus = answer.httpStatus;
    const message = answer.kind === 'created' ? null : answer.message;
    await trx('sor_submission_batches')
      .where({ id: claimed.batchId })
      .update({
        status: plan.batchStatus,
        finished_at: at,
        http_status: httpStatus,
        error: message,
        parent_batch_id: parentBatchId,
        errors: answer.kind === 'invalid' ? JSON.stringify(answer.errors) : null,
      });
    for (const item of plan.items) {
      const s = claimed.statements[item.position]!;
      await trx('sor_submission_items')
        .where({ batch_id: claimed.batchId, position: item.position })
        .update({ outcome: item.outcome, errors: item.errors ? JSON.stringify(item.errors) : null });
      const submission = trx('sor_submissions').where({ statement_id: s.id, status: 'sending', batch_id: claimed.batchId });
      const common = { updated_at: at, version: trx.raw('version + 1') };
      switch (item.outcome) {
        case 'accepted':
        case 'duplicate':
          await submission.update({
            ...common,
            status: 'accepted',
            accepted_at: at,
            tdb_uuid: item.uuid,
            tdb_permalink: item.permalink,
            errors: null,
            error: item.outcome === 'duplicate' ? 'Already in the database: this PUID was submitted before' : null,
          });
          break;
        case 'refused':
          await submission.update({ ...common, status: 'refused', error: message, errors: JSON.stringify(item.errors ?? {}) });
          break;
        case 'split':
        case 'requeued':
          // Sent again in this run; if the process stops first, the next run takes it as any pending statement.
          await submission.update({
            ...common,
            status: 'pending',
            next_attempt_at: now.toISOString(),
            error: message,
            errors: item.errors ? JSON.stringify(item.errors) : null,
          });
          break;
        case 'failed': {
          const row: Pick<SorSubmissionsRow, 'attempts'> | undefined = await trx('sor_submissions')
            .where({ statement_id: s.id })
            .first('attempts');
          await submission.update({
            ...common,
            status: 'pending',
            error: message,
            next_attempt_at: new Date(now.getTime() + retryDelayMs(Number(row?.attempts ?? 1))).toISOString(),
          });
          break;
        }
      }
    }
    const count = (o: string) => plan.items.filter((i) => i.outcome === o).length;
    await appendAudit(trx, {
      actor: SYSTEM,
      action: 'statements-of-reasons.submit',
      entity: 'sor-submission-batches',
      entityId: claimed.batchId,
      after: {
        status: plan.batchStatus,
        httpStatus,
        statements: claimed.statements.length,
        accepted: count('accepted'),
        duplicates: count('duplicate'),
        refused: count('refused'),
        split: count('split'),
      },
      reason: message ?? 'Accepted by the Transparency Database',
      at: new Date(at),
    });
  });
}

/** Batches left `sending` by a stopped process go back to pending (the database may have stored them: a resend then answers "duplicate"). */
export async function releaseStaleSubmissions(db: Knex, now: Date, staleAfterMs = 10 * 60_000): Promise<number> {
  const before = new Date(now.getTime() - staleAfterMs).toISOString();
  return db.transaction(async (trx): Promise<number> => {
    const stale: number[] = (
      await trx('sor_submission_batches').where({ status: 'sending' }).where('started_at', '<', before).select('id')
    ).map((r: Pick<SorSubmissionBatchesRow, 'id'>) => Number(r.id));
    if (!stale.length) return 0;
    const at = now.toISOString();
    await trx('sor_submission_batches')
      .whereIn('id', stale)
      .update({ status: 'failed', finished_at: at, error: 'Interrupted: no answer was recorded' });
    await trx('sor_submission_items').whereIn('batch_id', stale).whereNull('outcome').update({ outcome: 'failed' });
    return Number(
      await trx('sor_submissions')
        .whereIn('batch_id', stale)
        .where({ status: 'sending' })
        .update({ status: 'pending', next_attempt_at: at, updated_at: at, version: trx.raw('version + 1') }),
    );
  });
}

export interface SubmissionSummary {
  batches: number;
  accepted: number;
  duplicates: number;
  refused: number;
  refusedLocally: number;
  failed: number;
  released: number;
  error?: string;
}

/**
 * One run of the `sor.submit` job: every pending statement that is due, 100 at a time; a refused batch is
 * bisected at once; the run stops at the first failure (the database down, our token refused).
 */
export async function submitPendingStatements(db: Knex, client: TdbClient, now = new Date(), maxBatches = 200): Promise<SubmissionSummary> {
  const summary: SubmissionSummary = {
    batches: 0,
    accepted: 0,
    duplicates: 0,
    refused: 0,
    refusedLocally: 0,
    failed: 0,
    released: await releaseStaleSubmissions(db, now),
  };
  const queue: { ids: number[]; parent: number }[] = [];
  while (summary.batches < maxBatches) {
    const next = queue.shift() ?? null;
    const { claimed, refusedLocally } = await claimBatch(db, now, next?.ids ?? null);
    summary.refusedLocally += refusedLocally;
    if (!claimed) {
      if (next) continue;
      break;
    }
    summary.batches++;
    // The call happens between the two transactions: never while holding one.
    const answer = await client.submit(claimed.statements.map((s) => s.payload));
    const plan = planAfterAnswer(
      claimed.statements.map((s) => s.puid),
      answer,
    );
    await recordAnswer(db, claimed, answer, plan, now, next?.parent ?? null);
    for (const i of plan.items) {
      if (i.outcome === 'accepted') summary.accepted++;
      if (i.outcome === 'duplicate') summary.duplicates++;
      if (i.outcome === 'refused') summary.refused++;
      if (i.outcome === 'failed') summary.failed++;
    }
    // Depth first: the halves of a refused batch go before any new work.
    queue.unshift(...plan.resend.map((positions) => ({ ids: positions.map((p) => claimed.statements[p]!.id), parent: claimed.batchId })));
    if (plan.stop) {
      summary.error = answer.kind === 'failed' ? answer.message : undefined;
      break;
    }
  }
  return summary;
}

/** Statements not yet accepted by the database (nor in flight), for the manual export (oldest first). */
export async function unsubmittedStatements(db: Knex, from: Date, to: Date): Promise<UnsubmittedStatementRow[]> {
  // A statement without a submission row (written outside issueStatement) has never been submitted either.
  return db('statements_of_reasons as s')
    .leftJoin('sor_submissions as x', 'x.statement_id', 's.id')
    .where((q) => q.whereIn('x.status', ['pending', 'refused']).orWhereNull('x.status'))
    .where('s.created_at', '>=', from.toISOString())
    .where('s.created_at', '<', to.toISOString())
    .orderBy('s.id')
    .select('s.*', 'x.status as submission_status', 'x.visibility_ended_on', 'x.service_ended_on', 'x.errors as submission_errors');
}

export interface MarkedSubmitted {
  marked: string[];
  skipped: { puid: string; code: 'not_found' | 'already_accepted' | 'in_flight' }[];
  batchId: number | null;
}

/**
 * A moderator records that statements were submitted outside the API (the database's webform, or the exported
 * file by another tool): they are accepted and never sent or exported again. One `manual` batch records it.
 */
export async function markSubmitted(
  trx: Knex.Transaction,
  puids: string[],
  staffId: number,
  note: string,
  now: Date,
): Promise<MarkedSubmitted> {
  const at = now.toISOString();
  const unique = [...new Set(puids)];
  const rows: (Pick<StatementsOfReasonsRow, 'id' | 'puid'> & { status: SorSubmissionsRow['status'] | null })[] = await trx(
    'statements_of_reasons as s',
  )
    .leftJoin('sor_submissions as x', 'x.statement_id', 's.id')
    .whereIn('s.puid', unique)
    .select('s.id', 's.puid', 'x.status');
  const byPuid = new Map(rows.map((r) => [r.puid, r]));
  const skipped: MarkedSubmitted['skipped'] = [];
  const ready: typeof rows = [];
  for (const puid of unique) {
    const r = byPuid.get(puid);
    if (!r) skipped.push({ puid, code: 'not_found' });
    else if (r.status === 'accepted') skipped.push({ puid, code: 'already_accepted' });
    else if (r.status === 'sending') skipped.push({ puid, code: 'in_flight' });
    else ready.push(r);
  }
  if (!ready.length) return { marked: [], skipped, batchId: null };
  const [batch] = await trx('sor_submission_batches').insert(
    {
      channel: 'manual',
      status: 'accepted',
      statement_count: ready.length,
      started_at: at,
      finished_at: at,
      created_by_staff_id: staffId,
      note,
    },
    ['id'],
  );
  const batchId = Number(typeof batch === 'object' ? batch.id : batch);
  await trx('sor_submission_items').insert(
    ready.map((r, position) => ({ batch_id: batchId, position, statement_id: r.id, outcome: 'accepted' })),
  );
  for (const r of ready) {
    // A statement issued before submissions were recorded has no row yet.
    if (r.status == null) await queueSubmission(trx, Number(r.id), now);
  }
  await trx('sor_submissions')
    .whereIn(
      'statement_id',
      ready.map((r) => r.id),
    )
    .whereIn('status', ['pending', 'refused'])
    .update({
      status: 'accepted',
      accepted_at: at,
      submitted_at: at,
      batch_id: batchId,
      attempts: trx.raw('attempts + 1'),
      error: null,
      errors: null,
      updated_at: at,
      version: trx.raw('version + 1'),
    });
  return { marked: ready.map((r) => r.puid), skipped, batchId };
}

/** A refused (or waiting) statement goes back to the queue at once: after a fix on our side, or the database's. */
export async function resubmit(trx: Knex.Transaction, statementId: number, now: Date): Promise<SorSubmissionsRow> {
  const row: SorSubmissionsRow | undefined = await trx('sor_submissions').where({ statement_id: statementId }).first();
  if (!row) throw notFound(`Statement ${statementId} has no submission record`);
  if (row.status === 'accepted')
    throw conflict('already_accepted', 'The Transparency Database already holds this statement: it is never sent twice');
  if (row.status === 'sending') throw conflict('in_flight', 'This statement is being sent right now');
  const at = now.toISOString();
  await trx('sor_submissions')
    .where({ statement_id: statementId })
    .update({ status: 'pending', next_attempt_at: at, updated_at: at, version: trx.raw('version + 1') });
  return trx('sor_submissions').where({ statement_id: statementId }).first();
}
