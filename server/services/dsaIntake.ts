// What arrives from the public: DSA notices (Art. 16) and complaints (Art. 20).
import type {
  AccountsRow,
  DsaComplaintsRow,
  DsaNoticesRow,
  ReviewsRow,
  StaffRow,
  StatementsOfReasonsRow,
  TrustedFlaggersRow,
} from '../db/rows.generated.ts';
import { publicReference } from '../domain/dsa/references.ts';
import { randomInt } from 'node:crypto';
import type { Knex } from 'knex';
import { getSetting } from '../settings.ts';
import { appendAudit } from '../audit/auditLog.ts';
import { toIso, parseJson, toBool } from '../db/values.ts';
import { PUBLIC } from '../domain/actor.ts';
import {
  complaintDeadline,
  complaintInput,
  complainantRole,
  decisionDueAt,
  flaggerApplies,
  isComplete,
  noticeInput,
  noticePriority,
  parseLocation,
  type ComplaintInput,
  type NoticeInput,
} from '../domain/dsa/noticeRules.ts';
import { noticeReportSeverity } from '../domain/reviews/reviewRules.ts';
import { conflict, fromZod, ruleRefused } from '../http/errors.ts';
import { queueMessage } from '../outbox/outbox.ts';
import * as texts from '../outbox/dsaMessages.ts';
import { activeMeasure } from './misuse.ts';
import type { Ctx } from './ctx.ts';

/** A reference people can read out on the phone: `DSA-2026-7K3QX9M2` (server/domain/dsa/references.ts). */
export const newReference = (prefix: string, now: Date): string =>
  publicReference(prefix, now.getUTCFullYear(), (below) => randomInt(below));

/** Active admins (and moderators) to alert. */
async function staffWith(trx: Knex.Transaction, roles: string[]): Promise<Pick<StaffRow, 'id' | 'email' | 'roles'>[]> {
  const staff: Pick<StaffRow, 'id' | 'email' | 'roles'>[] = await trx('staff').where({ status: 'active' }).select('id', 'email', 'roles');
  return staff.filter((s) => (parseJson(s.roles) as string[]).some((r) => roles.includes(r)));
}

export async function alertStaff(
  ctx: Ctx,
  roles: string[],
  template: 'dsa_threat_received' | 'dsa_escalated',
  notice: Pick<DsaNoticesRow, 'id' | 'reference'>,
  detail: string,
): Promise<void> {
  for (const s of await staffWith(ctx.trx, roles)) {
    await ctx.queue(texts.staffAlert({ email: s.email, locale: 'en' }, template, notice.id, notice.reference, detail, ctx.now));
  }
}

