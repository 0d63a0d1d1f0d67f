// Reviews (GCU §8): published at once, reported by anyone, kept or removed by a moderator
// after the fact (with a statement of reasons), restorable, erased after three years.
import type { Knex } from 'knex';
import { forUpdate } from '../db/locks.ts';
import { toIso } from '../db/values.ts';
import { parisDate } from '../domain/calendar.ts';
import { languageOf, type DetectedLanguages } from '../tdb/languageDetector.ts';
import { TERMS_REVIEWS_CLAUSE, EU27 } from '../domain/dsa/tdb.ts';
import {
  deleteAfter,
  GROUND_CATEGORY,
  isPublishedLate,
  REPORT_SEVERITY,
  type RemovalGround,
  type ReportReason,
} from '../domain/reviews/reviewRules.ts';
import { conflict, notFound, ruleRefused } from '../http/errors.ts';
import * as texts from '../outbox/dsaMessages.ts';
import { activeMeasure } from './misuse.ts';
import { recordRestrictionEnded } from './sorSubmissions.ts';
import { authorContact, issueStatement } from './statements.ts';
import type { Ctx } from './ctx.ts';
import type { AccountsRow, DsaNoticesRow, OrdersRow, ReviewReportsRow, ReviewsRow, StatementsOfReasonsRow } from '../db/rows.generated.ts';
import { OPEN_NOTICE_STATUSES } from '../domain/dsa/noticeStates.ts';
import { reviewMoveRefusal, type ReviewMove } from '../domain/reviews/reviewStates.ts';

/** The review workflow table refuses a move from the wrong state (409, or 422 for the customer's own calls). */
function refuseWrongState(move: ReviewMove, review: Pick<ReviewsRow, 'status'>, as: typeof conflict | typeof ruleRefused): void {
  const refusal = reviewMoveRefusal(move, review.status);
  if (refusal) throw as(refusal.code, refusal.message);
}

const staffId = (ctx: Ctx) => (ctx.actor.kind === 'staff' ? ctx.actor.id : null);

export async function lockReview(trx: Knex.Transaction, id: number): Promise<ReviewsRow> {
  const review: ReviewsRow | undefined = await forUpdate(trx, trx('reviews').where({ id })).first();
  if (!review) throw notFound(`Review ${id} not found`);
  return review;
}

/** Recomputes the queue's counters from the open reports: the count and the highest severity. */
export async function refreshReportCounters(trx: Knex.Transaction, reviewId: number, at: string): Promise<void> {
  const open: Pick<ReviewReportsRow, 'severity'>[] = await trx('review_reports')
    .where({ review_id: reviewId, status: 'open' })
    .select('severity');
  await trx('reviews')
    .where({ id: reviewId })
    .update({
      report_count: open.length,
      severity: Math.max(0, ...open.map((r) => Number(r.severity))),
      updated_at: at,
      version: trx.raw('version + 1'),
    });
}

/** The undecided DSA notice that concerns this review, if any: its decision settles the review. */
export async function undecidedNoticeOn(
  trx: Knex | Knex.Transaction,
  reviewId: number,
): Promise<Pick<DsaNoticesRow, 'id' | 'reference'> | undefined> {
  return trx('review_reports as r')
    .join('dsa_notices as n', 'n.id', 'r.notice_id')
    .where('r.review_id', reviewId)
    .whereIn('n.status', OPEN_NOTICE_STATUSES)
    .first('n.id', 'n.reference');
}

async function refuseUnderNotice(trx: Knex.Transaction, reviewId: number): Promise<void> {
  const notice = await undecidedNoticeOn(trx, reviewId);
  if (notice)
    throw conflict(
      'open_dsa_notice',
      `DSA notice ${notice.reference} (#${notice.id}) concerns this review: decide the notice, so that the notifier is answered`,
    );
}

