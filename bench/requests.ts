// What the benchmark measures and the query-plan check replays: the console's hot reads
// (issue 8), as react-admin sends them, and one write. Ids come from the database so the
// same definitions serve the 20,000-account CI check and the 1,000,000-account run.
import type { Knex } from 'knex';

export type Role = 'support' | 'finance' | 'moderator';

export interface BenchRead {
  name: string;
  role: Role;
  paths: string[];
}

const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Accounts spread over the id range (deterministic), for the 360 and the search. */
async function sampleAccounts(db: Knex, n: number): Promise<{ id: number; email: string }[]> {
  const bounds = (await db('accounts').where('status', 'active').min({ lo: 'id' }).max({ hi: 'id' }).first()) as
    { lo: number; hi: number } | undefined;
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
    ...(await searchReads(
      db,
      sample.map((a) => a.id),
    )),
    {
      name: 'accounts list (first page by creation date, with total)',
      role: 'support',
      paths: [`/api/accounts?sort=${q(['createdAt', 'DESC'])}&range=${page}&filter=${q({})}`],
    },
    {
      name: 'account search by e-mail prefix (list)',
      role: 'support',
      paths: prefixes.map((p) => `/api/accounts?sort=${q(['createdAt', 'DESC'])}&range=${page}&filter=${q({ q: p })}`),
    },
    {
      name: 'account search box (e-mail prefix)',
      role: 'support',
      paths: prefixes.map((p) => `/api/accounts/search?q=${encodeURIComponent(p)}`),
    },
    { name: 'account 360', role: 'support', paths: sample.map((a) => `/api/accounts/${a.id}/overview`) },
    {
      name: 'account 360 of the accounts with the most plans',
      role: 'support',
      paths: (await heaviestAccounts(db, 5)).map((id) => `/api/accounts/${id}/overview`),
    },
    {
      name: "account 360's activity timeline",
      role: 'support',
      paths: sample.slice(0, 50).map((a) => `/api/accounts/${a.id}/timeline`),
    },
    {
      name: 'account list search by a first name (many matches)',
      role: 'support',
      paths: (
        await commonFirstNames(
          db,
          sample.map((a) => a.id),
        )
      ).map((name) => `/api/accounts?sort=${q(['createdAt', 'DESC'])}&range=${page}&filter=${q({ q: name })}`),
    },
    { name: 'dashboard cards (support)', role: 'support', paths: ['/api/stats/cards'] },
    { name: 'dashboard cards (finance)', role: 'finance', paths: ['/api/stats/cards'] },
    { name: 'dashboard cards (moderator)', role: 'moderator', paths: ['/api/stats/cards'] },
    {
      name: 'transfers by status and date (delivered, last 30 days)',
      role: 'support',
      paths: [`/api/transfers?sort=${q(['createdAt', 'DESC'])}&range=${page}&filter=${q({ status: 'delivered', ...month })}`],
    },
    {
      name: 'refund queue (to decide, nearest deadline first)',
      role: 'finance',
      paths: [`/api/refunds?sort=${q(['decisionDueAt', 'ASC'])}&range=${page}&filter=${q({ status: 'requested' })}`],
    },
    {
      name: 'reported-reviews queue (most severe first)',
      role: 'moderator',
      paths: [`/api/reviews?sort=${q(['severity', 'DESC'])}&range=${page}&filter=${q({ reported: true })}`],
    },
    {
      name: 'DSA notices queue (received, priority first)',
      role: 'moderator',
      paths: [`/api/dsa-notices?sort=${q(['priority', 'DESC'])}&range=${page}&filter=${q({ status: 'received' })}`],
    },
  ];
}

/** The accounts that hold the most plans (the long tail reaches 200): the 360's worst case. */
async function heaviestAccounts(db: Knex, n: number): Promise<number[]> {
  const rows = (await db('account_plans').groupBy('account_id').orderByRaw('count(*) desc, account_id').limit(n).select('account_id')) as {
    account_id: number;
  }[];
  return rows.map((r) => Number(r.account_id));
}

/** First names of the sample, lower-cased as an agent types them: each matches thousands of accounts at 1M ("liam"). */
async function commonFirstNames(db: Knex, ids: number[]): Promise<string[]> {
  const names = (await db('accounts').whereIn('id', ids).whereNotNull('name').pluck('name')) as string[];
  return [...new Set(names.map((name) => name.split(' ')[0]!.toLowerCase()))].slice(0, 20);
}

