// The customer 360 (one call, a fixed number of queries whatever the account) and the search box.
import { optOutOfAccount } from './smsOptOuts.ts';
import type { Knex } from 'knex';
import { isPostgres } from '../db/connection.ts';
import { listsInOneStatement, type ListRows, type ShortList } from '../db/listsInOneStatement.ts';
import { maskingFor, maskPersonal, maySearchBy, SEARCH_KIND_DATA } from '../domain/accounts/masking.ts';
import { searchKinds, type SearchKind } from '../domain/accounts/search.ts';
import { parisDate } from '../domain/calendar.ts';
import type { Role } from '../domain/enums.ts';
import { sendableNow, type TransferFacts } from '../domain/transfers/transferRules.ts';
import { toBool, toIso } from '../db/values.ts';
import { canUse, type ResourceName } from '../domain/permissions.ts';
import { notFound } from '../http/errors.ts';
import { rowToRecord, type FieldDef } from '../rest/fields.ts';
import { maskFields, maskValue } from '../rest/masking.ts';
import { orderByBytes, wherePrefix } from '../rest/resource.ts';
import { RESOURCE_DEFS } from '../rest/resources/index.ts';
import { hour } from './stats.ts';
import { OPEN_REFUND_STATUSES } from '../domain/refunds/refundStates.ts';

import type { AccountsRow, EsimMovesRow, EsimsRow, OrdersRow, UsageAlertsRow, UsageRecordsRow } from '../db/rows.generated.ts';

/** The usage of one plan in one hour (`h`, `YYYY-MM-DDTHH`); PostgreSQL returns a sum as a string. */
type UsageHourRow = Pick<UsageRecordsRow, 'account_plan_id'> & { h: string; mb: number | string };
/** The columns the search box reads of a matched account (and, by kind, the matched identifier). */
type AccountMatchRow = Pick<AccountsRow, 'id' | 'email' | 'status'>;
const LIMIT = 50;
const USAGE_DAYS = 90;

const fieldsOf = (name: ResourceName): Record<string, FieldDef> => RESOURCE_DEFS.get(name)!.fields;

/** The columns a resource's fields read (never `select *`: a list's rows carry only what the API returns). */
const columnsCache = new Map<ResourceName, string[]>();
function columnsOf(resource: ResourceName): string[] {
  let cols = columnsCache.get(resource);
  if (!cols) {
    cols = [...new Set(['id', ...Object.values(fieldsOf(resource)).map((f) => f.column)])];
    columnsCache.set(resource, cols);
  }
  return cols;
}

/** A list of the 360: a resource's rows of this account, newest first by `newestBy`. */
function recent(resource: ResourceName, where: (q: Knex.QueryBuilder) => Knex.QueryBuilder, newestBy: string) {
  return { resource, where, newestBy };
}
type RecentList = ReturnType<typeof recent>;

/**
 * The audit rows of staff actions on the account, its plans and their alert rules, its transfers (sent or
 * received: a fix), its orders, refunds and conversations (what the staff did for this customer). One branch
 * per kind of record, each a range of the audit log's index (entity, entity_id, id), so the time is that of
 * this account's own trail whatever the size of the log (issue 15); the log is append-only, so its id order
 * is its time order. `cols` is what each branch selects.
 */
export function staffActionsOn(db: Knex, id: number, cols: string[] | Knex.Raw): Knex.QueryBuilder {
  // Each branch reads the log's columns (`l.`); a raw selection such as `1 AS one` is kept as given.
  const picked = Array.isArray(cols) ? cols.map((c) => `l.${c}`) : cols;
  // The audit rows of one kind of record, joined from the account's own records (found by their account index)
  // to the log's (entity, entity_id) index: a nested lookup, never a scan of either.
  const on = (entity: string, table: string, column: string, more?: (q: Knex.QueryBuilder) => void) => {
    const q = db('audit_log as l')
      .join(`${table} as t`, 'l.entity_id', db.raw('CAST(t.id AS TEXT)'))
      .where('l.entity', entity)
      .where('l.actor_kind', 'staff')
      .where(`t.${column}`, id);
    more?.(q);
    return q.select(picked);
  };
  const alertRules = db('audit_log as l')
    .join('usage_alerts as ua', 'l.entity_id', db.raw('CAST(ua.id AS TEXT)'))
    .join('account_plans as p', 'p.id', 'ua.account_plan_id')
    .where('l.entity', 'usage-alerts')
    .where('l.actor_kind', 'staff')
    .where('p.account_id', id)
    .select(picked);
  const [first, ...rest] = [
    db('audit_log as l')
      .where({ 'l.entity': 'accounts', 'l.entity_id': String(id), 'l.actor_kind': 'staff' })
      .select(picked),
    on('account-plans', 'account_plans', 'account_id'),
    alertRules,
    on('transfers', 'transfers', 'sender_account_id'),
    // A transfer the account both sent and received is already in the branch above.
    on('transfers', 'transfers', 'recipient_account_id', (q) => q.whereNot('t.sender_account_id', id)),
    on('orders', 'orders', 'account_id'),
    on('refunds', 'refunds', 'account_id'),
    on('conversations', 'conversations', 'account_id'),
  ];
  return first!.unionAll(rest);
}

