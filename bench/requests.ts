// What the benchmark measures and the query-plan check replays: the console's hot reads
// (issue 8), as react-admin sends them, and one write. Ids come from the database so the
// same definitions serve the 20,000-account CI check and the 1,000,000-account run.
import type { Knex } from 'knex';

export type Role = 'support' | 'finance' | 'moderator';

export interface BenchRead { name: string; role: Role; paths: string[] }

const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Accounts spread over the id range (deterministic), for the 360 and the search. */
async function sampleAccounts(db: Knex, n: number): Promise<{ id: number; email: string }[]> {
  const bounds = (await db('accounts').where('status', 'active').min({ lo: 'id' }).max({ hi: 'id' }).first()) as { lo: number; hi: number } | undefined;
  const lo = Number(bounds?.lo ?? 1);
  const hi = Number(bounds?.hi ?? 1);
  const ids = Array.from({ length: n }, (_, i) => lo + Math.floor(((i * 7919) % n) * ((hi - lo) / n)));
  const rows = await db('accounts').whereIn('id', ids).where('status', 'active').select('id', 'email');
  return rows.length ? rows : db('accounts').where('status', 'active').orderBy('id').limit(n).select('id', 'email');
}

export async function benchReads(db: Knex, now = new Date()): Promise<BenchRead[]> {
  const sample = await sampleAccounts(db, 200);
  // "camille.mar…": the first letters of real addresses, as an agent types them.
  const prefixes = sample.slice(0, 50).map((a) => a.email.slice(0, Math.min(10, a.email.indexOf('@'))));
  const month = { createdAt_gte: day(now.getTime() - 30 * DAY), createdAt_lte: day(now.getTime()) };
  const page = q([0, 24]);
  return [
    { name: 'accounts list (first page by creation date, with total)', role: 'support', paths: [`/api/accounts?sort=${q(['createdAt', 'DESC'])}&range=${page}&filter=${q({})}`] },
    { name: 'account search by e-mail prefix (list)', role: 'support', paths: prefixes.map((p) => `/api/accounts?sort=${q(['createdAt', 'DESC'])}&range=${page}&filter=${q({ q: p })}`) },
    { name: 'account search box (e-mail prefix)', role: 'support', paths: prefixes.map((p) => `/api/accounts/search?q=${encodeURIComponent(p)}`) },
    { name: 'account 360', role: 'support', paths: sample.map((a) => `/api/accounts/${a.id}/overview`) },
    { name: 'transfers by status and date (delivered, last 30 days)', role: 'support', paths: [`/api/transfers?sort=${q(['createdAt', 'DESC'])}&range=${page}&filter=${q({ status: 'delivered', ...month })}`] },
    { name: 'refund queue (to decide, nearest deadline first)', role: 'finance', paths: [`/api/refunds?sort=${q(['decisionDueAt', 'ASC'])}&range=${page}&filter=${q({ status: 'requested' })}`] },
    { name: 'reported-reviews queue (most severe first)', role: 'moderator', paths: [`/api/reviews?sort=${q(['severity', 'DESC'])}&range=${page}&filter=${q({ reported: true })}`] },
    { name: 'DSA notices queue (received, priority first)', role: 'moderator', paths: [`/api/dsa-notices?sort=${q(['priority', 'DESC'])}&range=${page}&filter=${q({ status: 'received' })}`] },
  ];
}

export interface FreshTransfer { senderAccountId: number; sourceAccountPlanId: number }

/** Active paid plans of active accounts with at least 1 GB of paid data left and no open refund: where fresh transfers can come from. */
export async function transferSources(db: Knex, n: number, now = new Date()): Promise<FreshTransfer[]> {
  const rows = await db('account_plans as p').join('accounts as a', 'a.id', 'p.account_id')
    .where('p.status', 'active').where('p.unlimited', false).where('p.data_blocked', false).whereRaw('p.data_remaining_mb - p.data_gifted_mb >= 1024')
    .whereIn('p.origin', ['paid', 'transfer']).where('p.expires_at', '>', new Date(now.getTime() + DAY).toISOString())
    .where('a.status', 'active').where('a.data_blocked', false)
    .whereNotExists((q) => q.select(db.raw('1')).from('refunds as r').whereRaw('r.order_id = p.order_id').whereIn('r.status', ['requested', 'awaiting_second_approval', 'approved', 'failed']))
    .orderBy('p.id', 'desc').limit(n).select('p.id', 'p.account_id');
  return rows.map((r: { id: number; account_id: number }) => ({ senderAccountId: r.account_id, sourceAccountPlanId: r.id }));
}
