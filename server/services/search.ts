// `GET /api/search?q=`: one box over customers, eSIMs, orders, transfers, refunds and DSA notices
// (docs/SEARCH.md). The query is read as every identifier it may be (server/domain/search), each
// lookup is an index (equality, or the trigram index of migration 021), a role tries only the
// lookups its masking allows and the kinds of record it reads, and every result is shown masked.
import type { Knex } from 'knex';
import { readerOf } from '../db/connection.ts';
import { containingIds } from '../db/textSearch.ts';
import type { Role } from '../domain/enums.ts';
import { canUse, type ResourceName } from '../domain/permissions.ts';
import {
  iccidDigits,
  matchRank,
  maySearchField,
  phoneCandidates,
  rankResults,
  recordNumber,
  referenceCode,
  searchTerms,
  wholeEmail,
  type SearchField,
  type SearchResultKind,
} from '../domain/search/searchQuery.ts';
import { maskValue } from '../rest/masking.ts';
import type { AccountsRow, DsaNoticesRow, EsimsRow, OrdersRow, RefundsRow, TransfersRow } from '../db/rows.generated.ts';

export interface SearchResult {
  kind: SearchResultKind;
  id: number;
  /** What the result is shown as (masked for the reader). */
  title: string;
  /** A second line: the name, the status, the customer (masked). */
  detail: string | null;
  status: string | null;
  /** The customer the record belongs to, when it has one. */
  accountId: number | null;
  matchedBy: SearchField;
  /** 0 the whole value, 1 its start, 2 a word's start, 3 inside, 4 terms apart (matchRank). */
  rank: number;
}

export interface SearchGroup {
  kind: SearchResultKind;
  results: SearchResult[];
}

/** The substring candidates read per lookup before ranking. */
const CANDIDATES = 20;
export const SEARCH_LIMIT_DEFAULT = 5;

const RESOURCE_OF: Record<SearchResultKind, ResourceName> = {
  customer: 'accounts',
  esim: 'esims',
  order: 'orders',
  transfer: 'transfers',
  refund: 'refunds',
  dsa_notice: 'dsa-notices',
};

type Hit = SearchResult & { value: string };

