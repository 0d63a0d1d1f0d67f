import { z } from 'zod';
import { LANGUAGES } from '../domain/dsa/tdb.ts';
import { REVIEW_REMOVAL_GROUNDS } from '../domain/enums.ts';
import { rowToRecord } from '../rest/fields.ts';
import { reviews } from '../rest/resources/trust.ts';
import type { ReviewsRow } from '../db/rows.generated.ts';
import { dismissReports, keepReview, removeReview, restoreReview } from '../services/reviews.ts';
import { detectBeforehand } from '../tdb/languageDetector.ts';
import { defineAction } from './action.ts';

const record = (row: object) => rowToRecord(reviews.fields, row);

export const keepReviewAction = defineAction({
  resource: 'reviews',
  name: 'keep',
  summary: 'Keep a reported review: its open reports are dismissed and the reporters told',
  idempotencyKey: 'optional',
  body: z.strictObject({ note: z.string().trim().max(2000).optional() }),
  run: async (ctx) => {
    const review = record(await keepReview(ctx, Number(ctx.id)));
    return {
      result: review,
      audit: { after: { status: review.status, reportCount: 0 }, reason: ctx.body.note ?? 'Does not break the terms (GCU §8)' },
    };
  },
});

export const removeReviewAction = defineAction({
  resource: 'reviews',
  name: 'remove',
  summary: 'Remove a review on a GCU §8 ground; issues the statement of reasons and tells the author and the reporters',
  idempotencyKey: 'optional',
  body: z.strictObject({
    ground: z.enum(REVIEW_REMOVAL_GROUNDS),
    note: z.string().trim().min(10, 'explain why the review breaks the terms (10 characters at least): the author receives it').max(2000),
    manifestlyIllegal: z.boolean().optional(),
    // The language of the review's text for the statement (TDB code; null: none); absent, it is detected.
    contentLanguage: z
      .enum(LANGUAGES as [string, ...string[]])
      .nullable()
      .optional(),
  }),
  // The text's language is detected before the transaction (a worker thread: server/tdb/languageDetector.ts).
  prepare: async ({ db, id, body }) => {
    if (body.contentLanguage !== undefined) return undefined;
    const review: Pick<ReviewsRow, 'comment'> | undefined = await db('reviews')
      .where({ id: Number(id) })
      .first('comment');
    return detectBeforehand([review?.comment]);
  },
  run: async (ctx) => {
    const { review, statement } = await removeReview(ctx, Number(ctx.id), { ...ctx.body, detectedLanguages: ctx.prepared });
    return {
      result: { ...record(review), statementId: statement.id, statementPuid: statement.puid },
      audit: {
        before: { status: 'published' },
        after: { status: 'removed', removalGround: ctx.body.ground, statementId: statement.id },
        reason: ctx.body.note,
      },
    };
  },
});

export const restoreReviewAction = defineAction({
  resource: 'reviews',
  name: 'restore',
  summary: 'Publish a removed review again (the author is told)',
  idempotencyKey: 'optional',
  body: z.strictObject({ note: z.string().trim().min(3, 'say why').max(2000) }),
  run: async (ctx) => {
    const review = record(await restoreReview(ctx, Number(ctx.id), ctx.body.note));
    return { result: review, audit: { before: { status: 'removed' }, after: { status: 'published' }, reason: ctx.body.note } };
  },
});

export const dismissReportsAction = defineAction({
  resource: 'reviews',
  name: 'dismiss-reports',
  collection: true,
  summary: 'Keep several reported reviews at once (one transaction); lists those skipped and why',
  idempotencyKey: 'optional',
  body: z.strictObject({ ids: z.array(z.number().int().positive()).min(1).max(100), note: z.string().trim().max(2000).optional() }),
  run: async (ctx) => {
    const outcome = await dismissReports(ctx, ctx.body.ids);
    return {
      result: outcome,
      audit: {
        entity: 'reviews',
        entityId: outcome.dismissed.join(',') || '-',
        after: outcome,
        reason: ctx.body.note ?? 'Bulk dismissal of reports',
      },
    };
  },
});

export const REVIEW_ACTIONS = [keepReviewAction, removeReviewAction, restoreReviewAction, dismissReportsAction];
