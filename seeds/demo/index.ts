// The deterministic demo data set (docs/PRODUCT.md §4): `seedDemo(db, { now })` builds a whole,
// consistent world in memory from one seed number, every date relative to `now`,
// then writes it area by area, one transaction each.
import type { Knex } from 'knex';
import { appendAudit } from '../../server/audit/auditLog.ts';
import { openDispute } from '../../server/services/disputes.ts';
import { issueCreditNote } from '../../server/services/invoices.ts';
import { accountTables, buildAccounts, buildEsims, closeAccounts, esimMoveTables } from './accounts.ts';
import { buildCatalog, catalogTables } from './catalog.ts';
import { seedConversations } from './conversations.ts';
import { seedCustomerData } from './customerData.ts';
import { seedComplaints } from './complaints.ts';
import { buildDsa, dsaTables } from './dsa.ts';
import { insertTables } from './insert.ts';
import { finalizeLedger } from './ledger.ts';
import { buildMessages, messageTables } from './messages.ts';
import { buildOrders, orderTables } from './orders-and-plans.ts';
import { buildPromoCodes, buildRedemptions, buildReferrals, referralTables } from './referrals-promos.ts';
import { buildRefunds, refundTables } from './refunds.ts';
import { buildReviews, reviewTables } from './reviews.ts';
import { buildStaff, staffTables } from './staff.ts';
import { buildTransfers, transferTables } from './transfers.ts';
import { buildBlocks, buildUsageAlerts, usageTables } from './usage-alerts-blocks.ts';
import { createWorld, type World, type Table } from './world.ts';

export { DEMO_INTEGRATION_TOKEN, DEMO_LOGINS, DEMO_PASSWORD } from './staff.ts';
export { isDatabaseEmpty } from './empty.ts';
export { DEMO_SEED } from './rng.ts';

export type DemoSummary = Record<string, number>;
export interface SeedDemoOptions {
  now?: Date;
  log?: (line: string) => void;
}

/** Builds the whole demo world in memory (no I/O): the same `now` always gives the same world. */
export function buildDemoWorld(now: number): World {
  const w = createWorld(now);
  buildStaff(w);
  buildCatalog(w);
  buildPromoCodes(w);
  buildAccounts(w);
  buildOrders(w);
  buildReferrals(w);
  buildRedemptions(w);
  buildTransfers(w);
  buildRefunds(w);
  finalizeLedger(w);
  buildEsims(w);
  closeAccounts(w);
  buildReviews(w);
  buildDsa(w);
  buildUsageAlerts(w);
  buildBlocks(w);
  buildMessages(w);
  return w;
}

type Area = { name: string; tables: (w: World) => Table[] | Promise<Table[]> };
/** Written in this order so that every foreign key points at a row already there; the ledger last. */
const AREAS: Area[] = [
  { name: 'staff', tables: staffTables },
  { name: 'catalog', tables: (w) => [...catalogTables(w), ['promo_codes', w.promoCodes]] },
  { name: 'accounts', tables: accountTables },
  { name: 'orders and plans', tables: (w) => [...orderTables(w), ...esimMoveTables(w)] },
  { name: 'transfers', tables: transferTables },
  { name: 'refunds', tables: refundTables },
  { name: 'referrals and promos', tables: referralTables },
  { name: 'reviews', tables: reviewTables },
  { name: 'dsa', tables: dsaTables },
  { name: 'usage, alerts and blocks', tables: usageTables },
  { name: 'messages', tables: messageTables },
  { name: 'data ledger', tables: (w) => [['data_ledger', w.ledger]] },
];

