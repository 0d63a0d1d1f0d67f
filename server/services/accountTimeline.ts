// The customer 360's one activity timeline (docs/ACCOUNTS.md "Activity timeline"): the most recent rows
// of each kind, each read by the account through an index (never a scan by time), merged newest first.
import type { Knex } from 'knex';
import type { Role } from '../domain/enums.ts';
import { canUse, type ResourceName } from '../domain/permissions.ts';
import { toIso } from '../db/values.ts';
import { notFound } from '../http/errors.ts';
import { rowToRecord } from '../rest/fields.ts';
import { maskFields } from '../rest/masking.ts';
import { RESOURCE_DEFS } from '../rest/resources/index.ts';
import { staffActionsOn } from './accountOverview.ts';

import type { AccountsRow } from '../db/rows.generated.ts';

/** A row of one of the timeline's tables (each source reads its own): its id, and the columns its resource shows. */
type SourceRow = { id: number } & Record<string, unknown>;

export const TIMELINE_KINDS = [
  'order',
  'install',
  'usage_alert',
  'transfer_sent',
  'transfer_received',
  'transfer_fix',
  'refund',
  'message',
  'staff_action',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** How many recent rows each kind brings at most: the timeline is bounded whatever the account. */
export const TIMELINE_PER_KIND = 25;

export interface TimelineItem {
  /** Unique in the timeline: `<kind>:<record id>`. */
  key: string;
  kind: TimelineKind;
  at: string;
  /** The record the item links to. */
  resource: ResourceName;
  recordId: number;
  /** The record, masked for the reader's roles as every read path is. */
  record: Record<string, unknown>;
  /** A received transfer's sender, by e-mail (masked as the accounts list masks it). */
  senderEmail?: unknown;
}

interface KindSource {
  resource: ResourceName;
  /** Roles must read this resource too (e.g. alert rules hang on plans). */
  alsoReads?: ResourceName;
  query: (db: Knex, id: number) => Knex.QueryBuilder;
  at: string;
}

const SOURCES: Record<TimelineKind, KindSource> = {
  order: { resource: 'orders', query: (db, id) => db('orders').where({ account_id: id }).orderBy('ordered_at', 'desc'), at: 'ordered_at' },
  install: {
    resource: 'esims',
    query: (db, id) => db('esims').where({ account_id: id }).whereNotNull('installed_at').orderBy('installed_at', 'desc'),
    at: 'installed_at',
  },
  usage_alert: {
    resource: 'usage-alerts',
    query: (db, id) =>
      db('usage_alerts as ua')
        .join('account_plans as p', 'p.id', 'ua.account_plan_id')
        .where('p.account_id', id)
        .whereNotNull('ua.fired_at')
        .orderBy('ua.fired_at', 'desc')
        .select('ua.*'),
    at: 'fired_at',
  },
  transfer_sent: {
    resource: 'transfers',
    query: (db, id) => db('transfers').where({ sender_account_id: id }).orderBy('created_at', 'desc'),
    at: 'created_at',
  },
  transfer_received: {
    resource: 'transfers',
    query: (db, id) => db('transfers').where({ recipient_account_id: id }).orderBy('created_at', 'desc'),
    at: 'created_at',
  },
  transfer_fix: {
    resource: 'transfers',
    query: (db, id) => db('transfers').where({ sender_account_id: id }).whereNotNull('fixed_at').orderBy('fixed_at', 'desc'),
    at: 'fixed_at',
  },
  refund: {
    resource: 'refunds',
    query: (db, id) => db('refunds').where({ account_id: id }).orderBy('requested_at', 'desc'),
    at: 'requested_at',
  },
  message: {
    resource: 'messages',
    query: (db, id) => db('messages').where({ account_id: id }).orderBy('created_at', 'desc'),
    at: 'created_at',
  },
  staff_action: {
    resource: 'audit-log',
    alsoReads: 'accounts',
    query: (db, id) =>
      db
        .select('*')
        .from(staffActionsOn(db, id, ['*']).as('a'))
        .orderBy('id', 'desc'),
    at: 'at',
  },
};

/** The kinds a role's timeline holds: those whose records it reads (the audit trail of an account: its readers). */
export function timelineKindsFor(roles: readonly Role[]): TimelineKind[] {
  return TIMELINE_KINDS.filter((k) => {
    const s = SOURCES[k];
    if (s.resource === 'audit-log') return canUse(roles, 'accounts', 'read');
    return canUse(roles, s.resource, 'read') && (!s.alsoReads || canUse(roles, s.alsoReads, 'read'));
  });
}

/** Newest first, at most TIMELINE_PER_KIND of each kind asked (all the role reads when none is). */
export async function accountTimeline(
  db: Knex,
  id: number,
  roles: readonly Role[],
  kinds: readonly TimelineKind[] = TIMELINE_KINDS,
): Promise<{ kinds: TimelineKind[]; items: TimelineItem[]; perKind: number }> {
  if (!(await db('accounts').where({ id }).first('id'))) throw notFound(`Account ${id} not found`);
  const readable = timelineKindsFor(roles);
  const asked = readable.filter((k) => kinds.includes(k));
  const lists = await Promise.all(
    asked.map(async (kind) => {
      const source = SOURCES[kind];
      const def = RESOURCE_DEFS.get(source.resource)!;
      const rows: SourceRow[] = await source
        .query(db, id)
        .orderBy(kind === 'usage_alert' ? 'ua.id' : 'id', 'desc')
        .limit(TIMELINE_PER_KIND);
      return rows.map((row): TimelineItem => ({
        key: `${kind}:${row.id}`,
        kind,
        at: toIso(row[source.at])!,
        resource: source.resource,
        recordId: row.id,
        record: maskFields(def.fields, rowToRecord(def.fields, row), roles),
      }));
    }),
  );
  const items = lists.flat().sort((a, b) => b.at.localeCompare(a.at) || b.key.localeCompare(a.key));
  // A received transfer names its sender (an e-mail, masked as the reader's accounts list masks it).
  const received = items.filter((i) => i.kind === 'transfer_received');
  if (received.length && canUse(roles, 'accounts', 'read')) {
    const accountFields = RESOURCE_DEFS.get('accounts')!.fields;
    const senders: AccountsRow[] = await db('accounts')
      .whereIn('id', [...new Set(received.map((i) => i.record.senderAccountId as number))])
      .select('*');
    const emailOf = new Map(senders.map((a) => [a.id, maskFields(accountFields, rowToRecord(accountFields, a), roles).email]));
    for (const i of received) i.senderEmail = emailOf.get(i.record.senderAccountId as number) ?? null;
  }
  return { kinds: readable, items, perKind: TIMELINE_PER_KIND };
}
