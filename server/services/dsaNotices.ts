// Deciding DSA notices (Art. 16(5)-(6), 17, 18): the row lock, the decision with its restriction,
// statements and messages in one transaction, and the law-enforcement referral.
import type {
  DsaComplaintsRow,
  DsaNoticesRow,
  LawEnforcementReferralsRow,
  ReviewsRow,
  StaffRow,
  StatementsOfReasonsRow,
  TrustedFlaggersRow,
} from '../db/rows.generated.ts';
import type { Knex } from 'knex';
import { forUpdate } from '../db/locks.ts';
import { parseJson, toBool, toIso } from '../db/values.ts';
import { parisDate } from '../domain/calendar.ts';
import { claimHeldByOther, parseLocation } from '../domain/dsa/noticeRules.ts';
import { conflict, forbidden, notFound, ruleRefused } from '../http/errors.ts';
import * as texts from '../outbox/dsaMessages.ts';
import { evidenceBundle } from './evidence.ts';
import { alertStaff } from './dsaIntake.ts';
import { refreshReportCounters, resolveReports } from './reviews.ts';
import { issueStatement } from './statements.ts';
import { detectBeforehand, languageOf, type DetectedLanguages } from '../tdb/languageDetector.ts';
import type { Ctx } from './ctx.ts';
import { noticeMoveRefusal, type NoticeMove } from '../domain/dsa/noticeStates.ts';

export interface DecideInput {
  decision: 'no_action' | 'visibility_restriction' | 'service_suspension';
  note?: string;
  manifestlyUnfounded?: boolean;
  visibility?: 'DECISION_VISIBILITY_CONTENT_REMOVED' | 'DECISION_VISIBILITY_CONTENT_DISABLED';
  suspensionDays?: number;
  ground?: 'DECISION_GROUND_ILLEGAL_CONTENT' | 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  legalGround?: string;
  legalReferenceUrl?: string;
  termsClause?: string;
  explanation?: string;
  category?: string;
  keywords?: string[];
  territorialScope?: string[];
  facts?: string;
  manifestlyIllegal?: boolean;
  /** Review id → the TDB language code the moderator confirmed or corrected (null: none); a review left out is detected. */
  contentLanguages?: Record<string, string | null>;
  /** The reviews' languages, detected before the transaction (the action's `prepare`: noticeLanguagesBeforehand). */
  detectedLanguages?: DetectedLanguages;
  automatedDetection: boolean;
  automatedDecision: string;
}

/** The language of a review's text as the statement declares it: the moderator's word, else the detection (docs/TRUST-SAFETY.md "Content language"). */
export async function contentLanguageOf(
  review: { id: number; comment: string | null },
  chosen: Record<string, string | null> | undefined,
  detected: DetectedLanguages | undefined,
): Promise<string | null> {
  return chosen && Object.hasOwn(chosen, String(review.id)) ? (chosen[String(review.id)] ?? null) : languageOf(review.comment, detected);
}

const me = (ctx: Ctx): number => {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  return ctx.actor.id;
};

export async function lockNotice(trx: Knex.Transaction, id: number): Promise<DsaNoticesRow> {
  const notice: DsaNoticesRow | undefined = await forUpdate(trx, trx('dsa_notices').where({ id })).first();
  if (!notice) throw notFound(`DSA notice ${id} not found`);
  return notice;
}

async function refuseIfHeld(ctx: Ctx, notice: DsaNoticesRow): Promise<void> {
  if (!claimHeldByOther(notice.locked_by_staff_id, notice.locked_at ? new Date(toIso(notice.locked_at)!) : null, me(ctx), ctx.now)) return;
  const holder: Pick<StaffRow, 'name'> | undefined = await ctx.trx('staff').where({ id: notice.locked_by_staff_id }).first('name');
  throw conflict(
    'locked_by_other',
    `${holder?.name ?? `Staff #${notice.locked_by_staff_id}`} is working on this notice (claimed at ${toIso(notice.locked_at)!.slice(11, 16)} UTC)`,
  );
}

/** 409 when the notice is not in a state the move leaves from (the notice workflow table). */
function refuseWrongState(move: NoticeMove, notice: DsaNoticesRow): void {
  const refusal = noticeMoveRefusal(move, notice.status);
  if (refusal) throw conflict(refusal.code, refusal.message);
}

export async function claimNotice(ctx: Ctx, id: number): Promise<DsaNoticesRow> {
  const notice = await lockNotice(ctx.trx, id);
  refuseWrongState('claim', notice);
  await refuseIfHeld(ctx, notice);
  const at = ctx.now.toISOString();
  await ctx
    .trx('dsa_notices')
    .where({ id })
    .update({ status: 'in_review', locked_by_staff_id: me(ctx), locked_at: at, updated_at: at, version: ctx.trx.raw('version + 1') });
  return ctx.trx('dsa_notices').where({ id }).first();
}