export async function accountOverview(db: Knex, id: number, roles: readonly Role[], now = new Date()) {
  const row: Pick<AccountsRow, 'id' | 'email' | 'status' | 'phone' | 'data_blocked'> | undefined = await db('accounts')
    .where({ id })
    .first([...new Set([...columnsOf('accounts'), 'email', 'status', 'data_blocked'])]);
  if (!row) throw notFound(`Account ${id} not found`);
  const sees = (r: ResourceName) => canUse(roles, r, 'read');
  const masking = maskingFor(roles);
  const account = maskFields(fieldsOf('accounts'), rowToRecord(fieldsOf('accounts'), row), roles);

  // Every list in one statement (server/db/listsInOneStatement.ts), each an index range of its table; a role
  // gets only the lists it may read (the others are empty).
  const wanted = {
    esims: recent('esims', (q) => q.where({ account_id: id }), 'created_at'),
    plans: recent('account-plans', (q) => q.where({ account_id: id }), 'ordered_at'),
    orders: recent('orders', (q) => q.where({ account_id: id }), 'ordered_at'),
    transfersSent: recent('transfers', (q) => q.where({ sender_account_id: id }), 'created_at'),
    transfersReceived: recent('transfers', (q) => q.where({ recipient_account_id: id }), 'created_at'),
    refunds: recent('refunds', (q) => q.where({ account_id: id }), 'requested_at'),
    reviews: recent('reviews', (q) => q.where({ account_id: id }), 'published_at'),
    reportsMade: recent('review-reports', (q) => q.where({ reporter_account_id: id }), 'created_at'),
    dsaNotices: recent('dsa-notices', (q) => q.where({ author_account_id: id }), 'received_at'),
    asSponsor: recent('referrals', (q) => q.where({ sponsor_account_id: id }), 'created_at'),
    asReferred: recent('referrals', (q) => q.where({ referred_account_id: id }), 'created_at'),
    redemptions: recent('promo-redemptions', (q) => q.where({ account_id: id }), 'redeemed_at'),
    blocks: recent('blocks', (q) => q.where({ account_id: id }), 'created_at'),
    messages: recent('messages', (q) => q.where({ account_id: id }), 'created_at'),
    goodwillCredits: recent('goodwill-credits', (q) => q.where({ account_id: id }), 'created_at'),
    conversations: recent('conversations', (q) => q.where({ account_id: id }), 'last_message_at'),
    complaints: recent('customer-complaints', (q) => q.where({ account_id: id }), 'received_at'),
  } satisfies Record<string, RecentList>;
  type ListKey = keyof typeof wanted | 'audit';
  const readable = (Object.entries(wanted) as [keyof typeof wanted, RecentList][]).filter(([, l]) => sees(l.resource));
  const shortLists: Partial<Record<ListKey, ShortList>> = Object.fromEntries(
    readable.map(([key, l]) => [
      key,
      { scope: l.where(db(RESOURCE_DEFS.get(l.resource)!.table)), columns: columnsOf(l.resource), newestBy: l.newestBy, limit: LIMIT },
    ]),
  );
  // The staff actions on the account, its plans, transfers, orders, refunds and conversations (staffActionsOn).
  if (sees('accounts'))
    shortLists.audit = {
      scope: db.from(staffActionsOn(db, id, columnsOf('audit-log')).as('a')),
      countScope: db.from(staffActionsOn(db, id, db.raw('1 AS one')).as('a')),
      columns: columnsOf('audit-log'),
      newestBy: 'id',
      limit: LIMIT,
    };
  const read = await listsInOneStatement(db, shortLists as Record<ListKey, ShortList>);
  const resourceOf = (key: ListKey): ResourceName => (key === 'audit' ? 'audit-log' : wanted[key].resource);
  const listOf = (key: ListKey): ListRows => {
    const found = read[key];
    if (!found) return { rows: [], total: 0 };
    const fields = fieldsOf(resourceOf(key));
    return { rows: found.rows.map((r) => maskFields(fields, rowToRecord(fields, r), roles)), total: found.total };
  };
  const shown = Object.fromEntries(([...Object.keys(wanted), 'audit'] as ListKey[]).map((key) => [key, listOf(key)])) as Record<
    ListKey,
    ListRows
  >;
  // The referrals and promo redemptions are answered apart (below); every other list as it is.
  const { asSponsor, asReferred, redemptions, ...lists } = shown;
  const plans = lists.plans;

  // The plans' alert rules, their usage per Paris day over 90 days, the open refunds on their orders
  // and their eSIM moves: one query each.
  const planIds = plans.rows.map((p) => p.id as number);
  const orderIds = plans.rows.map((p) => p.orderId as number | null).filter((x): x is number => x != null);
  const [alerts, usageRows, openRefunds, moves]: [
    Pick<UsageAlertsRow, 'account_plan_id'>[], // with the columns of the usage-alerts resource
    UsageHourRow[],
    number[],
    Pick<EsimMovesRow, 'account_plan_id' | 'from_esim_id' | 'to_esim_id' | 'moved_at'>[],
  ] =
    planIds.length && sees('usage-records')
      ? await Promise.all([
          db('usage_alerts')
            .whereIn('account_plan_id', planIds)
            .orderBy('threshold_percent')
            .select([...new Set([...columnsOf('usage-alerts'), 'account_plan_id'])]),
          db('usage_records')
            .whereIn('account_plan_id', planIds)
            .where('occurred_at', '>=', new Date(now.getTime() - USAGE_DAYS * 86_400_000).toISOString())
            .select('account_plan_id', hour(db, 'occurred_at').wrap('(', ') AS h'))
            .sum<UsageHourRow[]>({ mb: 'mb' })
            .groupBy('account_plan_id', 'h'),
          orderIds.length ? db('refunds').whereIn('order_id', orderIds).whereIn('status', OPEN_REFUND_STATUSES).pluck('order_id') : [],
          db('esim_moves')
            .whereIn('account_plan_id', planIds)
            .orderBy('moved_at', 'desc')
            .select('account_plan_id', 'from_esim_id', 'to_esim_id', 'moved_at'),
        ])
      : [[], [], [], []];
  const alertFields = fieldsOf('usage-alerts');
  const refundOpen = new Set(openRefunds.map(Number));
  for (const p of plans.rows) {
    p.alerts = alerts.filter((a) => a.account_plan_id === p.id).map((a) => maskFields(alertFields, rowToRecord(alertFields, a), roles));
    // What the customer can send from this plan now (paid data only, in whole GB), and why not.
    const { gb, refusal } = sendableNow(
      {
        sender: { id: row.id, email: row.email, status: row.status },
        source: {
          id: p.id as number,
          accountId: p.accountId as number,
          origin: p.origin as TransferFacts['source']['origin'],
          status: p.status as string,
          expiresAt: p.expiresAt as string | null,
          dataRemainingMb: p.dataRemainingMb as number,
          dataGiftedMb: p.dataGiftedMb as number,
          unlimited: !!p.unlimited,
          dataBlocked: !!p.dataBlocked,
          refundOpen: p.orderId != null && refundOpen.has(p.orderId as number),
        },
        senderBlocked: !!toBool(row.data_blocked),
      },
      now,
    );
    p.sendableGb = gb;
    p.notSendableBecause = refusal?.code ?? null;
    p.esimMoves = moves
      .filter((m) => m.account_plan_id === p.id)
      .map((m) => ({ fromEsimId: m.from_esim_id, toEsimId: m.to_esim_id, movedAt: toIso(m.moved_at) }));
  }
  const usage = new Map<string, number>();
  for (const u of usageRows) {
    const key = `${u.account_plan_id}|${parisDate(new Date(`${u.h}:00:00Z`))}`;
    usage.set(key, (usage.get(key) ?? 0) + Number(u.mb));
  }
  // A STOP from the customer's number (docs/OPERATIONS.md "SMS"): no SMS goes to it until START.
  const optOut = sees('messages') ? await optOutOfAccount(db, { id: row.id, phone: row.phone ?? null }) : null;
  const smsOptOut = optOut
    ? { phone: maskPersonal('phone', optOut.phone, roles), source: optOut.source, optedOutAt: toIso(optOut.optedOutAt) }
    : null;
  return {
    account,
    masked: masking,
    smsOptOut,
    ...Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, v.rows])),
    usage: [...usage]
      .map(([key, mb]) => {
        const [planId, day] = key.split('|');
        return { accountPlanId: Number(planId), day: day!, mb };
      })
      .sort((a, b) => a.day.localeCompare(b.day) || a.accountPlanId - b.accountPlanId),
    referrals: { asSponsor: asSponsor.rows, asReferred: asReferred.rows[0] ?? null },
    promoRedemptions: redemptions.rows,
    totals: Object.fromEntries(
      [...Object.entries(lists), ['referralsAsSponsor', asSponsor], ['promoRedemptions', redemptions]].map(([k, v]) => [
        k,
        (v as { total: number }).total,
      ]),
    ),
  };
}