/** Records a notice, snapshots the content it points at, raises a report on each review, acknowledges receipt. */
export async function receiveNotice(ctx: Ctx, input: NoticeInput): Promise<DsaNoticesRow> {
  const { trx, now } = ctx;
  const at = now.toISOString();
  const locations = input.locations.map((l) => parseLocation(l)!);
  const reviewIds = [...new Set(locations.flatMap((l) => (l.kind === 'review' ? [l.reviewId] : [])))];
  const reviews: ReviewsRow[] = reviewIds.length ? await trx('reviews').whereIn('id', reviewIds).orderBy('id') : [];
  const first = reviewIds.map((id) => reviews.find((r) => r.id === id)).find(Boolean);
  const email = input.notifierEmail?.toLowerCase() ?? null;

  const flagger: TrustedFlaggersRow | undefined = email ? await trx('trusted_flaggers').where({ email }).first() : undefined;
  const trusted =
    !!flagger &&
    flaggerApplies(
      {
        active: !!toBool(flagger.active),
        expertise: parseJson(flagger.expertise) as string[] | null,
        validUntil: flagger.valid_until ?? null,
      },
      input.category,
      at.slice(0, 10),
    );
  const suspended = email ? !!(await activeMeasure(trx, { subject: 'notifier', notifierEmail: email }, 'suspension', now)) : false;
  const threat = input.threatToLife ?? false;

  const snapshot = {
    takenAt: at,
    reviews: reviews.map((r) => ({
      id: r.id,
      accountId: r.account_id,
      rating: r.rating,
      comment: r.comment,
      status: r.status,
      publishedAt: toIso(r.published_at),
      contentUpdatedAt: toIso(r.content_updated_at),
    })),
    missingReviewIds: reviewIds.filter((id) => !reviews.some((r) => r.id === id)),
    urls: locations.flatMap((l) => (l.kind === 'url' ? [l.url] : [])),
  };
  const [notice] = await trx('dsa_notices').insert(
    {
      reference: newReference('DSA', now),
      status: 'received',
      received_at: at,
      acknowledged_at: email ? at : null,
      decision_due_at: decisionDueAt(now, await getSetting(trx, 'dsa_decision_target_hours')).toISOString(),
      category: input.category,
      explanation: input.explanation,
      locations: JSON.stringify(locations.map((l) => (l.kind === 'review' ? `review:${l.reviewId}` : l.url))),
      review_id: first?.id ?? null,
      author_account_id: first?.account_id ?? null,
      notifier_name: input.notifierName ?? null,
      notifier_email: email,
      good_faith: input.goodFaith,
      threat_to_life: threat,
      trusted_flagger_id: trusted ? flagger!.id : null,
      language: input.language ?? 'fr',
      priority: noticePriority({ threatToLife: threat, trustedFlagger: trusted, notifierSuspended: suspended }),
      complete: isComplete({ ...input, notifierEmail: email }),
      legal_ground: input.legalGround ?? null,
      member_state: input.memberState ?? null,
      snapshot: JSON.stringify(snapshot),
      created_at: at,
      updated_at: at,
      version: 1,
    },
    '*',
  );

  // The notice is also a report on each review it names: the moderation queue shows it, most severe first.
  const severity = noticeReportSeverity(threat);
  for (const r of reviews.filter((x) => x.status === 'published')) {
    await trx('review_reports').insert({
      review_id: r.id,
      reporter_email: email,
      reason: 'dsa_notice',
      note: `DSA notice ${notice.reference}`,
      severity,
      status: 'open',
      notice_id: notice.id,
      created_at: at,
      updated_at: at,
      version: 1,
    });
    await trx('reviews')
      .where({ id: r.id })
      .update({
        report_count: trx.raw('report_count + 1'),
        severity: Math.max(Number(r.severity), severity),
        last_reported_at: at,
        updated_at: at,
        version: trx.raw('version + 1'),
      });
  }
  if (email) await ctx.queue(texts.noticeAcknowledged({ email, locale: input.language ?? 'fr' }, notice.id, notice.reference));
  if (threat)
    await alertStaff(
      ctx,
      ['admin', 'moderator'],
      'dsa_threat_received',
      notice,
      `A notifier declares a threat to life or safety: ${input.explanation.slice(0, 300)}`,
    );
  return notice;
}

/** The decision a complaint contests, found by the notice reference or the statement's puid. */
async function contestedDecision(
  trx: Knex.Transaction,
  reference: string,
): Promise<{ notice: DsaNoticesRow | null; statement: StatementsOfReasonsRow | null } | null> {
  const ref = reference.trim();
  const statement: StatementsOfReasonsRow | undefined = await trx('statements_of_reasons').where({ puid: ref }).first();
  if (statement)
    return { statement, notice: statement.notice_id ? await trx('dsa_notices').where({ id: statement.notice_id }).first() : null };
  const notice: DsaNoticesRow | undefined = await trx('dsa_notices').where({ reference: ref.toUpperCase() }).first();
  if (!notice) return null;
  const last: StatementsOfReasonsRow | undefined = await trx('statements_of_reasons')
    .where({ notice_id: notice.id })
    .orderBy('id', 'desc')
    .first();
  return { notice, statement: last ?? null };
}