export async function releaseNotice(ctx: Ctx, id: number): Promise<DsaNoticesRow> {
  const notice = await lockNotice(ctx.trx, id);
  refuseWrongState('release', notice);
  await refuseIfHeld(ctx, notice);
  const at = ctx.now.toISOString();
  await ctx
    .trx('dsa_notices')
    .where({ id })
    .update({ status: 'received', locked_by_staff_id: null, locked_at: null, updated_at: at, version: ctx.trx.raw('version + 1') });
  return ctx.trx('dsa_notices').where({ id }).first();
}

/** The ids of the reviews a notice names, from its locations (URLs elsewhere are not ours to restrict). */
function reviewIdsOf(notice: Pick<DsaNoticesRow, 'locations'>): number[] {
  const ids = (parseJson(notice.locations) as string[])
    .map((l) => parseLocation(l))
    .flatMap((l) => (l?.kind === 'review' ? [l.reviewId] : []));
  return [...new Set(ids)];
}

/** The languages of the texts a notice names, detected before the decision's transaction opens. */
export async function noticeLanguagesBeforehand(db: Knex, id: number): Promise<DetectedLanguages> {
  const notice: Pick<DsaNoticesRow, 'locations'> | undefined = await db('dsa_notices').where({ id }).first('locations');
  const ids = notice ? reviewIdsOf(notice) : [];
  const reviews: Pick<ReviewsRow, 'comment'>[] = ids.length ? await db('reviews').whereIn('id', ids).select('comment') : [];
  return detectBeforehand(reviews.map((r) => r.comment));
}

async function reviewsOf(trx: Knex.Transaction, notice: DsaNoticesRow): Promise<ReviewsRow[]> {
  const ids = reviewIdsOf(notice);
  return ids.length ? forUpdate(trx, trx('reviews').whereIn('id', ids).orderBy('id')) : [];
}