/** Tells each reporter what became of the review (notifiers of DSA notices get their Art. 16(5) answer instead). */
export async function resolveReports(ctx: Ctx, reviewId: number, outcome: 'upheld' | 'dismissed', onlyNoticeId?: number): Promise<number> {
  const at = ctx.now.toISOString();
  const q = ctx.trx('review_reports').where({ review_id: reviewId, status: 'open' });
  if (onlyNoticeId) q.where({ notice_id: onlyNoticeId });
  const reports: ReviewReportsRow[] = await q.select('*');
  if (!reports.length) return 0;
  await ctx
    .trx('review_reports')
    .whereIn(
      'id',
      reports.map((r) => r.id),
    )
    .update({ status: outcome, resolved_at: at, resolved_by_staff_id: staffId(ctx), updated_at: at, version: ctx.trx.raw('version + 1') });
  for (const r of reports.filter((x) => !x.notice_id)) {
    const account: Pick<AccountsRow, 'email' | 'locale'> | undefined | null = r.reporter_account_id
      ? await ctx.trx('accounts').where({ id: r.reporter_account_id, status: 'active' }).first('email', 'locale')
      : null;
    const email = account?.email ?? r.reporter_email;
    if (email)
      await ctx.queue(
        texts.reportOutcome(
          { email, locale: account?.locale === 'en' ? 'en' : 'fr', accountId: r.reporter_account_id },
          r.id,
          outcome === 'upheld' ? 'removed' : 'kept',
        ),
      );
  }
  await refreshReportCounters(ctx.trx, reviewId, at);
  return reports.length;
}

/**
 * The author edits their review (GCU §8: readers see its date and its updates): a published review
 * takes the new rating or comment, and `content_updated_at` shows the update.
 */
export async function updateReview(
  ctx: Ctx,
  id: number,
  input: { accountId: number; rating?: number; comment?: string | null },
): Promise<{ before: ReviewsRow; after: ReviewsRow }> {
  const { trx, now } = ctx;
  const review = await lockReview(trx, id);
  if (review.account_id !== input.accountId)
    throw ruleRefused('not_the_author', 'Only the author can edit a review', { accountId: 'not the author' });
  refuseWrongState('edit', review, conflict);
  const author: Pick<AccountsRow, 'status'> | undefined = await trx('accounts').where({ id: input.accountId }).first('status');
  if (author?.status !== 'active') throw ruleRefused('account_inactive', 'A deactivated account cannot edit a review');
  const change: Partial<Pick<ReviewsRow, 'rating' | 'comment'>> = {};
  if (input.rating !== undefined && input.rating !== review.rating) change.rating = input.rating;
  if (input.comment !== undefined && (input.comment?.trim() || null) !== review.comment) change.comment = input.comment?.trim() || null;
  if (!Object.keys(change).length) return { before: review, after: review };
  const at = now.toISOString();
  await trx('reviews')
    .where({ id })
    .update({ ...change, content_updated_at: at, updated_at: at, version: review.version + 1 });
  return { before: review, after: await trx('reviews').where({ id }).first() };
}

export async function createReview(
  ctx: Ctx,
  input: { accountId: number; rating: number; comment?: string; orderId?: number; collectedAt?: string },
): Promise<ReviewsRow> {
  const { trx, now } = ctx;
  const account: Pick<AccountsRow, 'id' | 'status'> | undefined = await trx('accounts')
    .where({ id: input.accountId })
    .first('id', 'status');
  if (!account) throw notFound(`Account ${input.accountId} not found`);
  if (account.status !== 'active') throw ruleRefused('account_inactive', 'A deactivated account cannot post a review');
  if (input.orderId != null) {
    const order: Pick<OrdersRow, 'account_id'> | undefined = await trx('orders').where({ id: input.orderId }).first('account_id');
    if (!order || order.account_id !== input.accountId)
      throw ruleRefused('order_not_of_account', "The order reviewed must be one of this account's orders", {
        orderId: 'not an order of this account',
      });
  }
  const collectedAt = input.collectedAt ? new Date(input.collectedAt) : now;
  if (collectedAt > now)
    throw ruleRefused('collected_in_future', 'A review cannot be collected in the future', { collectedAt: 'in the future' });
  const suspension = await activeMeasure(trx, { subject: 'author', accountId: input.accountId }, 'suspension', now);
  if (suspension)
    throw ruleRefused(
      'author_suspended',
      `This account may not post reviews until ${toIso(suspension.ends_at)!.slice(0, 10)} (suspension for misuse)`,
    );
  // Published when received (GCU §8: no moderation before publication); flagged when that is more than a month after collection.
  const at = now.toISOString();
  const [row] = await trx('reviews').insert(
    {
      account_id: input.accountId,
      order_id: input.orderId ?? null,
      rating: input.rating,
      comment: input.comment?.trim() || null,
      status: 'published',
      collected_at: collectedAt.toISOString(),
      published_at: at,
      published_late: isPublishedLate(collectedAt, now),
      delete_after: deleteAfter(now).toISOString(),
      report_count: 0,
      severity: 0,
      created_at: at,
      updated_at: at,
      version: 1,
    },
    '*',
  );
  return row;
}

