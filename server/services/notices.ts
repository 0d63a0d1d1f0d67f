// Notices to customers (GCU §10.1, GCS §10.2; docs/ACCOUNTS.md "Notices"): an admin composes a notice in
// French and English for an audience, sees how many it reaches and what each language reads, and sends
// it. The recipients are frozen when it is sent; a job then moves their messages into the outbox in
// batches of `notice_batch_size`, at bulk priority, so other messages are never starved.
import type { Knex } from 'knex';
import { noticeProblem, noticeText, type NoticeDraft } from '../domain/notices/noticeRules.ts';
import { OPEN_REFUND_STATUSES } from '../domain/refunds/refundStates.ts';
import { forUpdate } from '../db/locks.ts';
import { conflict, notFound, ruleRefused } from '../http/errors.ts';
import { queueMessage } from '../outbox/outbox.ts';
import { getSetting } from '../settings.ts';
import type { Ctx } from './ctx.ts';

import type { AccountsRow, CustomerNoticeRecipientsRow, CustomerNoticesRow } from '../db/rows.generated.ts';

/** How many of the audience read each language. */
type LocaleCountRow = Pick<AccountsRow, 'locale'> & { n: number | string };
/** A frozen recipient with the account's address, language and state now. */
type RecipientRow = Pick<CustomerNoticeRecipientsRow, 'id' | 'notice_id' | 'account_id'> &
  Pick<AccountsRow, 'email' | 'locale'> & { account_status: AccountsRow['status'] };
type Db = Knex | Knex.Transaction;

const staffId = (ctx: Ctx): number | null => (ctx.actor.kind === 'staff' ? ctx.actor.id : null);

/** The draft as the rules read it (a row of customer_notices). */
export const draftOf = (n: CustomerNoticesRow): NoticeDraft => ({
  kind: n.kind,
  subjectFr: n.subject_fr,
  bodyFr: n.body_fr,
  subjectEn: n.subject_en,
  bodyEn: n.body_en,
  audience: n.audience,
  country: n.country_code,
  effectiveOn: n.effective_on == null ? null : String(n.effective_on).slice(0, 10),
});

/** The active accounts a notice reaches now: all of them, those with an active plan in the country, those with an open refund. */
export function audience(db: Db, d: Pick<NoticeDraft, 'audience' | 'country'>): Knex.QueryBuilder {
  const q = db('accounts as a').where('a.status', 'active');
  if (d.audience === 'active_plan_country')
    q.whereExists(
      db('account_plans as p')
        .whereRaw('p.account_id = a.id')
        .where({ 'p.status': 'active', 'p.country_code': d.country ?? '' }),
    );
  if (d.audience === 'open_refund')
    q.whereExists(db('refunds as r').whereRaw('r.account_id = a.id').whereIn('r.status', OPEN_REFUND_STATUSES));
  return q;
}

async function refuseProblem(db: Db, d: NoticeDraft, now: Date): Promise<void> {
  const problem = noticeProblem(d, now, Number(await getSetting(db, 'notice_terms_min_days')));
  if (problem) throw ruleRefused(problem.code, problem.message, { [problem.field]: problem.message });
  if (d.audience === 'active_plan_country' && !(await db('countries').where({ code: d.country }).first('code')))
    throw ruleRefused('unknown_country', `No country ${d.country} in the catalogue`, { country: 'unknown' });
}

/** A draft notice (admins): checked now, checked again when it is sent. */
export async function composeNotice(ctx: Ctx, d: NoticeDraft): Promise<CustomerNoticesRow> {
  const draft = { ...d, country: d.audience === 'active_plan_country' ? (d.country ?? '').toUpperCase() : null };
  await refuseProblem(ctx.trx, draft, ctx.now);
  const at = ctx.now.toISOString();
  const [row] = await ctx.trx('customer_notices').insert(
    {
      kind: draft.kind,
      subject_fr: draft.subjectFr.trim(),
      body_fr: draft.bodyFr.trim(),
      subject_en: draft.subjectEn.trim(),
      body_en: draft.bodyEn.trim(),
      audience: draft.audience,
      country_code: draft.country,
      effective_on: draft.effectiveOn ?? null,
      status: 'draft',
      created_by_staff_id: staffId(ctx),
      created_at: at,
      updated_at: at,
      version: 1,
    },
    ['id'],
  );
  return ctx
    .trx('customer_notices')
    .where({ id: typeof row === 'object' ? row.id : row })
    .first();
}

/** What sending would do now: how many customers, in which language, and the words each language reads. */
export async function noticePreview(db: Knex, id: number): Promise<Record<string, unknown>> {
  const notice: CustomerNoticesRow | undefined = await db('customer_notices').where({ id }).first();
  if (!notice) throw notFound(`Notice ${id} not found`);
  const d = draftOf(notice);
  if (notice.status !== 'draft') {
    const byLocale: LocaleCountRow[] = await db('customer_notice_recipients as r')
      .join('accounts as a', 'a.id', 'r.account_id')
      .where('r.notice_id', id)
      .select('a.locale')
      .count({ n: '*' })
      .groupBy('a.locale');
    return preview(notice, byLocale, d);
  }
  const byLocale: LocaleCountRow[] = await audience(db, d).select('a.locale').count({ n: '*' }).groupBy('a.locale');
  return preview(notice, byLocale, d);
}

