import { z } from 'zod';
import { parisDate } from '../domain/calendar.ts';
import { CATEGORIES, EEA, EU27, KEYWORDS, LANGUAGES, TERMS_REVIEWS_CLAUSE } from '../domain/dsa/tdb.ts';
import { DSA_AUTOMATED_DECISIONS } from '../domain/enums.ts';
import { conflict, forbidden, notFound, ruleRefused } from '../http/errors.ts';
import { rowToRecord } from '../rest/fields.ts';
import { dsaComplaints, dsaNotices, lawEnforcementReferrals, misuseMeasures } from '../rest/resources/trust.ts';
import { resolveComplaint } from '../services/dsaComplaints.ts';
import { claimNotice, decideNotice, escalateNotice, noticeLanguagesBeforehand, releaseNotice } from '../services/dsaNotices.ts';
import { recordMeasure } from '../services/misuse.ts';
import { recordRestrictionEnded } from '../services/sorSubmissions.ts';
import { issueStatement } from '../services/statements.ts';
import { defineAction, type ActionContext } from './action.ts';

const notice = (row: object) => rowToRecord(dsaNotices.fields, row);
const text = (min: number, what: string, max = 2000) => z.string().trim().min(min, `${what} (${min} characters at least)`).max(max);

export const claimNoticeAction = defineAction({
  resource: 'dsa-notices',
  name: 'claim',
  summary: 'Take a notice (row lock: other moderators cannot decide it for 30 minutes)',
  idempotencyKey: 'optional',
  body: z.strictObject({}),
  run: async (ctx) => ({ result: notice(await claimNotice(ctx, Number(ctx.id))), audit: { after: { status: 'in_review' } } }),
});

export const releaseNoticeAction = defineAction({
  resource: 'dsa-notices',
  name: 'release',
  summary: 'Give a claimed notice back to the queue',
  idempotencyKey: 'optional',
  body: z.strictObject({}),
  run: async (ctx) => ({ result: notice(await releaseNotice(ctx, Number(ctx.id))), audit: { after: { status: 'received' } } }),
});

const restriction = {
  visibility: z
    .enum(['DECISION_VISIBILITY_CONTENT_REMOVED', 'DECISION_VISIBILITY_CONTENT_DISABLED'])
    .default('DECISION_VISIBILITY_CONTENT_REMOVED'),
  ground: z.enum(['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT']),
  legalGround: z.string().trim().min(3).max(500).optional(),
  // The law relied upon (decision_ground_reference_url): an illegal-content ground only; a terms ground cites our terms.
  legalReferenceUrl: z
    .url({ protocol: /^https?$/, error: 'a web address (https://…) of the law relied upon' })
    .max(500)
    .optional(),
  termsClause: z.string().trim().min(3).max(500).optional(),
  explanation: text(30, 'explain why this content is illegal or breaks the terms — no boilerplate'),
  category: z.enum(CATEGORIES as [string, ...string[]]),
  keywords: z
    .array(z.enum(KEYWORDS as [string, ...string[]]))
    .max(10)
    .optional(),
  territorialScope: z.array(z.enum(EEA)).min(1).max(30),
  facts: text(30, 'the facts and circumstances, without personal data', 5000),
  manifestlyIllegal: z.boolean().optional(),
  // Review id → the language of its text, as the moderator confirmed or corrected it (null: none); a review left out is detected.
  contentLanguages: z.record(z.string().regex(/^\d+$/, 'a review id'), z.enum(LANGUAGES as [string, ...string[]]).nullable()).optional(),
};
const automation = { automatedDetection: z.boolean(), automatedDecision: z.enum(DSA_AUTOMATED_DECISIONS) };