export async function reportReview(
  ctx: Ctx,
  input: { reviewId: number; reason: ReportReason; reporterAccountId?: number; note?: string },
): Promise<ReviewReportsRow> {
  const { trx, now } = ctx;
  const review = await lockReview(trx, input.reviewId);
  refuseWrongState('report', review, ruleRefused);
  if (input.reporterAccountId != null) {
    const reporter: Pick<AccountsRow, 'id' | 'email' | 'status'> | undefined = await trx('accounts')
      .where({ id: input.reporterAccountId })
      .first('id', 'email', 'status');
    if (!reporter)
      throw ruleRefused('unknown_reporter', `Account ${input.reporterAccountId} not found`, { reporterAccountId: 'unknown account' });
    if (await activeMeasure(trx, { subject: 'notifier', notifierEmail: reporter.email }, 'suspension', now)) {
      throw ruleRefused('reporter_suspended', 'Reports from this account are suspended for misuse (Art. 23(2))');
    }
    const again: Pick<ReviewReportsRow, 'id'> | undefined = await trx('review_reports')
      .where({ review_id: review.id, reporter_account_id: reporter.id, status: 'open' })
      .first('id');
    if (again) throw conflict('already_reported', `This account already reported review ${review.id} (report #${again.id})`);
  }
  const at = now.toISOString();
  const severity = REPORT_SEVERITY[input.reason];
  const [row] = await trx('review_reports').insert(
    {
      review_id: review.id,
      reporter_account_id: input.reporterAccountId ?? null,
      reason: input.reason,
      note: input.note ?? null,
      severity,
      status: 'open',
      created_at: at,
      updated_at: at,
      version: 1,
    },
    '*',
  );
  await trx('reviews')
    .where({ id: review.id })
    .update({
      report_count: Number(review.report_count) + 1,
      severity: Math.max(Number(review.severity), severity),
      last_reported_at: at,
      updated_at: at,
      version: trx.raw('version + 1'),
    });
  return row;
}

/** Keep: the reports are dismissed, the reporters told. */
export async function keepReview(ctx: Ctx, id: number): Promise<ReviewsRow> {
  const review = await lockReview(ctx.trx, id);
  refuseWrongState('keep', review, conflict);
  await refuseUnderNotice(ctx.trx, id);
  const n = await resolveReports(ctx, id, 'dismissed');
  if (!n) throw conflict('not_reported', 'This review has no open report to dismiss');
  return ctx.trx('reviews').where({ id }).first();
}

/**
 * Remove on a GCU §8 ground: the review, its statement of reasons and the messages, together.
 * `contentLanguage`: the TDB code the moderator confirmed or corrected (null: none); absent, it is detected from the text.
 */