export interface SearchMatch {
  accountId: number;
  email: string;
  status: string;
  matchedBy: SearchKind;
  label: string;
}

/**
 * The search box: every kind of identifier the query may be, at most 20 accounts, exact matches first.
 * A role looks people up only by data it may see (maySearchBy), and every match is shown through the
 * masking policy: the e-mail, and the label by the kind of data it shows (SEARCH_KIND_DATA).
 */
export async function searchAccounts(db: Knex, q: string, roles: readonly Role[]): Promise<SearchMatch[]> {
  const found = new Map<number, SearchMatch>();
  const add = <R extends AccountMatchRow>(rows: R[], matchedBy: SearchKind, label: (r: R) => string) => {
    const labelKind = SEARCH_KIND_DATA[matchedBy]?.kind;
    for (const r of rows)
      if (!found.has(r.id) && found.size < 20) {
        const shownLabel = labelKind ? maskValue(labelKind, label(r), roles) : label(r);
        found.set(r.id, {
          accountId: r.id,
          email: maskValue('email', r.email, roles) ?? '',
          status: r.status,
          matchedBy,
          label: shownLabel ?? '',
        });
      }
  };
  const escape = isPostgres(db) ? '' : " ESCAPE '\\'";
  for (const { kind, value } of searchKinds(q).filter((k) => maySearchBy(k.kind, roles))) {
    if (found.size >= 20) break;
    const accounts = db('accounts as a').select('a.id', 'a.email', 'a.status');
    switch (kind) {
      case 'email':
        add(await accounts.where('a.email', value), kind, () => value);
        break;
      case 'email_prefix':
        add(await orderByBytes(wherePrefix(accounts, 'a.email', value), 'a.email').limit(20), kind, (r) => r.email);
        break;
      case 'iccid':
        add<AccountMatchRow & Pick<EsimsRow, 'iccid'>>(
          await accounts
            .join('esims as e', 'e.account_id', 'a.id')
            .where('e.iccid', value)
            .orWhere((w) => {
              if (value.length >= 6 && value.length < 19) w.whereRaw(`e.iccid LIKE ?${escape}`, [`%${value}`]);
            })
            .select('e.iccid')
            .limit(20),
          kind,
          (r) => r.iccid,
        );
        break;
      case 'order':
        add<AccountMatchRow & { order_id: OrdersRow['id'] }>(
          await accounts.join('orders as o', 'o.account_id', 'a.id').where('o.id', Number(value)).select('o.id as order_id'),
          kind,
          (r) => `#${r.order_id}`,
        );
        break;
      case 'account':
        add(await accounts.where('a.id', Number(value)), kind, (r) => `account ${r.id}`);
        break;
      case 'payment_reference':
        add<AccountMatchRow & Pick<OrdersRow, 'payment_reference'>>(
          await accounts.join('orders as o', 'o.account_id', 'a.id').where('o.payment_reference', value).select('o.payment_reference'),
          kind,
          (r) => r.payment_reference,
        );
        break;
      case 'referral_code':
        add(await accounts.where('a.referral_code', value), kind, () => value);
        break;
    }
  }
  return [...found.values()];
}