function preview(notice: Pick<CustomerNoticesRow, 'id' | 'status'>, byLocale: LocaleCountRow[], d: NoticeDraft) {
  const counts = { fr: 0, en: 0 };
  for (const r of byLocale) counts[r.locale === 'en' ? 'en' : 'fr'] += Number(r.n);
  return {
    id: notice.id,
    status: notice.status,
    count: counts.fr + counts.en,
    byLocale: counts,
    messages: { fr: noticeText(d, 'fr'), en: noticeText(d, 'en') },
  };
}

/**
 * Sends the notice: its audience is read once, now, and frozen as its recipients (a customer who joins
 * the audience later is not added; one deactivated before their batch is skipped). Sent once: a second
 * send is a 409.
 */
export async function sendNotice(ctx: Ctx, id: number): Promise<{ notice: CustomerNoticesRow; recipients: number }> {
  const { trx, now } = ctx;
  const notice: CustomerNoticesRow | undefined = await forUpdate(trx, trx('customer_notices').where({ id })).first();
  if (!notice) throw notFound(`Notice ${id} not found`);
  if (notice.status !== 'draft') throw conflict('notice_already_sent', `This notice was already sent (${notice.status})`);
  const d = draftOf(notice);
  await refuseProblem(trx, d, now);
  const ids: number[] = (await audience(trx, d).orderBy('a.id').select('a.id')).map((r: Pick<AccountsRow, 'id'>) => Number(r.id));
  if (!ids.length) throw ruleRefused('notice_no_recipients', 'No customer is in this audience now: nothing to send');
  const at = now.toISOString();
  for (let i = 0; i < ids.length; i += 500)
    await trx('customer_notice_recipients').insert(
      ids
        .slice(i, i + 500)
        .map((accountId) => ({ notice_id: id, account_id: accountId, status: 'pending', created_at: at, updated_at: at })),
    );
  await trx('customer_notices')
    .where({ id })
    .update({
      status: 'sending',
      recipient_count: ids.length,
      sent_by_staff_id: staffId(ctx),
      sent_at: at,
      updated_at: at,
      version: notice.version + 1,
    });
  return { notice: await trx('customer_notices').where({ id }).first(), recipients: ids.length };
}

/**
 * One batch (the `notices.enqueue` job): up to `notice_batch_size` frozen recipients get their message
 * in their language, in the outbox at bulk priority; a notice whose recipients are all done is sent.
 */
export async function enqueueNoticeBatch(ctx: Ctx): Promise<{ queued: number; skipped: number; completed: number[] }> {
  const { trx, now } = ctx;
  const size = Number(await getSetting(trx, 'notice_batch_size'));
  const batch: RecipientRow[] = await trx('customer_notice_recipients as r')
    .join('customer_notices as n', 'n.id', 'r.notice_id')
    .join('accounts as a', 'a.id', 'r.account_id')
    .where({ 'r.status': 'pending', 'n.status': 'sending' })
    .orderBy('r.id')
    .limit(size)
    .select('r.id', 'r.notice_id', 'r.account_id', 'a.email', 'a.locale', 'a.status as account_status');
  const notices = new Map<number, CustomerNoticesRow>();
  const at = now.toISOString();
  let queued = 0;
  let skipped = 0;
  for (const r of batch) {
    if (!notices.has(r.notice_id)) notices.set(r.notice_id, await trx('customer_notices').where({ id: r.notice_id }).first());
    const n = notices.get(r.notice_id)!;
    if (r.account_status !== 'active') {
      await trx('customer_notice_recipients').where({ id: r.id }).update({ status: 'skipped', updated_at: at });
      skipped++;
      continue;
    }
    const locale = r.locale === 'en' ? 'en' : 'fr';
    const text = noticeText(draftOf(n), locale);
    const messageId = await queueMessage(
      trx,
      {
        accountId: r.account_id,
        channel: 'email',
        to: r.email,
        template: `notice_${n.kind}`,
        locale,
        subject: text.subject,
        body: text.body,
        related: { entity: 'customer-notices', id: n.id },
        dedupeKey: `notice:${n.id}:${r.account_id}`,
        priority: 1,
      },
      now,
    );
    await trx('customer_notice_recipients').where({ id: r.id }).update({ status: 'queued', message_id: messageId, updated_at: at });
    queued++;
  }
  const completed: number[] = [];
  for (const id of notices.keys()) {
    const left: Pick<CustomerNoticeRecipientsRow, 'id'> | undefined = await trx('customer_notice_recipients')
      .where({ notice_id: id, status: 'pending' })
      .first('id');
    const done = (await trx('customer_notice_recipients').where({ notice_id: id, status: 'queued' }).count({ n: '*' }).first()) as
      { n: number | string } | undefined;
    const n = notices.get(id)!;
    await trx('customer_notices')
      .where({ id })
      .update({
        queued_count: Number(done?.n ?? 0),
        ...(left ? {} : { status: 'sent', completed_at: at }),
        updated_at: at,
        version: n.version + 1,
      });
    if (!left) completed.push(id);
  }
  return { queued, skipped, completed };
}
