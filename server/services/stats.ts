import { OPEN_COMPLAINT_STATUSES } from '../domain/complaints/complaintStates.ts';
import type { Knex } from 'knex';
import { isPostgres } from '../db/connection.ts';
import { nextDay, parisDate, startOfParisDay } from '../domain/calendar.ts';
import { addDays } from '../domain/refunds/clocks.ts';
import { GRANTED_REFUND_STATUSES, UNDECIDED_REFUND_STATUSES } from '../domain/refunds/refundStates.ts';
import { OPEN_NOTICE_STATUSES } from '../domain/dsa/noticeStates.ts';
import { OUR_TURN_CONVERSATION_STATUSES } from '../domain/conversations/conversationStates.ts';
import type { CountriesRow, DsaNoticesRow, ReviewsRow, TransfersRow } from '../db/rows.generated.ts';

// Aggregates for the dashboard, computed by the database (never by fetching lists into the
// browser). Days are Europe/Paris calendar days: rows are grouped by UTC hour in SQL, and each
// hour is placed in its Paris day here (offsets are whole hours), the same on both engines.

export interface Window {
  from: Date;
  to: Date;
  days: string[];
}

export function windowOf(days: number, now = new Date()): Window {
  const today = parisDate(now);
  const first = addDays(today, -(days - 1));
  const list: string[] = [];
  for (let d = first; d <= today; d = nextDay(d)) list.push(d);
  return { from: startOfParisDay(first), to: now, days: list };
}