export async function seedDemo(db: Knex, options: SeedDemoOptions = {}): Promise<DemoSummary> {
  const log = options.log ?? (() => {});
  const now = (options.now ?? new Date()).getTime();
  const started = Date.now();
  const w = buildDemoWorld(now);
  log(`demo: world built in ${Date.now() - started} ms (now = ${new Date(now).toISOString()})`);
  const summary: DemoSummary = {};
  for (const area of AREAS) {
    const t0 = Date.now();
    const tables = await area.tables(w);
    const counts = await db.transaction((trx) => insertTables(trx, tables, now));
    // A table may be written by two areas (review reports: users' in reviews, notices' in dsa).
    for (const [table, n] of Object.entries(counts)) summary[table] = (summary[table] ?? 0) + n;
    log(
      `demo: ${area.name}: ${Object.entries(counts)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')} (${Date.now() - t0} ms)`,
    );
  }
  // What staff did in the demo's past, in the hash-chained audit log, then the seeding itself.
  const t0 = Date.now();
  summary.audit_log = await db.transaction(async (trx) => {
    const entries = [...w.audit].filter((a) => a.at <= now).sort((a, b) => a.at - b.at);
    for (const a of entries) {
      await appendAudit(trx, {
        actor: { kind: 'staff', id: a.staff.id, email: a.staff.email, name: a.staff.name, roles: a.staff.roles },
        action: a.action,
        entity: a.entity,
        entityId: a.entityId,
        before: a.before ?? null,
        after: a.after ?? null,
        reason: a.reason ?? null,
        outcome: a.outcome,
        at: new Date(a.at),
      });
    }
    await appendAudit(trx, {
      actor: { kind: 'system', name: 'seed:demo' },
      action: 'demo.seed',
      entity: 'database',
      after: { seed: 20261122 },
      at: new Date(now),
    });
    return entries.length + 1;
  });
  log(`demo: audit log: ${summary.audit_log} audit_log (${Date.now() - t0} ms)`);
  await demoSettings(db, new Date(now));
  for (const [table, n] of Object.entries(await seedCustomerData(db, new Date(now)))) summary[table] = (summary[table] ?? 0) + n;
  log(
    `demo: customer data: ${summary.deletion_requests} deletion request, ${summary.access_requests} access request, ${summary.goodwill_credits} goodwill credit`,
  );
  for (const [table, n] of Object.entries(await seedConversations(db, new Date(now)))) summary[table] = (summary[table] ?? 0) + n;
  log(`demo: support inbox: ${summary.conversations} conversations (every status, one partner enquiry)`);
  for (const [table, n] of Object.entries(await seedComplaints(db, new Date(now)))) summary[table] = (summary[table] ?? 0) + n;
  log(`demo: complaints and notices: ${summary.customer_complaints} complaints, ${summary.customer_notices} notice sent`);
  const payments = await demoPayments(db, new Date(now));
  summary.invoices = await db('invoices')
    .count({ n: '*' })
    .first()
    .then((r) => Number(r?.n ?? 0));
  summary.disputes = payments.disputeId ? 1 : 0;
  if (payments.disputeId) summary.audit_log = (summary.audit_log ?? 0) + 1; // the dispute's own entry
  if (payments.writtenOff) summary.data_ledger = (summary.data_ledger ?? 0) + 1;
  log(
    `demo: payments: ${payments.creditNotes} credit notes (with their invoices) for the refunds paid out, dispute #${payments.disputeId} open on order #${payments.disputeOrderId}`,
  );
  log('demo: two-factor sign-in not required (two_factor_required_roles = []): the demo logins work with the password alone');
  log(`demo: done in ${Date.now() - started} ms`);
  return summary;
}

/**
 * The demo's settings: two-factor sign-in is not required for any role, so that the documented demo
 * logins work with their password alone (README "Quick start"); the console shows a banner while
 * admin and finance are not required to use it. Production keeps the default (admin and finance).
 */
export const DEMO_TWO_FACTOR_REQUIRED_ROLES: string[] = [];
async function demoSettings(db: Knex, now: Date): Promise<void> {
  const row = {
    id: 'two_factor_required_roles',
    value: JSON.stringify(DEMO_TWO_FACTOR_REQUIRED_ROLES),
    description:
      'Roles that must sign in with a second factor (an authenticator app): a JSON list of roles, [] for none — [] in the demo data',
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    version: 1,
  };
  await db('settings').insert(row).onConflict('id').merge(['value', 'description', 'updated_at']);
}

/**
 * Payments, through the services themselves: the credit note (and the invoice it corrects) of every refund
 * paid out, and one chargeback reported by Stripe, open, its evidence due in 7 days (seeds/demo/README.md).
 */
async function demoPayments(
  db: Knex,
  now: Date,
): Promise<{ creditNotes: number; disputeId: number | null; disputeOrderId: number | null; writtenOff: boolean }> {
  const paid: { id: number }[] = await db('refunds').where({ status: 'paid_out' }).orderBy('paid_out_at').orderBy('id').select('id');
  for (const r of paid) await db.transaction((trx) => issueCreditNote(trx, r.id, now));
  const order = await db('orders as o')
    .join('account_plans as p', 'p.order_id', 'o.id')
    .where('o.status', 'paid')
    .where('o.amount_cents', '>', 0)
    .where('p.status', 'active')
    .whereNotExists(db('refunds as r').whereRaw('r.order_id = o.id'))
    .orderBy('o.id')
    .first('o.id', 'o.amount_cents');
  if (!order) return { creditNotes: paid.length, disputeId: null, disputeOrderId: null, writtenOff: false };
  const { dispute } = await db.transaction((trx) =>
    openDispute(trx, { kind: 'system', name: 'stripe' }, now, {
      orderId: order.id,
      source: 'provider',
      providerDisputeId: 'dp_demo_fraudulent',
      reason: 'fraudulent',
      amountCents: order.amount_cents,
      evidenceDueBy: new Date(now.getTime() + 7 * 86_400_000),
    }),
  );
  return { creditNotes: paid.length, disputeId: dispute.id, disputeOrderId: order.id, writtenOff: dispute.written_off_mb > 0 };
}
