// The evidence bundle of a notice (Art. 18; for legal and the authorities): everything we know, as JSON.
import type { Knex } from 'knex';
import { parseJson, toIso } from '../db/values.ts';
import { toTdb } from '../domain/dsa/statement.ts';
import { notFound } from '../http/errors.ts';
import type { AccountsRow, DsaNoticesRow, ReviewsRow, StatementsOfReasonsRow } from '../db/rows.generated.ts';

const iso = (row: object) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));

export async function evidenceBundle(db: Knex | Knex.Transaction, noticeId: number): Promise<Record<string, unknown>> {
  const notice: DsaNoticesRow | undefined = await db('dsa_notices').where({ id: noticeId }).first();
  if (!notice) throw notFound(`DSA notice ${noticeId} not found`);
  const snapshot = parseJson(notice.snapshot) as { reviews?: { id: number }[] } | null;
  const reviewIds = [...new Set([...(snapshot?.reviews ?? []).map((r) => r.id), ...(notice.review_id ? [notice.review_id] : [])])];
  const reviews: ReviewsRow[] = reviewIds.length ? await db('reviews').whereIn('id', reviewIds) : [];
  const authorIds = [...new Set(reviews.map((r) => r.account_id))];
  const authors: Pick<AccountsRow, 'id' | 'email' | 'name' | 'phone' | 'status' | 'created_at' | 'signup_device_id'>[] = authorIds.length
    ? await db('accounts').whereIn('id', authorIds).select('id', 'email', 'name', 'phone', 'status', 'created_at', 'signup_device_id')
    : [];
  const statements: StatementsOfReasonsRow[] = await db('statements_of_reasons').where({ notice_id: noticeId }).orderBy('id');
  return {
    generatedAt: new Date().toISOString(),
    notice: iso({ ...notice, locations: parseJson(notice.locations), snapshot: undefined }),
    contentAtReceipt: snapshot,
    contentNow: reviews.map(iso),
    authors: authors.map(iso),
    reports: (reviewIds.length ? await db('review_reports').whereIn('review_id', reviewIds).orderBy('id') : []).map(iso),
    statementsOfReasons: statements.map((s) => ({ id: s.id, createdAt: toIso(s.created_at), ...toTdb(s) })),
    complaints: (await db('dsa_complaints').where({ notice_id: noticeId }).orderBy('id')).map(iso),
    referrals: (
      await db('law_enforcement_referrals')
        .where({ notice_id: noticeId })
        .orderBy('id')
        .select('id', 'authority', 'member_state', 'authority_reference', 'note', 'referred_by_staff_id', 'referred_at')
    ).map(iso),
    auditTrail: (
      await db('audit_log')
        .where({ entity: 'dsa-notices', entity_id: String(noticeId) })
        .orderBy('id')
        .select('at', 'actor_email', 'action', 'reason', 'after')
    ).map(iso),
  };
}