export async function searchEverything(
  database: Knex,
  q: string,
  roles: readonly Role[],
  limit = SEARCH_LIMIT_DEFAULT,
): Promise<SearchGroup[]> {
  const db = readerOf(database);
  const may = (field: SearchField) => maySearchField(field, roles);
  const reads = (kind: SearchResultKind) => canUse(roles, RESOURCE_OF[kind], 'read');
  const terms = searchTerms(q);
  const number = recordNumber(q);
  const email = wholeEmail(q);
  const phones = phoneCandidates(q);
  const digits = iccidDigits(q);
  const code = referenceCode(q);
  const text = q.trim();
  // What kind of text it is decides which substring lookups are worth an index walk: digits alone are an
  // ICCID's end, a number or a phone; an address part has an @ or a dot; a reference has neither.
  const digitsOnly = /^[\d\s+#-]+$/.test(text);
  const referenceLike = /^[A-Za-z0-9_-]+$/.test(text);
  const email_ = (v: unknown) => (maskValue('email', v, roles) as string | null) ?? '•••';

  const kinds: Partial<Record<SearchResultKind, Promise<Hit[]>>> = {};

  if (reads('customer'))
    kinds.customer = (async () => {
      const found: { id: number; field: SearchField; rank: number }[] = [];
      const exact = async (field: SearchField, qb: Knex.QueryBuilder) => {
        if (may(field)) for (const r of await qb.limit(CANDIDATES)) found.push({ id: Number(r.id), field, rank: 0 });
      };
      if (number !== null) await exact('customer_id', db('accounts').where('id', number).select('id'));
      if (email) await exact('customer_email', db('accounts').where('email', email).select('id'));
      if (phones.length) await exact('customer_phone', db('accounts').whereIn('phone', phones).select('id'));
      if (code) await exact('customer_referral_code', db('accounts').where('referral_code', code).select('id'));
      if (text.length >= 8 && !/\s/.test(text)) await exact('customer_device', db('accounts').where('signup_device_id', text).select('id'));
      const columns = [...(may('customer_email_part') ? ['email'] : []), ...(may('customer_name') ? ['name'] : [])];
      const partIds =
        columns.length && !phones.length && !digitsOnly ? await containingIds(db, 'accounts', columns, terms, CANDIDATES) : [];
      const ids = [...new Set([...found.map((f) => f.id), ...partIds])];
      if (!ids.length) return [];
      const rows: Pick<AccountsRow, 'id' | 'email' | 'name' | 'phone' | 'status' | 'referral_code'>[] = await db('accounts')
        .whereIn('id', ids)
        .select('id', 'email', 'name', 'phone', 'status', 'referral_code');
      return rows.map((r): Hit => {
        const exactHit = found.filter((f) => f.id === Number(r.id))[0];
        const byEmail = columns.includes('email') ? matchRank(r.email, q) : 4;
        const byName = columns.includes('name') ? matchRank(r.name, q) : 4;
        const [field, rank]: [SearchField, number] = exactHit
          ? [exactHit.field, 0]
          : byName <= byEmail
            ? ['customer_name', byName]
            : ['customer_email_part', byEmail];
        const name = maskValue('name', r.name, roles) as string | null;
        const phone = field === 'customer_phone' ? (maskValue('phone', r.phone, roles) as string | null) : null;
        return {
          kind: 'customer',
          id: Number(r.id),
          title: email_(r.email),
          detail: [name, phone, field === 'customer_referral_code' ? r.referral_code : null].filter(Boolean).join(' · ') || null,
          status: r.status,
          accountId: Number(r.id),
          matchedBy: field,
          rank,
          value: String(field === 'customer_name' ? r.name : r.email),
        };
      });
    })();

  // A phone number typed with spaces or a + is not an ICCID's end.
  if (reads('esim') && digits && !(phones.length && !/^\d+$/.test(text)))
    kinds.esim = (async () => {
      const hits: { id: number; field: SearchField }[] = [];
      if (may('esim_iccid'))
        for (const r of await db('esims').where('iccid', digits).select('id')) hits.push({ id: Number(r.id), field: 'esim_iccid' });
      if (may('esim_iccid_suffix') && digits.length < 19) {
        for (const id of await containingIds(db, 'esims', ['iccid'], [digits], CANDIDATES, { column: 'iccid', suffix: digits }))
          hits.push({ id, field: 'esim_iccid_suffix' });
      }
      if (!hits.length) return [];
      const rows: (Pick<EsimsRow, 'id' | 'iccid' | 'status' | 'account_id'> & Pick<AccountsRow, 'email'>)[] = await db('esims as e')
        .join('accounts as a', 'a.id', 'e.account_id')
        .whereIn(
          'e.id',
          hits.map((h) => h.id),
        )
        .select('e.id', 'e.iccid', 'e.status', 'e.account_id', 'a.email');
      return rows.map((r): Hit => ({
        kind: 'esim',
        id: Number(r.id),
        title: String(maskValue('device', r.iccid, roles) ?? '•••'),
        detail: email_(r.email),
        status: r.status,
        accountId: Number(r.account_id),
        matchedBy: r.iccid === digits ? 'esim_iccid' : 'esim_iccid_suffix',
        rank: r.iccid === digits ? 0 : 1,
        value: r.iccid,
      }));
    })();

  if (reads('order'))
    kinds.order = (async () => {
      const hits: { id: number; field: SearchField; rank: number }[] = [];
      if (number !== null)
        for (const r of await db('orders').where('id', number).select('id'))
          hits.push({ id: Number(r.id), field: 'order_number', rank: 0 });
      if (text.length >= 6 && !/\s/.test(text) && may('order_payment_reference')) {
        for (const r of await db('orders').where('payment_reference', text).select('id'))
          hits.push({ id: Number(r.id), field: 'order_payment_reference', rank: 0 });
      }
      if (may('order_payment_reference_part') && terms.length === 1 && referenceLike && !digitsOnly) {
        for (const id of await containingIds(db, 'orders', ['payment_reference'], terms, CANDIDATES))
          hits.push({ id, field: 'order_payment_reference_part', rank: 3 });
      }
      if (!hits.length) return [];
      const rows: (Pick<OrdersRow, 'id' | 'payment_reference' | 'status' | 'account_id' | 'amount_cents'> & Pick<AccountsRow, 'email'>)[] =
        await db('orders as o')
          .join('accounts as a', 'a.id', 'o.account_id')
          .whereIn(
            'o.id',
            hits.map((h) => h.id),
          )
          .select('o.id', 'o.payment_reference', 'o.status', 'o.account_id', 'o.amount_cents', 'a.email');
      return rows.map((r): Hit => {
        const hit = hits.find((h) => h.id === Number(r.id))!;
        const rank = hit.rank === 0 ? 0 : matchRank(r.payment_reference, q);
        const reference = maskValue('payment', r.payment_reference, roles) as string | null;
        return {
          kind: 'order',
          id: Number(r.id),
          title: `#${r.id}`,
          detail: [reference, email_(r.email)].filter(Boolean).join(' · '),
          status: r.status,
          accountId: Number(r.account_id),
          matchedBy: hit.field,
          rank,
          value: hit.field === 'order_number' ? String(r.id) : String(r.payment_reference),
        };
      });
    })();

  if (reads('transfer'))
    kinds.transfer = (async () => {
      const hits: { id: number; field: SearchField; rank: number }[] = [];
      if (number !== null)
        for (const r of await db('transfers').where('id', number).select('id'))
          hits.push({ id: Number(r.id), field: 'transfer_number', rank: 0 });
      if (email && may('transfer_recipient')) {
        for (const r of await db('transfers').where('recipient_email', email).orderBy('id', 'desc').limit(CANDIDATES).select('id'))
          hits.push({ id: Number(r.id), field: 'transfer_recipient', rank: 0 });
      }
      if (may('transfer_recipient_part') && terms.length === 1 && !digitsOnly && !email) {
        // an address has no spaces
        for (const id of await containingIds(db, 'transfers', ['recipient_email'], terms, CANDIDATES))
          hits.push({ id, field: 'transfer_recipient_part', rank: 3 });
      }
      if (!hits.length) return [];
      const rows: (Pick<TransfersRow, 'id' | 'recipient_email' | 'status' | 'amount_gb' | 'amount_mb' | 'sender_account_id'> & {
        sender_email: AccountsRow['email'];
      })[] = await db('transfers as t')
        .join('accounts as a', 'a.id', 't.sender_account_id')
        .whereIn(
          't.id',
          hits.map((h) => h.id),
        )
        .select('t.id', 't.recipient_email', 't.status', 't.amount_gb', 't.amount_mb', 't.sender_account_id', 'a.email as sender_email');
      return rows.map((r): Hit => {
        const hit = hits.find((h) => h.id === Number(r.id))!;
        const rank = hit.rank === 0 ? 0 : matchRank(r.recipient_email, q);
        return {
          kind: 'transfer',
          id: Number(r.id),
          title: email_(r.recipient_email),
          detail: email_(r.sender_email),
          status: r.status,
          accountId: Number(r.sender_account_id),
          matchedBy: hit.rank === 0 && hit.field === 'transfer_recipient_part' ? 'transfer_recipient' : hit.field,
          rank,
          value: String(r.recipient_email),
        };
      });
    })();

  if (reads('refund'))
    kinds.refund = (async () => {
      const hits: { id: number; field: SearchField; rank: number }[] = [];
      if (number !== null)
        for (const r of await db('refunds').where('id', number).select('id'))
          hits.push({ id: Number(r.id), field: 'refund_number', rank: 0 });
      if (may('refund_payout_reference_part') && terms.length === 1 && referenceLike && !digitsOnly) {
        for (const id of await containingIds(db, 'refunds', ['payout_reference'], terms, CANDIDATES))
          hits.push({ id, field: 'refund_payout_reference_part', rank: 3 });
      }
      if (!hits.length) return [];
      const rows: (Pick<RefundsRow, 'id' | 'status' | 'payout_reference' | 'account_id'> & Pick<AccountsRow, 'email'>)[] = await db(
        'refunds as r',
      )
        .join('accounts as a', 'a.id', 'r.account_id')
        .whereIn(
          'r.id',
          hits.map((h) => h.id),
        )
        .select('r.id', 'r.status', 'r.payout_reference', 'r.account_id', 'a.email');
      return rows.map((r): Hit => {
        const hit = hits.find((h) => h.id === Number(r.id))!;
        const rank = hit.rank === 0 ? 0 : matchRank(r.payout_reference, q);
        return {
          kind: 'refund',
          id: Number(r.id),
          title: `#${r.id}`,
          detail: [maskValue('payment', r.payout_reference, roles), email_(r.email)].filter(Boolean).join(' · '),
          status: r.status,
          accountId: Number(r.account_id),
          matchedBy: hit.field,
          rank,
          value: hit.field === 'refund_number' ? String(r.id) : String(r.payout_reference),
        };
      });
    })();

  if (reads('dsa_notice'))
    kinds.dsa_notice = (async () => {
      const hits: { id: number; rank: number }[] = [];
      if (code) for (const r of await db('dsa_notices').where('reference', code).select('id')) hits.push({ id: Number(r.id), rank: 0 });
      if (terms.length === 1 && referenceLike)
        for (const id of await containingIds(db, 'dsa_notices', ['reference'], terms, CANDIDATES)) hits.push({ id, rank: 3 });
      if (!hits.length) return [];
      const rows: Pick<DsaNoticesRow, 'id' | 'reference' | 'status' | 'category'>[] = await db('dsa_notices')
        .whereIn(
          'id',
          hits.map((h) => h.id),
        )
        .select('id', 'reference', 'status', 'category');
      return rows.map((r): Hit => ({
        kind: 'dsa_notice',
        id: Number(r.id),
        title: r.reference,
        detail: r.category,
        status: r.status,
        accountId: null,
        matchedBy: 'dsa_notice_reference',
        rank: matchRank(r.reference, q),
        value: r.reference,
      }));
    })();

  const order = Object.keys(RESOURCE_OF) as SearchResultKind[];
  const found = await Promise.all(order.map((kind) => kinds[kind] ?? Promise.resolve([])));
  const groups: (SearchGroup & { best: number; order: number })[] = [];
  for (const [i, kind] of order.entries()) {
    const hits = found[i]!;
    if (!hits.length) continue;
    const results = rankResults(hits, limit).map(({ value: _value, ...r }) => r);
    groups.push({ kind, results, best: results[0]!.rank, order: i });
  }
  // Groups in a fixed order, except that a group holding an exact match comes first.
  return groups
    .sort((a, b) => Number(b.best === 0) - Number(a.best === 0) || a.order - b.order)
    .map(({ kind, results }) => ({ kind, results }));
}
