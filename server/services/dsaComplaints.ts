// Deciding complaints (Art. 20): by a human other than the original decider where possible;
// an upheld complaint reverses the decision without undue delay (20(4)) and gets a reasoned reply (20(5)).
import { getSetting } from '../settings.ts';
import { forUpdate } from '../db/locks.ts';
import { parseJson, toIso } from '../db/values.ts';
import { parisDate } from '../domain/calendar.ts';
import { decisionDueAt, mayDecideComplaint } from '../domain/dsa/noticeRules.ts';
import { conflict, forbidden, notFound, ruleRefused } from '../http/errors.ts';
import * as texts from '../outbox/dsaMessages.ts';
import { recordRestrictionEnded } from './sorSubmissions.ts';
import type { Ctx } from './ctx.ts';
import type { AccountsRow, DsaComplaintsRow, DsaNoticesRow, ReviewsRow, StaffRow, StatementsOfReasonsRow } from '../db/rows.generated.ts';

export async function resolveComplaint(
  ctx: Ctx,
  id: number,
  input: { outcome: 'upheld' | 'rejected'; note: string },
): Promise<DsaComplaintsRow> {
  const { trx, now } = ctx;
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const actor = ctx.actor;
  const at = now.toISOString();
  const complaint: DsaComplaintsRow | undefined = await forUpdate(trx, trx('dsa_complaints').where({ id })).first();
  if (!complaint) throw notFound(`Complaint ${id} not found`);
  if (complaint.status !== 'open') throw conflict('already_decided', `This complaint is already ${complaint.status}`);
  const statement: StatementsOfReasonsRow | null | undefined = complaint.statement_id
    ? await trx('statements_of_reasons').where({ id: complaint.statement_id }).first()
    : null;
  const notice: DsaNoticesRow | null | undefined = complaint.notice_id
    ? await trx('dsa_notices').where({ id: complaint.notice_id }).first()
    : null;
  const originalDeciderId = statement?.created_by_staff_id ?? notice?.decided_by_staff_id ?? null;
  const others = (await trx('staff').where({ status: 'active' }).whereNot({ id: actor.id }).select('roles')).filter(
    (s: Pick<StaffRow, 'roles'>) => (parseJson(s.roles) as string[]).some((r) => r === 'moderator' || r === 'admin'),
  ).length;
  if (!mayDecideComplaint({ deciderId: actor.id, originalDeciderId, othersAvailable: others })) {
    throw ruleRefused(
      'same_decider',
      'You took the decision this complaint contests: another moderator or an admin must decide it (Art. 20(6))',
    );
  }

  if (input.outcome === 'upheld') {
    if (complaint.complainant_role === 'author' && statement) {
      // Reverse the restriction: the review comes back (unless past retention) and any suspension it carried ends now.
      const review: ReviewsRow | undefined = await forUpdate(trx, trx('reviews').where({ id: statement.review_id })).first();
      if (review?.status === 'removed' && new Date(toIso(review.delete_after)!) > now) {
        await trx('reviews')
          .where({ id: review.id })
          .update({
            status: 'published',
            removal_ground: null,
            removal_note: null,
            removed_at: null,
            removed_by_staff_id: null,
            updated_at: at,
            version: trx.raw('version + 1'),
          });
        await recordRestrictionEnded(trx, [statement.id], 'visibility', parisDate(now), now);
      }
      const lifted = await trx('misuse_measures')
        .where({ statement_id: statement.id })
        .whereNull('lifted_at')
        .update({ lifted_at: at, updated_at: at, version: trx.raw('version + 1') });
      if (lifted) await recordRestrictionEnded(trx, [statement.id], 'service', parisDate(now), now);
    } else if (complaint.complainant_role === 'notifier' && notice) {
      // The notifier was right that something should be done: the notice is decided again (and a restriction gets its statement).
      await trx('dsa_notices')
        .where({ id: notice.id })
        .update({
          status: 'received',
          decision: null,
          decided_at: null,
          decided_by_staff_id: null,
          manifestly_unfounded: false,
          decision_due_at: decisionDueAt(now, await getSetting(trx, 'dsa_decision_target_hours')).toISOString(),
          updated_at: at,
          version: trx.raw('version + 1'),
        });
    }
  } else if (notice && notice.status === 'decided') {
    await trx('dsa_notices')
      .where({ id: notice.id })
      .update({ status: 'closed', updated_at: at, version: trx.raw('version + 1') });
  }
  await trx('dsa_complaints')
    .where({ id })
    .update({
      status: input.outcome,
      decided_at: at,
      decided_by_staff_id: actor.id,
      decision_note: input.note,
      updated_at: at,
      version: trx.raw('version + 1'),
    });
  const author: Pick<AccountsRow, 'locale'> | null | undefined =
    complaint.complainant_role === 'author' && statement ? await trx('accounts').where({ id: statement.account_id }).first('locale') : null;
  const locale = (author?.locale ?? notice?.language) === 'en' ? 'en' : 'fr';
  await ctx.queue(
    texts.complaintDecided(
      { email: complaint.complainant_email, locale, accountId: author ? statement!.account_id : null },
      id,
      complaint.reference,
      input.outcome === 'upheld',
      input.note,
    ),
  );
  return trx('dsa_complaints').where({ id }).first();
}