export async function decideNotice(
  ctx: Ctx,
  id: number,
  input: DecideInput,
): Promise<{ notice: DsaNoticesRow; statements: StatementsOfReasonsRow[] }> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  const staff = me(ctx);
  const notice = await lockNotice(trx, id);
  refuseWrongState('decide', notice);
  await refuseIfHeld(ctx, notice);
  const reviews = await reviewsOf(trx, notice);
  const statements: StatementsOfReasonsRow[] = [];
  let authorNotified = false;
  let exemption: string | null = null;

  if (input.decision === 'no_action') {
    for (const r of reviews) await resolveReports(ctx, r.id, 'dismissed', id);
  } else {
    const targets = reviews.filter((r) => r.status === 'published');
    if (!targets.length)
      throw ruleRefused('nothing_to_restrict', 'None of the reviews this notice names is published: decide "no action" with a note');
    const illegal = input.ground === 'DECISION_GROUND_ILLEGAL_CONTENT';
    const suspension = input.decision === 'service_suspension';
    // Statement dates are Paris calendar days, the platform's (docs/TRUST-SAFETY.md "Statement dates").
    const applicationDate = parisDate(now);
    const endsAt = suspension ? new Date(now.getTime() + input.suspensionDays! * 86_400_000) : null;
    const endDate = endsAt ? parisDate(endsAt) : null;
    const flagger: Pick<TrustedFlaggersRow, 'name'> | undefined | null = notice.trusted_flagger_id
      ? await trx('trusted_flaggers').where({ id: notice.trusted_flagger_id }).first('name')
      : null;
    const complaint: Pick<DsaComplaintsRow, 'id'> | undefined = await trx('dsa_complaints')
      .where({ notice_id: id, status: 'upheld', complainant_role: 'notifier' })
      .whereNull('outcome_statement_id')
      .first('id');
    for (const r of targets) {
      await trx('reviews')
        .where({ id: r.id })
        .update({
          status: 'removed',
          removal_ground: illegal ? 'unlawful' : 'inappropriate',
          removal_note: input.explanation,
          removed_at: at,
          removed_by_staff_id: staff,
          updated_at: at,
          version: trx.raw('version + 1'),
        });
      await resolveReports(ctx, r.id, 'upheld');
      const statement = await issueStatement(ctx, {
        noticeId: id,
        reviewId: r.id,
        accountId: r.account_id,
        complaintId: complaint?.id ?? null,
        visibility: input.visibility ?? 'DECISION_VISIBILITY_CONTENT_REMOVED',
        provision: suspension ? 'DECISION_PROVISION_PARTIAL_SUSPENSION' : null,
        endDateService: endDate,
        ground: input.ground!,
        legalGround: input.legalGround,
        legalReferenceUrl: input.legalReferenceUrl ?? null,
        termsClause: input.termsClause,
        explanation: input.explanation!,
        category: input.category!,
        keywords: input.keywords,
        territorialScope: input.territorialScope!,
        contentLanguage: await contentLanguageOf(
          r as { id: number; comment: string | null },
          input.contentLanguages,
          input.detectedLanguages,
        ),
        contentDate: parisDate(new Date(toIso(r.published_at)!)),
        applicationDate,
        facts: input.facts!,
        sourceType: flagger ? 'SOURCE_TRUSTED_FLAGGER' : 'SOURCE_ARTICLE_16',
        sourceIdentity: flagger?.name ?? null,
        automatedDetection: input.automatedDetection,
        automatedDecision: input.automatedDecision,
        manifestlyIllegal: input.manifestlyIllegal ?? false,
        staffId: staff,
      });
      statements.push(statement);
      if (statement.exemption) exemption = statement.exemption;
      else authorNotified = true;
      if (suspension) {
        await trx('misuse_measures').insert({
          subject: 'author',
          account_id: r.account_id,
          measure: 'suspension',
          reason: input.explanation,
          statement_id: statement.id,
          factors: JSON.stringify({ source: 'dsa_notice', noticeId: id, decision: 'service_suspension', days: input.suspensionDays }),
          starts_at: at,
          ends_at: endsAt!.toISOString(),
          created_by_staff_id: staff,
          created_at: at,
          updated_at: at,
          version: 1,
        });
      }
      await refreshReportCounters(trx, r.id, at);
    }
    if (complaint)
      await trx('dsa_complaints').where({ id: complaint.id }).update({ outcome_statement_id: statements[0]!.id, updated_at: at });
  }

  const reasons = input.decision === 'no_action' ? input.note! : input.explanation!;
  if (notice.notifier_email) {
    await ctx.queue(
      texts.noticeDecided(
        { email: notice.notifier_email, locale: notice.language === 'en' ? 'en' : 'fr' },
        id,
        notice.reference,
        input.decision,
        reasons,
        { detection: input.automatedDetection, decision: input.automatedDecision },
        now,
      ),
    );
  }
  await trx('dsa_notices')
    .where({ id })
    .update({
      status: 'decided',
      decision: input.decision,
      decided_at: at,
      decided_by_staff_id: staff,
      locked_by_staff_id: null,
      locked_at: null,
      decision_note: reasons,
      manifestly_unfounded: input.decision === 'no_action' && !!input.manifestlyUnfounded,
      automated_detection: input.automatedDetection,
      automated_decision: input.automatedDecision !== 'AUTOMATED_DECISION_NOT_AUTOMATED',
      notifier_notified_at: notice.notifier_email ? at : null,
      author_notified_at: authorNotified ? at : null,
      sor_exemption: exemption,
      updated_at: at,
      version: trx.raw('version + 1'),
    });
  return { notice: await trx('dsa_notices').where({ id }).first(), statements };
}

/** Art. 18: tell the authorities at once, with everything known; record what was sent; alert the admins. */
export async function escalateNotice(
  ctx: Ctx,
  id: number,
  input: { authority: string; memberState: string; note: string; authorityReference?: string },
): Promise<LawEnforcementReferralsRow> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  const notice = await lockNotice(trx, id);
  await trx('dsa_notices')
    .where({ id })
    .update({ threat_to_life: true, priority: 2, escalated_at: at, updated_at: at, version: trx.raw('version + 1') });
  const payload = await evidenceBundle(trx, id);
  const [referral] = await trx('law_enforcement_referrals').insert(
    {
      notice_id: id,
      authority: input.authority,
      member_state: input.memberState,
      authority_reference: input.authorityReference ?? null,
      note: input.note,
      payload: JSON.stringify(payload),
      referred_by_staff_id: me(ctx),
      referred_at: at,
    },
    '*',
  );
  await alertStaff(
    ctx,
    ['admin'],
    'dsa_escalated',
    notice,
    `Referred to ${input.authority} (${input.memberState}) by ${ctx.actor.kind === 'staff' ? ctx.actor.name : 'staff'}: ${input.note}`,
  );
  return referral;
}

export const noticeFlags = (n: Pick<DsaNoticesRow, 'threat_to_life' | 'priority'>) => ({
  threatToLife: !!toBool(n.threat_to_life),
  priority: Number(n.priority),
});
