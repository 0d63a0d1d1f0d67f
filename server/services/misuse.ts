// Art. 23: counters of manifest misuse, warnings, suspensions.
import type { Knex } from 'knex';
import { ruleRefused } from '../http/errors.ts';
import type { MisuseMeasuresRow } from '../db/rows.generated.ts';

export type MisuseSubject = { subject: 'notifier'; notifierEmail: string } | { subject: 'author'; accountId: number };

const whereSubject = (q: Knex.QueryBuilder, s: MisuseSubject) =>
  s.subject === 'notifier'
    ? q.where({ subject: 'notifier', notifier_email: s.notifierEmail.toLowerCase() })
    : q.where({ subject: 'author', account_id: s.accountId });

/** The measure of this kind in force at `now` (a warning counts for 12 months), if any. */
export async function activeMeasure(
  trx: Knex | Knex.Transaction,
  s: MisuseSubject,
  measure: 'warning' | 'suspension',
  now: Date,
): Promise<MisuseMeasuresRow | undefined> {
  const at = now.toISOString();
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000).toISOString();
  const q = whereSubject(trx('misuse_measures'), s).where({ measure }).whereNull('lifted_at');
  return measure === 'suspension'
    ? q.where('starts_at', '<=', at).where('ends_at', '>', at).orderBy('ends_at', 'desc').first()
    : q.where('starts_at', '>', yearAgo).orderBy('starts_at', 'desc').first();
}

const WINDOW_DAYS = 365;

/** The Art. 23(3) figures for one subject: manifest cases, total, proportion, over the last 12 months. */
export async function misuseFigures(
  trx: Knex | Knex.Transaction,
  s: MisuseSubject,
  now: Date,
): Promise<{ manifest: number; total: number; proportion: number; windowDays: number }> {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000).toISOString();
  const [row] =
    s.subject === 'notifier'
      ? await trx('dsa_notices')
          .where({ notifier_email: s.notifierEmail.toLowerCase() })
          .where('received_at', '>=', since)
          .select(trx.raw('count(*) as total'), trx.raw('sum(case when manifestly_unfounded then 1 else 0 end) as manifest'))
      : await trx('statements_of_reasons')
          .where({ account_id: s.accountId })
          .where('created_at', '>=', since)
          .select(trx.raw('count(*) as total'), trx.raw('sum(case when manifestly_illegal then 1 else 0 end) as manifest'));
  const total = Number(row?.total ?? 0);
  const manifest = Number(row?.manifest ?? 0);
  return { manifest, total, proportion: total ? Math.round((manifest / total) * 100) / 100 : 0, windowDays: WINDOW_DAYS };
}

export interface MeasureInput {
  subject: 'notifier' | 'author';
  notifierEmail?: string;
  accountId?: number;
  reason: string;
  gravity: 'low' | 'medium' | 'high';
  intent?: string;
  days?: number;
}

const subjectOf = (i: MeasureInput): MisuseSubject =>
  i.subject === 'notifier'
    ? { subject: 'notifier', notifierEmail: i.notifierEmail!.toLowerCase() }
    : { subject: 'author', accountId: i.accountId! };

/** A warning, or — after a warning in the last 12 months — a suspension with an end (Art. 23(1)-(3)). */
export async function recordMeasure(
  trx: Knex.Transaction,
  measure: 'warning' | 'suspension',
  input: MeasureInput,
  staffId: number,
  now: Date,
): Promise<MisuseMeasuresRow> {
  const s = subjectOf(input);
  if (s.subject === 'author' && !(await trx('accounts').where({ id: s.accountId }).first('id')))
    throw ruleRefused('unknown_account', `Account ${s.accountId} not found`, { accountId: 'unknown account' });
  const figures = await misuseFigures(trx, s, now);
  if (figures.manifest === 0)
    throw ruleRefused(
      'no_manifest_misuse',
      'There is no manifestly unfounded notice or manifestly illegal content from this subject in the last 12 months (Art. 23(3)(a))',
    );
  if (measure === 'suspension' && !(await activeMeasure(trx, s, 'warning', now))) {
    throw ruleRefused('warning_required', 'A suspension needs a prior warning to the same person in the last 12 months (Art. 23(1)-(2))');
  }
  const at = now.toISOString();
  const row: MisuseMeasuresRow = (
    await trx('misuse_measures').insert(
      {
        subject: s.subject,
        notifier_email: s.subject === 'notifier' ? s.notifierEmail : null,
        account_id: s.subject === 'author' ? s.accountId : null,
        measure,
        reason: input.reason,
        factors: JSON.stringify({ ...figures, gravity: input.gravity, intent: input.intent ?? null }),
        starts_at: at,
        ends_at: measure === 'suspension' ? new Date(now.getTime() + input.days! * 86_400_000).toISOString() : null,
        created_by_staff_id: staffId,
        created_at: at,
        updated_at: at,
        version: 1,
      },
      '*',
    )
  )[0];
  return row;
}