/** The one search box (`GET /api/search`, docs/SEARCH.md): each kind of query the issue lists, as an agent types it. */
export async function searchReads(db: Knex, ids: number[]): Promise<BenchRead[]> {
  const people = await db('accounts').whereIn('id', ids).whereNotNull('name').select('id', 'email', 'name', 'phone');
  const phones = people.map((p) => String(p.phone ?? '')).filter((p) => /^\+33\d{9}$/.test(p));
  const national = phones.map((p) => `0${p.slice(3)}`.replace(/(\d\d)(?=\d)/g, '$1 '));
  const international = phones.map((p) => `+33 ${p.slice(3, 4)} ${p.slice(4).replace(/(\d\d)(?=\d)/g, '$1 ')}`);
  // "ille.martin.s123@gma": an inner part, not the start.
  const inner = people.map((p) => {
    const at = p.email.indexOf('@');
    return p.email.slice(Math.min(3, at - 3), at + 4);
  });
  const recipients = (await db('transfers')
    .where('status', 'pending')
    .orderBy('id', 'desc')
    .limit(50)
    .pluck('recipient_email')) as string[];
  const iccids = ((await db('esims').whereIn('account_id', ids).limit(50).pluck('iccid')) as string[]).map((i) => i.slice(-6));
  const orders = await db('orders').whereIn('account_id', ids).limit(50).select('id', 'payment_reference');
  const notices = ((await db('dsa_notices').orderBy('id', 'desc').limit(50).pluck('reference')) as string[]).map((r) => r.slice(-6));
  const search = (qs: string[]) => qs.filter(Boolean).map((x) => `/api/search?q=${encodeURIComponent(x)}`);
  return [
    { name: 'search: a name (first and last)', role: 'support', paths: search(people.map((p) => p.name)) },
    { name: 'search: a phone, national format (06 …)', role: 'support', paths: search(national) },
    { name: 'search: a phone, international format (+33 6 …)', role: 'support', paths: search(international) },
    { name: 'search: an inner part of an e-mail', role: 'support', paths: search(inner) },
    { name: "search: a pending transfer's recipient", role: 'support', paths: search(recipients) },
    { name: 'search: the last 6 digits of an ICCID', role: 'support', paths: search(iccids) },
    { name: 'search: an order number', role: 'support', paths: search(orders.map((o) => `#${o.id}`)) },
    { name: 'search: a payment reference', role: 'support', paths: search(orders.map((o) => o.payment_reference)) },
    { name: 'search: part of a DSA notice reference (moderator)', role: 'moderator', paths: search(notices) },
    {
      name: 'search: accounts list by an inner part of an e-mail',
      role: 'support',
      paths: inner.map((x) => `/api/accounts?sort=${q(['createdAt', 'DESC'])}&range=${q([0, 24])}&filter=${q({ q: x })}`),
    },
  ];
}

export interface FreshTransfer {
  senderAccountId: number;
  sourceAccountPlanId: number;
}

/** Active paid plans of active accounts with at least 1 GB of paid data left and no open refund: where fresh transfers can come from. */
export async function transferSources(db: Knex, n: number, now = new Date()): Promise<FreshTransfer[]> {
  const rows = await db('account_plans as p')
    .join('accounts as a', 'a.id', 'p.account_id')
    .where('p.status', 'active')
    .where('p.unlimited', false)
    .where('p.data_blocked', false)
    .whereRaw('p.data_remaining_mb - p.data_gifted_mb >= 1024')
    .whereIn('p.origin', ['paid', 'transfer'])
    .where('p.expires_at', '>', new Date(now.getTime() + DAY).toISOString())
    .where('a.status', 'active')
    .where('a.data_blocked', false)
    .whereNotExists((q) =>
      q
        .select(db.raw('1'))
        .from('refunds as r')
        .whereRaw('r.order_id = p.order_id')
        .whereIn('r.status', ['requested', 'awaiting_second_approval', 'approved', 'failed']),
    )
    .orderBy('p.id', 'desc')
    .limit(n)
    .select('p.id', 'p.account_id');
  return rows.map((r: { id: number; account_id: number }) => ({ senderAccountId: r.account_id, sourceAccountPlanId: r.id }));
}