export const decideBody = z
  .discriminatedUnion('decision', [
    z.strictObject({
      decision: z.literal('no_action'),
      note: text(20, 'say why the content stays'),
      manifestlyUnfounded: z.boolean().optional(),
      ...automation,
    }),
    z.strictObject({ decision: z.literal('visibility_restriction'), ...restriction, ...automation }),
    z.strictObject({
      decision: z.literal('service_suspension'),
      suspensionDays: z.number().int().min(1).max(365),
      ...restriction,
      ...automation,
    }),
  ])
  .superRefine((b, issue) => {
    if (b.decision === 'no_action') return;
    if (b.ground === 'DECISION_GROUND_ILLEGAL_CONTENT' && !b.legalGround)
      issue.addIssue({ code: 'custom', path: ['legalGround'], message: 'name the law the content breaks (Art. 17(3)(d))' });
    if (b.ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT' && b.legalReferenceUrl)
      issue.addIssue({
        code: 'custom',
        path: ['legalReferenceUrl'],
        message: "a terms ground cites our terms: the law's address goes with an illegal-content ground only",
      });
  })
  .transform((b) =>
    b.decision !== 'no_action' && b.ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT'
      ? { ...b, termsClause: b.termsClause ?? TERMS_REVIEWS_CLAUSE }
      : b,
  );

export const decideNoticeAction = defineAction({
  resource: 'dsa-notices',
  name: 'decide',
  summary: 'Decide a notice: no action, or a restriction with its statements of reasons; the notifier and the author are told',
  idempotencyKey: 'optional',
  body: decideBody,
  // The reviews' languages are detected before the transaction (a worker thread: server/tdb/languageDetector.ts).
  prepare: ({ db, id, body }) => (body.decision === 'no_action' ? Promise.resolve(undefined) : noticeLanguagesBeforehand(db, Number(id))),
  run: async (ctx) => {
    const { notice: row, statements } = await decideNotice(ctx, Number(ctx.id), { ...ctx.body, detectedLanguages: ctx.prepared });
    const record = notice(row);
    return {
      result: { ...record, statements: statements.map((s) => ({ id: s.id, puid: s.puid })) },
      audit: {
        before: { status: 'in_review' },
        after: { decision: record.decision, statements: statements.map((s) => s.puid) },
        reason: record.decisionNote as string,
      },
    };
  },
});

export const escalateNoticeAction = defineAction({
  resource: 'dsa-notices',
  name: 'escalate',
  summary: 'Refer a suspected threat to life or safety to law enforcement (Art. 18): records what was sent and alerts the admins',
  idempotencyKey: 'optional',
  resultResource: 'law-enforcement-referrals',
  body: z.strictObject({
    authority: text(3, 'the authority', 200),
    memberState: z.enum(EEA),
    note: text(10, 'what you told them'),
    authorityReference: z.string().trim().max(200).optional(),
  }),
  run: async (ctx) => {
    const referral = rowToRecord(lawEnforcementReferrals.fields, await escalateNotice(ctx, Number(ctx.id), ctx.body));
    return {
      result: referral,
      audit: {
        after: { referralId: referral.id, authority: ctx.body.authority, memberState: ctx.body.memberState },
        reason: ctx.body.note,
      },
    };
  },
});

export const resolveComplaintAction = defineAction({
  resource: 'dsa-complaints',
  name: 'resolve',
  summary: 'Decide a complaint (a human, not the original decider): upheld reverses the decision',
  idempotencyKey: 'optional',
  body: z.strictObject({ outcome: z.enum(['upheld', 'rejected']), note: text(20, 'the reasons sent to the complainant') }),
  run: async (ctx) => {
    const c = rowToRecord(dsaComplaints.fields, await resolveComplaint(ctx, Number(ctx.id), ctx.body));
    return { result: c, audit: { before: { status: 'open' }, after: { status: c.status }, reason: ctx.body.note } };
  },
});

const measureBody = {
  // A moderator sees notifiers' e-mails masked (docs/ACCOUNTS.md "Masking"): one of the notifier's notices names them.
  subject: z.enum(['notifier', 'author']),
  notifierEmail: z.email().max(254).optional(),
  noticeId: z.number().int().positive().optional(),
  accountId: z.number().int().positive().optional(),
  reason: text(10, 'the reason given to the person'),
  gravity: z.enum(['low', 'medium', 'high']),
  intent: z.string().trim().max(1000).optional(),
};
const subjectGiven = (b: { subject: string; notifierEmail?: string; noticeId?: number; accountId?: number }) =>
  b.subject === 'notifier' ? !!b.notifierEmail || !!b.noticeId : !!b.accountId;
const subjectIssue = {
  path: ['subject'],
  message: 'a notifier needs notifierEmail or noticeId (one of their notices), an author accountId',
};

/** The notifier named by one of their notices. */
async function notifierOf(ctx: ActionContext<{ noticeId?: number; notifierEmail?: string }>): Promise<string | undefined> {
  if (ctx.body.notifierEmail || !ctx.body.noticeId) return ctx.body.notifierEmail;
  const notice = await ctx.trx('dsa_notices').where({ id: ctx.body.noticeId }).first('notifier_email');
  if (!notice) throw notFound(`DSA notice ${ctx.body.noticeId} not found`);
  if (!notice.notifier_email)
    throw ruleRefused('anonymous_notifier', 'This notice was sent anonymously: there is no notifier to warn or suspend', {
      noticeId: 'anonymous',
    });
  return notice.notifier_email;
}

/** A warning's body has no `days`; a suspension's has. */
async function measure(ctx: ActionContext<z.infer<typeof warnBody> & { days?: number }>, kind: 'warning' | 'suspension') {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const row = await recordMeasure(ctx.trx, kind, { ...ctx.body, notifierEmail: await notifierOf(ctx) }, ctx.actor.id, ctx.now);
  if (kind === 'suspension' && ctx.body.subject === 'author') {
    // Suspending an author restricts the service: a statement of reasons (Art. 17(1)(c)).
    const account = await ctx.trx('accounts').where({ id: ctx.body.accountId }).first('created_at');
    const statement = await issueStatement(ctx, {
      noticeId: null,
      reviewId: null,
      accountId: ctx.body.accountId!,
      visibility: null,
      provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION',
      endDateService: parisDate(new Date(row.ends_at instanceof Date ? row.ends_at.toISOString() : String(row.ends_at))),
      ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      termsClause: `${TERMS_REVIEWS_CLAUSE}; misuse policy (DSA Art. 23)`,
      explanation: ctx.body.reason,
      category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
      territorialScope: [...EU27],
      // The restriction is on the account, not on one text: no content language (the TDB field is nullable); Paris days.
      contentLanguage: null,
      contentDate: parisDate(
        new Date(String(account?.created_at instanceof Date ? account.created_at.toISOString() : account?.created_at)),
      ),
      applicationDate: parisDate(ctx.now),
      facts:
        'After a prior warning, the account kept posting reviews that were manifestly illegal; posting reviews is suspended for a limited time.',
      sourceType: 'SOURCE_VOLUNTARY',
      automatedDetection: false,
      automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
      manifestlyIllegal: false,
      staffId: ctx.actor.id,
    });
    await ctx.trx('misuse_measures').where({ id: row.id }).update({ statement_id: statement.id });
    row.statement_id = statement.id;
  }
  const record = rowToRecord(misuseMeasures.fields, row);
  return { result: record, audit: { entity: 'misuse-measures', entityId: record.id as number, after: record, reason: ctx.body.reason } };
}

const warnBody = z.strictObject(measureBody).refine(subjectGiven, subjectIssue);
const suspendBody = z.strictObject({ ...measureBody, days: z.number().int().min(1).max(365) }).refine(subjectGiven, subjectIssue);

export const warnAction = defineAction({
  resource: 'misuse-measures',
  name: 'warn',
  collection: true,
  summary: 'Warn a notifier or an author about manifest misuse (Art. 23): required before a suspension',
  idempotencyKey: 'optional',
  body: warnBody,
  run: (ctx) => measure(ctx, 'warning'),
});

export const suspendAction = defineAction({
  resource: 'misuse-measures',
  name: 'suspend',
  collection: true,
  summary: "Suspend, for a limited time and after a warning, a notifier's notices or an author's reviews (Art. 23)",
  idempotencyKey: 'optional',
  body: suspendBody,
  run: (ctx) => measure(ctx, 'suspension'),
});

export const liftAction = defineAction({
  resource: 'misuse-measures',
  name: 'lift',
  summary: 'End a misuse measure early',
  idempotencyKey: 'optional',
  body: z.strictObject({ note: text(3, 'say why') }),
  run: async (ctx) => {
    const at = ctx.now.toISOString();
    const n = await ctx
      .trx('misuse_measures')
      .where({ id: Number(ctx.id) })
      .whereNull('lifted_at')
      .update({ lifted_at: at, updated_at: at, version: ctx.trx.raw('version + 1') });
    if (!n) throw conflict('not_active', 'This measure does not exist or was already lifted');
    const row = await ctx
      .trx('misuse_measures')
      .where({ id: Number(ctx.id) })
      .first();
    // A suspension's statement not yet submitted ends the service restriction today (docs/TRUST-SAFETY.md "Reversed decisions").
    if (row.statement_id) await recordRestrictionEnded(ctx.trx, [Number(row.statement_id)], 'service', parisDate(ctx.now), ctx.now);
    const record = rowToRecord(misuseMeasures.fields, row);
    return { result: record, audit: { after: { liftedAt: at }, reason: ctx.body.note } };
  },
});

export const DSA_ACTIONS = [
  claimNoticeAction,
  releaseNoticeAction,
  decideNoticeAction,
  escalateNoticeAction,
  resolveComplaintAction,
  warnAction,
  suspendAction,
  liftAction,
];