export async function removeReview(
  ctx: Ctx,
  id: number,
  input: {
    ground: RemovalGround;
    note: string;
    manifestlyIllegal?: boolean;
    contentLanguage?: string | null;
    /** The text's language, detected before the transaction (the action's `prepare`). */
    detectedLanguages?: DetectedLanguages;
  },
): Promise<{ review: ReviewsRow; statement: StatementsOfReasonsRow }> {
  const { trx, now } = ctx;
  const review = await lockReview(trx, id);
  refuseWrongState('remove', review, conflict);
  await refuseUnderNotice(trx, id);
  const at = now.toISOString();
  const reported = Number(review.report_count) > 0;
  await trx('reviews')
    .where({ id })
    .update({
      status: 'removed',
      removal_ground: input.ground,
      removal_note: input.note,
      removed_at: at,
      removed_by_staff_id: staffId(ctx),
      updated_at: at,
      version: trx.raw('version + 1'),
    });
  await resolveReports(ctx, id, 'upheld');
  const mapping = GROUND_CATEGORY[input.ground];
  const statement = await issueStatement(ctx, {
    noticeId: null,
    reviewId: id,
    accountId: review.account_id,
    visibility: 'DECISION_VISIBILITY_CONTENT_REMOVED',
    provision: null,
    endDateService: null,
    ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    termsClause: TERMS_REVIEWS_CLAUSE,
    explanation: input.note,
    category: mapping.category,
    keywords: mapping.keyword ? [mapping.keyword] : null,
    territorialScope: [...EU27],
    contentLanguage:
      input.contentLanguage !== undefined ? input.contentLanguage : await languageOf(review.comment, input.detectedLanguages),
    // Paris calendar days, the platform's (docs/TRUST-SAFETY.md "Statement dates").
    contentDate: parisDate(new Date(toIso(review.published_at)!)),
    applicationDate: parisDate(now),
    facts: reported
      ? 'Users reported the review; a moderator examined it and removed it because it breaks the terms of use on reviews.'
      : 'A moderator found the review on their own initiative and removed it because it breaks the terms of use on reviews.',
    sourceType: reported ? 'SOURCE_TYPE_OTHER_NOTIFICATION' : 'SOURCE_VOLUNTARY',
    automatedDetection: false,
    automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    manifestlyIllegal: input.manifestlyIllegal ?? false,
    staffId: staffId(ctx),
  });
  return { review: await trx('reviews').where({ id }).first(), statement };
}

/** Undo a removal (a mistake, an upheld complaint): the review is published again and its author told. */
export async function restoreReview(ctx: Ctx, id: number, note: string): Promise<ReviewsRow> {
  const { trx, now } = ctx;
  const review = await lockReview(trx, id);
  refuseWrongState('restore', review, conflict);
  if (new Date(toIso(review.delete_after)!) <= now)
    throw ruleRefused('retention_expired', 'This review is past its 3-year retention: it cannot be published again');
  const at = now.toISOString();
  await trx('reviews')
    .where({ id })
    .update({
      status: 'published',
      removal_ground: null,
      removal_note: null,
      removed_at: null,
      removed_by_staff_id: null,
      updated_at: at,
      version: trx.raw('version + 1'),
    });
  // The visibility restriction ended today: a statement not yet submitted says so (docs/TRUST-SAFETY.md "Reversed decisions").
  const statementRows: Pick<StatementsOfReasonsRow, 'id'>[] = await trx('statements_of_reasons').where({ review_id: id }).select('id');
  const statements = statementRows.map((r) => Number(r.id));
  await recordRestrictionEnded(trx, statements, 'visibility', parisDate(now), now);
  const contact = await authorContact(trx, review.account_id);
  if (contact) await ctx.queue(texts.reviewRestored(contact, id, note, now));
  return trx('reviews').where({ id }).first();
}

/** Bulk keep: each review in turn, in one transaction; those that cannot be kept are listed with the reason. */
export async function dismissReports(ctx: Ctx, ids: number[]): Promise<{ dismissed: number[]; skipped: { id: number; code: string }[] }> {
  const dismissed: number[] = [];
  const skipped: { id: number; code: string }[] = [];
  for (const id of [...new Set(ids)]) {
    const review: Pick<ReviewsRow, 'status'> | undefined = await ctx.trx('reviews').where({ id }).first('status');
    if (!review) {
      skipped.push({ id, code: 'not_found' });
      continue;
    }
    const wrongState = reviewMoveRefusal('keep', review.status);
    if (wrongState) {
      skipped.push({ id, code: wrongState.code });
      continue;
    }
    if (await undecidedNoticeOn(ctx.trx, id)) {
      skipped.push({ id, code: 'open_dsa_notice' });
      continue;
    }
    await lockReview(ctx.trx, id);
    if (await resolveReports(ctx, id, 'dismissed')) dismissed.push(id);
    else skipped.push({ id, code: 'not_reported' });
  }
  return { dismissed, skipped };
}