export const hour = (db: Knex, column: string) =>
  db.raw(isPostgres(db) ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24')` : `substr(${column}, 1, 13)`);

/** PostgreSQL returns COUNT and SUM of integers as text (bigint, numeric), SQLite as numbers. */
type DbCount = number | string;
type CountRow = { n: DbCount };
/** One UTC hour (`YYYY-MM-DDTHH`) and the metrics asked for. */
type HourRow = { h: string } & Record<string, DbCount | null>;
/** A destination's orders (and sales) since the window's start: `whereNotNull('p.country_code')`, so the code is set. */
type CountrySalesRow = { countryCode: string; name: CountriesRow['name'] | null; orders: DbCount; salesCents?: DbCount | null };
type CountryRefundsRow = { countryCode: string | null; refundedCents: DbCount | null };

type Sums = Record<string, number>;
/** Rows grouped by UTC hour, folded into Paris days: { day → { metric → sum } }. */
async function perDay(db: Knex, query: Knex.QueryBuilder, column: string, metrics: Record<string, string>): Promise<Map<string, Sums>> {
  const select = Object.entries(metrics).map(([name, expr]) => db.raw(`${expr} AS ??`, [name]));
  const rows: HourRow[] = await query.select(hour(db, column).wrap('(', ') AS h'), ...select).groupBy('h');
  const byDay = new Map<string, Sums>();
  for (const r of rows) {
    const day = parisDate(new Date(`${r.h}:00:00Z`));
    const sums = byDay.get(day) ?? {};
    for (const name of Object.keys(metrics)) sums[name] = (sums[name] ?? 0) + Number(r[name] ?? 0);
    byDay.set(day, sums);
  }
  return byDay;
}

const count = async (q: Knex.QueryBuilder) => {
  const row: CountRow = await q.count({ n: '*' }).first(); // an aggregate without GROUP BY: always one row
  return Number(row.n);
};

export async function salesStats(db: Knex, w: Window) {
  const from = w.from.toISOString();
  const sales = await perDay(db, db('orders').where('ordered_at', '>=', from).where('amount_cents', '>', 0), 'ordered_at', {
    orders: 'COUNT(*)',
    salesCents: 'SUM(amount_cents)',
  });
  const refunded = await perDay(
    db,
    db('refunds').where('decided_at', '>=', from).whereIn('status', GRANTED_REFUND_STATUSES),
    'decided_at',
    { refunds: 'COUNT(*)', refundedCents: 'SUM(amount_cents)' },
  );
  const countries = (await db('orders as o')
    .join('plans as p', 'p.id', 'o.plan_id')
    .leftJoin('countries as c', 'c.code', 'p.country_code')
    .where('o.ordered_at', '>=', from)
    .whereNotNull('p.country_code')
    .groupBy('p.country_code', 'c.name')
    .select('p.country_code as countryCode', 'c.name as name')
    .count({ orders: '*' })
    .sum({ salesCents: 'o.amount_cents' })
    .orderBy('salesCents', 'desc')
    .limit(10)) as CountrySalesRow[]; // knex types the count and sum, not the columns selected with them
  const refundedByCountry: CountryRefundsRow[] = await db('refunds as r')
    .join('orders as o', 'o.id', 'r.order_id')
    .join('plans as p', 'p.id', 'o.plan_id')
    .where('r.decided_at', '>=', from)
    .whereIn('r.status', GRANTED_REFUND_STATUSES)
    .groupBy('p.country_code')
    .select('p.country_code as countryCode')
    .sum({ refundedCents: 'r.amount_cents' });
  const refundedOf = new Map(refundedByCountry.map((r) => [r.countryCode, Number(r.refundedCents)]));
  return {
    from: w.days[0],
    to: w.days[w.days.length - 1],
    days: w.days.map((day) => ({
      day,
      orders: sales.get(day)?.orders ?? 0,
      salesCents: sales.get(day)?.salesCents ?? 0,
      refunds: refunded.get(day)?.refunds ?? 0,
      refundedCents: refunded.get(day)?.refundedCents ?? 0,
    })),
    countries: countries.map((c) => ({
      countryCode: c.countryCode,
      name: c.name,
      orders: Number(c.orders),
      salesCents: Number(c.salesCents),
      refundedCents: refundedOf.get(c.countryCode) ?? 0,
    })),
  };
}

export async function topDestinations(db: Knex, w: Window) {
  const rows = (await db('orders as o')
    .join('plans as p', 'p.id', 'o.plan_id')
    .leftJoin('countries as c', 'c.code', 'p.country_code')
    .where('o.ordered_at', '>=', w.from.toISOString())
    .whereNotNull('p.country_code')
    .groupBy('p.country_code', 'c.name')
    .select('p.country_code as countryCode', 'c.name as name')
    .count({ orders: '*' })
    .orderBy([
      { column: 'orders', order: 'desc' },
      { column: 'countryCode', order: 'asc' },
    ])
    .limit(10)) as CountrySalesRow[];
  return rows.map((r) => ({ countryCode: r.countryCode, name: r.name, orders: Number(r.orders) }));
}

export async function transferStats(db: Knex, w: Window) {
  const from = w.from.toISOString();
  const sent = await perDay(db, db('transfers').where('created_at', '>=', from).whereNull('corrects_transfer_id'), 'created_at', {
    transfers: 'COUNT(*)',
    mb: 'SUM(amount_mb)',
  });
  const fixed = await perDay(db, db('transfers').where('fixed_at', '>=', from), 'fixed_at', { fixes: 'COUNT(*)' });
  const statuses: (Pick<TransfersRow, 'status'> & CountRow)[] = await db('transfers')
    .whereNull('corrects_transfer_id')
    .groupBy('status')
    .select('status')
    .count({ n: '*' });
  const byStatus = { pending: 0, delivered: 0, redirected: 0, reversed: 0 } as Record<string, number>;
  for (const s of statuses) byStatus[s.status] = Number(s.n);
  return {
    days: w.days.map((day) => ({
      day,
      transfers: sent.get(day)?.transfers ?? 0,
      gb: Math.round(((sent.get(day)?.mb ?? 0) / 1024) * 10) / 10,
      fixes: fixed.get(day)?.fixes ?? 0,
    })),
    byStatus,
  };
}

export async function reviewStats(db: Knex) {
  const ratings: (Pick<ReviewsRow, 'rating'> & CountRow)[] = await db('reviews')
    .where('status', 'published')
    .groupBy('rating')
    .select('rating')
    .count({ n: '*' });
  const of = new Map(ratings.map((r) => [Number(r.rating), Number(r.n)]));
  return {
    ratings: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: of.get(rating) ?? 0 })),
    openReports: await count(db('review_reports').where('status', 'open')),
    reportedReviews: await count(db('reviews').where('status', 'published').where('report_count', '>', 0)),
    removed: await count(db('reviews').where('status', 'removed')),
  };
}

export async function dsaStats(db: Knex, now = new Date()) {
  const statuses: (Pick<DsaNoticesRow, 'status'> & CountRow)[] = await db('dsa_notices')
    .groupBy('status')
    .select('status')
    .count({ n: '*' });
  const byStatus = { received: 0, in_review: 0, decided: 0, closed: 0 } as Record<string, number>;
  for (const s of statuses) byStatus[s.status] = Number(s.n);
  const decided = await count(db('dsa_notices').whereNotNull('decided_at'));
  const decidedWithinSla = await count(db('dsa_notices').whereNotNull('decided_at').whereRaw('decided_at <= decision_due_at'));
  return {
    byStatus,
    decided,
    decidedWithinSla,
    slaCompliance: decided ? decidedWithinSla / decided : null,
    overSla: await count(openNotices(db).where('decision_due_at', '<', now.toISOString())),
    threatToLifeOpen: await count(openNotices(db).where('threat_to_life', true)),
  };
}