export async function receiveComplaint(ctx: Ctx, input: ComplaintInput): Promise<DsaComplaintsRow> {
  const { trx, now } = ctx;
  const found = await contestedDecision(trx, input.reference);
  if (!found)
    throw ruleRefused(
      'unknown_decision',
      'No decision has this reference: quote the notice reference (DSA-…) or the statement id (kolet-sor-…) from our message',
      { reference: 'unknown reference' },
    );
  const { notice, statement } = found;
  const accountId = statement?.account_id ?? notice?.author_account_id ?? null;
  const author: Pick<AccountsRow, 'email'> | undefined | null = accountId
    ? await trx('accounts').where({ id: accountId }).first('email')
    : null;
  const role = complainantRole(input.email, {
    notifierEmail: notice?.notifier_email ?? null,
    authorEmail: author?.email ?? null,
    restricted: !!statement,
    decided: !!notice?.decision,
  });
  if (!role)
    throw ruleRefused(
      'not_a_party',
      'Only the author of the content (against a restriction) or the person who sent the notice (against its decision) may complain, with the e-mail address we wrote to',
      { email: 'not a party to this decision' },
    );
  const informedAt = new Date(toIso(role === 'author' ? statement!.created_at : (notice!.notifier_notified_at ?? notice!.decided_at))!);
  const deadline = complaintDeadline(informedAt);
  if (now > deadline)
    throw ruleRefused(
      'complaint_window_closed',
      `Complaints about this decision were open until ${deadline.toISOString().slice(0, 10)} (6 months after you were informed)`,
    );
  const email = input.email.toLowerCase();
  const open: Pick<DsaComplaintsRow, 'reference'> | undefined = await trx('dsa_complaints')
    .where({ complainant_email: email, status: 'open' })
    .andWhere((q) => {
      if (role === 'author') q.where({ statement_id: statement!.id });
      else q.where({ notice_id: notice!.id });
    })
    .first('reference');
  if (open) throw conflict('complaint_already_open', `Your complaint ${open.reference} about this decision is already being examined`);
  const at = now.toISOString();
  const [complaint] = await trx('dsa_complaints').insert(
    {
      reference: newReference('DSA-C', now),
      statement_id: role === 'author' ? statement!.id : null,
      notice_id: notice?.id ?? null,
      complainant_name: input.name ?? null,
      complainant_email: email,
      complainant_role: role,
      text: input.text,
      status: 'open',
      received_at: at,
      informed_at: informedAt.toISOString(),
      deadline_at: deadline.toISOString(),
      acknowledged_at: at,
      created_at: at,
      updated_at: at,
      version: 1,
    },
    '*',
  );
  await ctx.queue(
    texts.complaintAcknowledged(
      { email, locale: input.language ?? 'fr', accountId: role === 'author' ? accountId : null },
      complaint.id,
      complaint.reference,
      deadline.toISOString().slice(0, 10),
    ),
  );
  return complaint;
}

export interface PublicFacts {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

/** The public forms' single entry: validate, then one transaction with the record, its messages and its audit entry. */
export async function submitNotice(
  db: Knex,
  body: unknown,
  facts: PublicFacts,
): Promise<{ reference: string; receivedAt: string; acknowledged: boolean; id: number }> {
  const parsed = noticeInput.safeParse(body);
  if (!parsed.success) throw fromZod(parsed.error, 'notice');
  return db.transaction(async (trx) => {
    const now = new Date();
    const ctx: Ctx = {
      trx,
      actor: PUBLIC,
      now,
      queue: async (m) => {
        await queueMessage(trx, m, now);
      },
    };
    const notice = await receiveNotice(ctx, parsed.data);
    await appendAudit(trx, {
      actor: PUBLIC,
      action: 'dsa-notices.receive',
      entity: 'dsa-notices',
      entityId: notice.id,
      after: { reference: notice.reference, category: notice.category, complete: !!toBool(notice.complete), priority: notice.priority },
      at: now,
      ...facts,
    });
    return { id: notice.id, reference: notice.reference, receivedAt: toIso(notice.received_at)!, acknowledged: !!notice.acknowledged_at };
  });
}

export async function submitComplaint(
  db: Knex,
  body: unknown,
  facts: PublicFacts,
): Promise<{ reference: string; receivedAt: string; deadlineAt: string; id: number }> {
  const parsed = complaintInput.safeParse(body);
  if (!parsed.success) throw fromZod(parsed.error, 'complaint');
  return db.transaction(async (trx) => {
    const now = new Date();
    const ctx: Ctx = {
      trx,
      actor: PUBLIC,
      now,
      queue: async (m) => {
        await queueMessage(trx, m, now);
      },
    };
    const c = await receiveComplaint(ctx, parsed.data);
    await appendAudit(trx, {
      actor: PUBLIC,
      action: 'dsa-complaints.receive',
      entity: 'dsa-complaints',
      entityId: c.id,
      after: { reference: c.reference, role: c.complainant_role, noticeId: c.notice_id, statementId: c.statement_id },
      at: now,
      ...facts,
    });
    return { id: c.id, reference: c.reference, receivedAt: toIso(c.received_at)!, deadlineAt: toIso(c.deadline_at)! };
  });
}
