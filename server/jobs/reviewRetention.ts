// GCU §8: a review is kept at most three years after publication. The job erases the text of
// every review past `delete_after`, closes its open reports, and reports what it removed.
import type { Knex } from 'knex';
import { appendAudit } from '../audit/auditLog.ts';
import { SYSTEM } from '../domain/actor.ts';
import { recordJobRun } from './jobRuns.ts';

const BATCH = 500;

/** The CLI's entry: one recorded run. */
export const expireReviews = (db: Knex, now = new Date()) => recordJobRun(db, 'reviews.expire', () => expireDueReviews(db, now), now);

export async function expireDueReviews(db: Knex, now = new Date()): Promise<{ expired: number; ids: number[] }> {
  const at = now.toISOString();
  const ids: number[] = [];
  for (;;) {
    const batch = await db.transaction(async (trx) => {
      const due: number[] = (
        await trx('reviews')
          .whereIn('status', ['published', 'removed'])
          .where('delete_after', '<=', at)
          .orderBy('id')
          .limit(BATCH)
          .select('id')
      ).map((r: { id: number }) => r.id);
      if (!due.length) return due;
      await trx('reviews')
        .whereIn('id', due)
        .update({ status: 'expired', comment: null, report_count: 0, severity: 0, updated_at: at, version: trx.raw('version + 1') });
      await trx('review_reports')
        .whereIn('review_id', due)
        .where({ status: 'open' })
        .update({ status: 'dismissed', resolved_at: at, updated_at: at, version: trx.raw('version + 1') });
      await appendAudit(trx, {
        actor: SYSTEM,
        action: 'reviews.expire',
        entity: 'reviews',
        entityId: due.length === 1 ? due[0] : `${due[0]}..${due.at(-1)}`,
        after: { status: 'expired', ids: due },
        reason: 'Retention: 3 years after publication (GCU §8)',
        at: now,
      });
      return due;
    });
    ids.push(...batch);
    if (batch.length < BATCH) break;
  }
  return { expired: ids.length, ids: ids.slice(0, 1000) };
}