const openNotices = (db: Knex) => db('dsa_notices').whereIn('status', OPEN_NOTICE_STATUSES);

/** A message not sent 10 minutes after it was queued is late (an alert is promised within ten minutes). */
export const MESSAGE_BACKLOG_MS = 10 * 60_000;

/** The live counts behind the dashboard cards, each only for the roles that work on it. */
export async function cardCounts(db: Knex, sees: (area: 'finance' | 'support' | 'moderator' | 'catalog') => boolean, now = new Date()) {
  const today = parisDate(now);
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  const when = <T>(ok: boolean, f: () => Promise<T>) => (ok ? f() : Promise.resolve(null));
  const [
    refundsDueToday,
    refundsOverdue,
    transfersAwaitingFix,
    reportedReviews,
    noticesOverSla,
    activePlans,
    unavailableCountries,
    complaintsAwaitingAnswer,
    payoutDifferences,
    messagesWaiting,
    inbox,
  ] = await Promise.all([
    // Due later today (still in time); what is already past counts as overdue.
    when(sees('finance'), () =>
      count(
        db('refunds')
          .whereIn('status', UNDECIDED_REFUND_STATUSES)
          .where('decision_due_at', '>=', now.toISOString())
          .where('decision_due_at', '<', startOfParisDay(nextDay(today)).toISOString()),
      ),
    ),
    when(sees('finance'), () =>
      count(db('refunds').whereIn('status', UNDECIDED_REFUND_STATUSES).where('decision_due_at', '<', now.toISOString())),
    ),
    when(sees('support'), () => count(db('transfers').where('status', 'pending').where('created_at', '<', dayAgo))),
    when(sees('moderator'), () => count(db('reviews').where('status', 'published').where('report_count', '>', 0))),
    when(sees('moderator'), () => count(openNotices(db).where('decision_due_at', '<', now.toISOString()))),
    when(sees('catalog'), () => count(db('plans').where('status', 'active'))),
    when(sees('catalog'), () => count(db('countries').where('available', false))),
    // Written complaints still waiting for their answer (GCU §14), their clock running.
    when(sees('support'), () => count(db('customer_complaints').whereIn('status', OPEN_COMPLAINT_STATUSES))),
    // What the payouts reconciliation found and finance has not explained yet.
    when(sees('finance'), () => count(db('payout_discrepancies').whereNull('resolved_at'))),
    // The outbox backlog: messages still waiting 10 minutes after they were queued (a provider down, retries running).
    when(sees('support'), () =>
      count(
        db('messages')
          .whereIn('status', ['queued', 'sending'])
          .where('created_at', '<', new Date(now.getTime() - MESSAGE_BACKLOG_MS).toISOString()),
      ),
    ),
    when(sees('support'), () => conversationCounts(db, now)),
  ]);
  return {
    refundsDueToday,
    refundsOverdue,
    transfersAwaitingFix,
    reportedReviews,
    noticesOverSla,
    activePlans,
    unavailableCountries,
    conversationsNew: inbox?.new ?? null,
    conversationsWaitingUs: inbox?.waitingUs ?? null,
    conversationsLate: inbox?.late ?? null,
    complaintsAwaitingAnswer,
    payoutDifferences,
    messagesWaiting,
  };
}

/** The support inbox's figures (docs/CONVERSATIONS.md): new, waiting for us, and new ones past their first-response deadline (one query). */
export async function conversationCounts(db: Knex, now = new Date()) {
  const at = now.toISOString();
  const row: { new_count: DbCount; waiting_us_count: DbCount; late_count: DbCount } | undefined = await db('conversations')
    .whereIn('status', OUR_TURN_CONVERSATION_STATUSES)
    .select(
      db.raw("COUNT(CASE WHEN status = 'new' THEN 1 END) AS new_count"),
      db.raw("COUNT(CASE WHEN status = 'waiting_us' THEN 1 END) AS waiting_us_count"),
      db.raw("COUNT(CASE WHEN status = 'new' AND first_response_due_at < ? THEN 1 END) AS late_count", [at]),
    )
    .first();
  return { new: Number(row?.new_count ?? 0), waitingUs: Number(row?.waiting_us_count ?? 0), late: Number(row?.late_count ?? 0) };
}
