// The demo data set (docs/PRODUCT.md §4): deterministic, consistent with the domain rules of docs/PRODUCT.md §2,
// with every status and edge case present. Runs on SQLite, and on PostgreSQL with DATABASE_URL.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/auth/passwords.ts';
import type { Db } from '../../server/db/connection.ts';
import { toBool, toIso } from '../../server/db/values.ts';
import {
  ACCOUNT_PLAN_STATUSES,
  DSA_NOTICE_STATUSES,
  MESSAGE_STATUSES,
  REFERRAL_STATUSES,
  REFUND_STATUSES,
  REVIEW_STATUSES,
  TRANSFER_STATUSES,
} from '../../server/domain/enums.ts';
import { PRODUCTION_REFUSAL, runSeedDemo } from '../../seeds/demo/cli.ts';
import { buildDemoWorld, DEMO_LOGINS, DEMO_PASSWORD, isDatabaseEmpty, seedDemo, type DemoSummary } from '../../seeds/demo/index.ts';
import { addYears, daysBetweenDates, isFrenchWorkingDay, parisDate } from '../../seeds/demo/time.ts';
import { createTestDatabase } from '../support/db.ts';
import { CONVERSATION_STATUSES } from '../../server/domain/enums.ts';
import { complaintDeadline } from '../../server/domain/dsa/noticeRules.ts';
import { activationDeadline } from '../../server/domain/orders/orderRules.ts';
import { isPublishedLate } from '../../server/domain/reviews/reviewRules.ts';
import { reconcileLedger } from '../../server/services/ledger.ts';
import { toTdb } from '../../server/domain/dsa/statement.ts';
import { validateBatch, validateStatement } from '../../server/domain/dsa/tdbValidator.ts';
import { detectContentLanguage } from '../../server/tdb/languageDetector.ts';
import { TERMS_URL } from '../../server/domain/dsa/tdb.ts';
import { SYSTEM } from '../../server/domain/actor.ts';
import { payloadsOf } from '../../server/services/sorSubmissions.ts';
import { createReview, removeReview } from '../../server/services/reviews.ts';
import type { Ctx } from '../../server/services/ctx.ts';

const NOW = new Date('2026-11-24T10:00:00.000Z'); // a Tuesday: one open refund is due today
const ROOT = path.resolve(import.meta.dirname, '../..');

type Row = Record<string, unknown>;
const ms = (v: unknown): number => Date.parse(toIso(v)!);
const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
/** A row in one canonical form on both engines (instants as ISO strings, booleans as booleans). */
const canonical = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : typeof v === 'boolean' ? Number(v) : v]),
  );

// `payout_pending` needs a remote payment provider (the demo pays by hand); `closed` comes only from a chargeback on an open refund.
const DEMO_REFUND_STATUSES = REFUND_STATUSES.filter((st) => st !== 'payout_pending' && st !== 'closed').sort();

describe('demo seed', () => {
  let db: Db;
  let url: string;
  let drop: () => Promise<void>;
  let summary: DemoSummary;
  let seconds: number;
  const lines: string[] = [];

  beforeAll(async () => {
    ({ db, url, drop } = await createTestDatabase());
    const t0 = Date.now();
    summary = await seedDemo(db, { now: NOW, log: (l) => lines.push(l) });
    seconds = (Date.now() - t0) / 1000;
  });
  afterAll(async () => drop?.());

  it('is quick, logs one line per area and counts hundreds of rows per resource', async () => {
    expect(seconds).toBeLessThan(10);
    expect(lines.filter((l) => l.startsWith('demo: ')).length).toBeGreaterThanOrEqual(12);
    expect(summary).toMatchObject({ staff: 6, service_tokens: 1, trusted_flaggers: 2, law_enforcement_referrals: 1 });
    expect(summary.countries).toBeGreaterThan(240);
    expect(summary.accounts).toBeGreaterThanOrEqual(300);
    expect(summary.orders).toBeGreaterThanOrEqual(450);
    expect(summary.transfers).toBeGreaterThanOrEqual(55);
    expect(summary.refunds).toBeGreaterThanOrEqual(38);
    expect(summary.referrals).toBeGreaterThanOrEqual(38);
    expect(summary.reviews).toBeGreaterThanOrEqual(170);
    expect(summary.dsa_notices).toBeGreaterThanOrEqual(25);
    expect(summary.usage_records).toBeGreaterThan(2000);
    expect(summary.messages).toBeGreaterThan(150);
    for (const [table, n] of Object.entries(summary)) {
      const row = await db(table).count({ n: '*' }).first();
      expect(Number(row?.n), table).toBe(n);
    }
  });

  it('is deterministic: the same `now` gives the same rows', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemo(other.db, { now: NOW });
      for (const table of [
        'accounts',
        'orders',
        'account_plans',
        'transfers',
        'refunds',
        'reviews',
        'dsa_notices',
        'data_ledger',
        'messages',
      ]) {
        const a = (await db(table).orderBy('id')).map(canonical);
        const b = (await other.db(table).orderBy('id')).map(canonical);
        expect(b, table).toEqual(a);
      }
    } finally {
      await other.drop();
    }
  });

  it('keeps the ledger invariant for every account plan: remaining, gifted part, size and usage', async () => {
    expect((await reconcileLedger(db)).mismatches).toEqual([]);
    const usedBroken = await db.raw(`
      SELECT p.id FROM account_plans p
      LEFT JOIN (SELECT account_plan_id, SUM(CASE WHEN kind = 'usage' THEN -delta_mb ELSE 0 END) AS used FROM data_ledger GROUP BY account_plan_id) l ON l.account_plan_id = p.id
      WHERE COALESCE(l.used, 0) <> p.data_used_mb`);
    expect(rowsOf(usedBroken)).toEqual([]);
    const running = await db.raw(`
      SELECT id FROM (SELECT id, delta_mb, balance_after_mb, gifted_after_mb,
                             SUM(delta_mb) OVER (PARTITION BY account_plan_id ORDER BY id) AS running,
                             SUM(gifted_delta_mb) OVER (PARTITION BY account_plan_id ORDER BY id) AS running_gifted
                      FROM data_ledger) x
      WHERE running <> balance_after_mb OR running < 0 OR delta_mb = 0 OR running_gifted <> gifted_after_mb OR running_gifted < 0 OR running_gifted > running`);
    expect(rowsOf(running)).toEqual([]);
    // Gifted data is never sent (seed 000): no transfer takes any of it.
    expect(await db('data_ledger').where({ kind: 'transfer_out' }).whereNot('gifted_delta_mb', 0).first()).toBeUndefined();
    // Usage entries match their usage records; ledger lines are in time order.
    const usage = await db.raw(`
      SELECT l.id FROM data_ledger l JOIN usage_records u ON u.id = l.usage_record_id
      WHERE l.kind <> 'usage' OR -l.delta_mb <> u.mb OR u.account_plan_id <> l.account_plan_id`);
    expect(rowsOf(usage)).toEqual([]);
    const ledger = await db('data_ledger')
      .orderBy('id')
      .select('created_at', 'kind', 'usage_record_id', 'transfer_id', 'refund_id', 'referral_id');
    for (let i = 1; i < ledger.length; i++) expect(ms(ledger[i]!.created_at)).toBeGreaterThanOrEqual(ms(ledger[i - 1]!.created_at));
    expect(ledger.filter((l) => l.kind === 'usage' && l.usage_record_id == null)).toEqual([]);
    expect(ledger.filter((l) => ['transfer_out', 'transfer_in'].includes(l.kind as string) && l.transfer_id == null)).toEqual([]);
    expect(ledger.filter((l) => l.kind === 'refund_write_off' && l.refund_id == null)).toEqual([]);
    expect(new Set(ledger.map((l) => l.kind))).toEqual(
      new Set([
        'purchase',
        'bonus',
        'usage',
        'transfer_out',
        'transfer_in',
        'reversal',
        'expiry',
        'refund_write_off',
        'adjustment',
        'referral_reward',
        'goodwill',
        'write_off',
      ]),
    );
    const negative = await db('usage_records').where('mb', '<', 0).count({ n: '*' }).first();
    expect(Number(negative?.n)).toBe(0);
  });

  it('gives account plans statuses consistent with their dates and data', async () => {
    const now = NOW.getTime();
    for (const p of await db('account_plans')) {
      const where = `plan ${p.id} (${p.status})`;
      if (p.status === 'active') {
        expect(ms(p.activated_at), where).toBeLessThanOrEqual(now);
        expect(ms(p.expires_at), where).toBeGreaterThan(now);
        expect(p.data_remaining_mb, where).toBeGreaterThan(0);
      }
      if (p.status === 'pending') {
        expect(p.activated_at, where).toBeNull();
        expect(ms(p.activate_by), where).toBeGreaterThan(now);
      }
      if (p.status === 'expired') {
        expect(p.data_remaining_mb, where).toBe(0);
        expect(p.activated_at ? ms(p.expires_at) : ms(p.activate_by), where).toBeLessThanOrEqual(now);
      }
      if (['exhausted', 'refunded', 'cancelled'].includes(p.status)) expect(p.data_remaining_mb, where).toBe(0);
      if (p.activated_at && p.expires_at && p.origin !== 'transfer')
        expect(ms(p.expires_at) - ms(p.activated_at), where).toBe(p.validity_days * 86_400_000);
      if (p.order_id) expect(ms(p.activate_by), where).toBe(activationDeadline(new Date(ms(p.ordered_at))).getTime());
    }
    const outside = await db.raw(`
      SELECT u.id FROM usage_records u JOIN account_plans p ON p.id = u.account_plan_id
      WHERE p.activated_at IS NULL OR u.occurred_at < p.activated_at OR (p.expires_at IS NOT NULL AND u.occurred_at > p.expires_at)`);
    expect(rowsOf(outside)).toEqual([]);
  });

  it('represents every status of transfers, refunds, account plans, reviews, DSA notices, messages and referrals', async () => {
    const statuses = async (table: string): Promise<string[]> => (await db(table).distinct('status')).map((r) => r.status as string).sort();
    expect(await statuses('transfers')).toEqual([...TRANSFER_STATUSES].sort());
    expect(await statuses('refunds')).toEqual(DEMO_REFUND_STATUSES);
    expect(await statuses('account_plans')).toEqual([...ACCOUNT_PLAN_STATUSES].sort());
    expect(await statuses('reviews')).toEqual([...REVIEW_STATUSES].sort());
    expect(await statuses('dsa_notices')).toEqual([...DSA_NOTICE_STATUSES].sort());
    expect(await statuses('messages')).toEqual([...MESSAGE_STATUSES].sort());
    expect(await statuses('referrals')).toEqual([...REFERRAL_STATUSES].sort());
    const origins = (await db('account_plans').distinct('origin')).map((r) => r.origin).sort();
    expect(origins).toEqual(['paid', 'promo', 'referral_reward', 'transfer', 'welcome']);
  });

  it('has the pending transfer to a gmial.com typo whose gmail.com twin has an account', async () => {
    const pending = await db('transfers').where({ status: 'pending' }).andWhere('recipient_email', 'like', '%@gmial.com');
    expect(pending).toHaveLength(1);
    const t = pending[0]!;
    expect(await db('accounts').where({ email: t.recipient_email }).first()).toBeUndefined();
    const twin = await db('accounts')
      .where({ email: (t.recipient_email as string).replace('@gmial.com', '@gmail.com') })
      .first();
    expect(twin?.status).toBe('active');
    const source = await db('account_plans').where({ id: t.source_account_plan_id }).first();
    expect(source).toMatchObject({ status: 'active', origin: 'paid', account_id: t.sender_account_id });
    expect(t.amount_mb).toBe(t.amount_gb * 1024);
    const out = await db('data_ledger').where({ transfer_id: t.id });
    expect(out.map((l) => [l.kind, l.delta_mb, l.account_plan_id])).toEqual([['transfer_out', -t.amount_mb, source.id]]);
    // A known contact: the sender already sent data to the twin.
    const earlier = await db('transfers').where({
      sender_account_id: t.sender_account_id,
      recipient_account_id: twin!.id,
      status: 'delivered',
    });
    expect(earlier.length).toBeGreaterThan(0);
  });

  it('delivers transfers to plans of origin transfer that expire with the source, some partly used', async () => {
    const delivered = await db('transfers').where({ status: 'delivered' });
    expect(delivered.length).toBeGreaterThan(20);
    let partlyUsed = 0;
    for (const t of delivered) {
      const plan = await db('account_plans').where({ id: t.recipient_account_plan_id }).first();
      const source = await db('account_plans').where({ id: t.source_account_plan_id }).first();
      expect(plan).toMatchObject({
        origin: 'transfer',
        account_id: t.recipient_account_id,
        country_code: source.country_code,
        region_name: source.region_name,
      });
      expect(ms(plan.expires_at)).toBe(ms(source.expires_at));
      expect(plan.data_total_mb).toBe(t.amount_mb);
      if (plan.data_used_mb > 0 && plan.data_used_mb < plan.data_total_mb) partlyUsed++;
    }
    expect(partlyUsed).toBeGreaterThan(0);
    // Fixed transfers say what was recovered; what was used is not taken from anywhere else.
    for (const t of await db('transfers').whereIn('status', ['redirected', 'reversed'])) {
      expect(t.fixed_by_staff_id).toBe(2);
      expect(t.fix_reason).toBeTruthy();
      expect(t.recovered_mb + t.unrecoverable_mb).toBe(t.amount_mb);
      const entries = await db('data_ledger').where({ transfer_id: t.id }).orderBy('id');
      for (const e of entries.filter((x) => x.kind === 'reversal')) {
        const reversed = await db('data_ledger').where({ id: e.reverses_id }).first();
        expect(reversed.transfer_id, `transfer ${t.id}`).toBe(t.id);
        expect(Math.sign(reversed.delta_mb)).toBe(-Math.sign(e.delta_mb));
      }
      if (t.status === 'reversed') {
        const back = entries.filter((x) => x.kind === 'reversal' && x.delta_mb > 0);
        expect(
          back.reduce((sum, x) => sum + (x.delta_mb as number), 0),
          `transfer ${t.id}`,
        ).toBe(t.recovered_mb);
      } else {
        // A redirect is a linked pair: the correcting transfer carries what was recovered to the intended account.
        const correction = await db('transfers').where({ corrects_transfer_id: t.id }).first();
        expect(correction).toMatchObject({
          status: 'delivered',
          amount_gb: null,
          amount_mb: t.recovered_mb,
          recipient_account_id: t.redirected_to_account_id,
          recipient_email: t.redirected_to_email,
        });
        expect(
          await db('data_ledger')
            .where({
              transfer_id: correction.id,
              kind: 'transfer_in',
              delta_mb: t.recovered_mb,
              account_plan_id: correction.recipient_account_plan_id,
            })
            .first(),
        ).toBeDefined();
      }
      if (t.delivered_at) {
        const wrong = await db('account_plans').where({ id: t.recipient_account_plan_id }).first();
        expect(wrong.data_used_mb, `transfer ${t.id}`).toBe(t.unrecoverable_mb);
        expect(wrong).toMatchObject({ data_remaining_mb: 0, status: 'exhausted' });
      }
    }
    expect(await db('transfers').whereIn('status', ['redirected', 'reversed']).andWhere('unrecoverable_mb', '>', 0).first()).toBeDefined();
  });

  it('has refunds requested on day 29 (eligible) and day 31 (late) in Europe/Paris days', async () => {
    const refunds = await db('refunds')
      .join('orders', 'orders.id', 'refunds.order_id')
      .select('refunds.*', 'orders.ordered_at', 'orders.amount_cents as paid');
    const day = (r: Row): number => daysBetweenDates(parisDate(ms(r.ordered_at)), parisDate(ms(r.requested_at)));
    const d29 = refunds.find((r) => day(r) === 29);
    const d31 = refunds.find((r) => day(r) === 31);
    expect(d29).toMatchObject({ eligibility: 'full' });
    expect(d29!.proposed_amount_cents).toBe(d29!.paid);
    expect(d31).toMatchObject({ eligibility: 'not_eligible' });
    expect(json(d31!.eligibility_reasons)).toContain('late_request');
    for (const r of refunds) {
      expect(ms(r.decision_due_at)).toBeGreaterThan(ms(r.requested_at) + 5 * 86_400_000);
      if (r.eligibility === 'partial') expect(r.proposed_amount_cents).toBeLessThan(r.paid);
      if (r.eligibility === 'not_eligible') expect(json(r.eligibility_reasons)).not.toEqual([]);
      if (['approved', 'paid_out', 'failed'].includes(r.status)) expect(r.payout_due_at).not.toBeNull();
      if (r.reject_reason_code === 'other') expect(r.decision_note).toBeTruthy();
    }
    const open = refunds.filter((r) => r.status === 'requested');
    expect(open.some((r) => ms(r.decision_due_at) < NOW.getTime())).toBe(true);
    expect(isFrenchWorkingDay(parisDate(NOW.getTime()))).toBe(true);
    expect(open.some((r) => parisDate(ms(r.decision_due_at)) === parisDate(NOW.getTime()))).toBe(true);
    expect(open.some((r) => ms(r.decision_due_at) > NOW.getTime() + 86_400_000)).toBe(true);
    const fourEyes = await db('refunds').where({ status: 'awaiting_second_approval' });
    for (const r of fourEyes) {
      expect(r.amount_cents).toBeGreaterThan(10_000);
      expect(await db('refund_approvals').where({ refund_id: r.id })).toMatchObject([{ staff_id: 3 }]);
    }
    expect(await db('refund_payouts').where({ status: 'failed' }).first()).toBeDefined();
    expect(await db('refund_payouts').where({ status: 'succeeded', provider: 'manual' }).first()).toBeDefined();
    const over = await db('orders').whereRaw('refunded_cents > amount_cents').first();
    expect(over).toBeUndefined();
  });

  it('keeps orders over 120 € for 10 years, with VAT computed from the amount', async () => {
    const orders = await db('orders');
    for (const o of orders) {
      expect(o.vat_cents).toBe(o.amount_cents - Math.round(o.amount_cents / 1.2));
      if (o.amount_cents > 12_000) expect(ms(o.retain_until)).toBe(addYears(ms(o.ordered_at), 10));
      else expect(o.retain_until).toBeNull();
    }
    expect(orders.filter((o) => o.status === 'paid' && o.amount_cents > 12_000).length).toBeGreaterThanOrEqual(3);
    const closed = await db('accounts').where({ status: 'deactivated' });
    expect(closed.length).toBeGreaterThan(2);
    for (const a of closed) {
      expect(a.email).toBe(`deleted-${a.id}@anonymised.invalid`);
      expect(a.name).toBeNull();
      expect(a.deactivated_at).not.toBeNull();
    }
    expect(
      await db('orders')
        .whereIn(
          'account_id',
          closed.map((a) => a.id),
        )
        .whereNotNull('retain_until')
        .first(),
    ).toBeDefined();
  });

  it('Art. 24(5): every statement of reasons the demo data holds passes the Transparency Database rules, and so does their export', async () => {
    const statements = await db('statements_of_reasons').orderBy('id');
    expect(statements.length).toBeGreaterThan(5);
    for (const st of statements) expect(validateStatement(toTdb(st)), `statement ${st.puid}`).toEqual({});
    const batches = Array.from({ length: Math.ceil(statements.length / 100) }, (_, i) =>
      statements.slice(i * 100, (i + 1) * 100).map(toTdb),
    );
    const seen = new Set<string>();
    for (const batch of batches) expect(validateBatch(batch, seen)).toEqual({});
    // Complaints can be lodged for 6 months after the person was informed.
    for (const c of await db('dsa_complaints')) expect(ms(c.deadline_at)).toBe(complaintDeadline(new Date(ms(c.informed_at))).getTime());
  });

  it('has a reported defamatory review and a threat-to-life notice escalated to the police', async () => {
    const defamatory = await db('reviews')
      .join('review_reports', 'review_reports.review_id', 'reviews.id')
      .where({ 'review_reports.reason': 'defamatory', 'review_reports.status': 'open', 'reviews.status': 'published' })
      .select('reviews.*')
      .first();
    expect(defamatory).toBeDefined();
    expect(defamatory.report_count).toBeGreaterThan(0);
    expect(defamatory.severity).toBeGreaterThanOrEqual(3);
    // report_count and severity are those of the open reports.
    for (const r of await db('reviews')) {
      const open = await db('review_reports').where({ review_id: r.id, status: 'open' });
      expect(r.report_count, `review ${r.id}`).toBe(open.length);
      expect(r.severity, `review ${r.id}`).toBe(Math.max(0, ...open.map((o) => o.severity as number)));
      // Published when received (GCU §8); more than a month after collection, flagged.
      expect(ms(r.published_at), `review ${r.id}`).toBe(ms(r.created_at));
      expect(!!toBool(r.published_late), `review ${r.id}`).toBe(
        isPublishedLate(new Date(ms(r.collected_at)), new Date(ms(r.published_at))),
      );
      expect(ms(r.delete_after)).toBe(addYears(ms(r.published_at), 3));
      if (r.status === 'removed') expect(r.removal_ground).not.toBeNull();
    }
    const threat = await db('dsa_notices').where({ threat_to_life: true }).first();
    expect(threat.escalated_at).not.toBeNull();
    expect(await db('law_enforcement_referrals').where({ notice_id: threat.id }).first()).toBeDefined();
    for (const n of await db('dsa_notices')) {
      expect(n.reference).toMatch(/^DSA-\d{4}-[2-9A-HJ-NP-Z]{8}$/);
      expect(ms(n.decision_due_at) - ms(n.received_at)).toBe(72 * 3_600_000);
      expect(String(n.category)).toMatch(/^STATEMENT_CATEGORY_/);
    }
    const sor = await db('statements_of_reasons').orderBy('id');
    expect(sor.length).toBeGreaterThan(3);
    for (const s of sor) {
      expect(s.puid).toMatch(/^kolet-sor-\d{6}$/);
      expect(json(s.content_type)).toEqual(['CONTENT_TYPE_TEXT']);
      expect(toBool(s.automated_detection)).toBe(false);
      expect(String(s.application_date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect((await db('dsa_complaints').distinct('status')).map((r) => r.status).sort()).toEqual(['open', 'rejected', 'upheld']);
  });

  it('is coherent as real intake and decisions would leave it: reports, statements, dates, suspensions, languages, references', async () => {
    const notices = await db('dsa_notices').orderBy('id');
    const statements = await db('statements_of_reasons').orderBy('id');
    const ctx = (trx: Ctx['trx']): Ctx => ({
      trx,
      actor: { kind: 'staff', id: 5, email: 'moderator@kolet.demo', name: 'Moderator', roles: ['moderator'] },
      now: NOW,
      queue: async () => {},
    });
    /** What a service answers, in a transaction always rolled back: the refusal's code, or `done`. */
    const attempt = async (work: (c: Ctx) => Promise<unknown>): Promise<string | undefined> => {
      let code: string | undefined;
      await db
        .transaction(async (trx) => {
          code = await work(ctx(trx)).then(
            () => 'done',
            (e: { code?: string }) => e.code,
          );
          throw new Error('rolled back');
        })
        .catch(() => {});
      return code;
    };
    for (const n of notices) {
      const where = `notice ${n.reference} (${n.status})`;
      // Every notice is a dsa_notice report on its review, open while the notice is undecided (as receiveNotice leaves it).
      const reports = await db('review_reports').where({ notice_id: n.id, reason: 'dsa_notice', review_id: n.review_id });
      expect(reports, where).toHaveLength(1);
      const undecided = n.status === 'received' || n.status === 'in_review';
      expect(reports[0]!.status, where).toBe(undecided ? 'open' : n.decision === 'no_action' ? 'dismissed' : 'upheld');
      if (undecided) {
        // So removing its review is refused, as with real intake: the notice's decision settles it.
        expect(
          await attempt((c) => removeReview(c, n.review_id, { ground: 'inappropriate', note: 'Trying to remove under a notice' })),
          where,
        ).toBe('open_dsa_notice');
      }
      // Each notice with a restriction has its statement: content date ≤ notice date ≤ application date (Paris days).
      if (n.decision === 'visibility_restriction' || n.decision === 'service_suspension') {
        const st = statements.find((x) => x.notice_id === n.id);
        expect(st, where).toBeDefined();
        expect(String(st.content_date) <= parisDate(ms(n.received_at)), where).toBe(true);
        expect(parisDate(ms(n.received_at)) <= String(st.application_date), where).toBe(true);
        expect(String(st.application_date), where).toBe(parisDate(ms(n.decided_at)));
      }
    }
    for (const st of statements) {
      const where = `statement ${st.puid}`;
      expect(String(st.application_date), where).toBe(parisDate(ms(st.created_at)));
      // The reference is the law (or nothing) for an illegal-content ground, our terms for a terms ground.
      if (st.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT')
        expect(st.decision_ground_reference_url ?? 'https://www.legifrance.gouv.fr/', where).toMatch(
          /^https:\/\/www\.legifrance\.gouv\.fr\//,
        );
      else expect(st.decision_ground_reference_url, where).toBe(TERMS_URL);
      // The language is the review text's, not its author's account's.
      const review = await db('reviews').where({ id: st.review_id }).first('comment');
      expect(st.content_language, where).toBe(await detectContentLanguage(review.comment));
      // Every suspension a statement declares is recorded as a misuse measure ending that day.
      if (st.decision_provision) {
        const measure = await db('misuse_measures')
          .where({ statement_id: st.id, measure: 'suspension', subject: 'author', account_id: st.account_id })
          .first();
        expect(measure, where).toBeDefined();
        expect(parisDate(ms(measure.ends_at)), where).toBe(String(st.end_date_service_restriction));
        expect(ms(measure.ends_at)).toBeGreaterThan(NOW.getTime());
        expect(
          await attempt((c) => createReview({ ...c, actor: SYSTEM }, { accountId: st.account_id, rating: 1, comment: 'Encore un avis' })),
          where,
        ).toBe('author_suspended');
      }
    }
    expect(statements.some((st) => st.content_language === 'EN')).toBe(true);
    expect(statements.some((st) => st.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT' && st.decision_ground_reference_url)).toBe(
      true,
    );
    expect(statements.some((st) => st.decision_provision)).toBe(true);
    // Every statement has its submission record; the restored review's statement tells the database when its restriction ended.
    const submissions = await db('sor_submissions');
    expect(submissions.map((x) => x.statement_id).sort((a, b) => a - b)).toEqual(statements.map((st) => st.id));
    expect(new Set(submissions.map((x) => x.status))).toEqual(new Set(['accepted', 'pending']));
    const upheld = await db('dsa_complaints').where({ status: 'upheld', complainant_role: 'author' }).first();
    const restored = submissions.find((x) => x.statement_id === upheld.statement_id)!;
    expect(restored.visibility_ended_on).toBe(parisDate(ms(upheld.decided_at)));
    const [payload] = await payloadsOf(db, [upheld.statement_id]);
    expect(payload!.payload.end_date_visibility_restriction).toBe(parisDate(ms(upheld.decided_at)));
    for (const p of await payloadsOf(
      db,
      statements.map((st) => st.id),
    ))
      expect(validateStatement(p.payload), p.puid).toEqual({});
  });

  it('has usage alerts fired by the usage record that crossed them, and consistent blocks', async () => {
    const alerts = await db('usage_alerts');
    expect(new Set(alerts.map((a) => a.threshold_percent))).toEqual(new Set([75, 90, 100]));
    expect(alerts.some((a) => a.channel === 'sms')).toBe(true);
    expect(alerts.some((a) => a.destination != null)).toBe(true);
    expect(alerts.some((a) => a.set_by === 'customer')).toBe(true); // customer-set rules (issue 19)
    const fired = alerts.filter((a) => a.fired_at != null);
    expect(fired.length).toBeGreaterThan(10);
    for (const a of fired) {
      const record = await db('usage_records').where({ id: a.fired_usage_record_id }).first();
      expect(record.account_plan_id).toBe(a.account_plan_id);
      expect(ms(a.fired_at) - ms(record.created_at)).toBeLessThanOrEqual(10 * 60_000);
    }
    const blocks = await db('blocks');
    const open = blocks.filter((b) => b.lifted_at == null);
    expect(open.filter((b) => b.account_plan_id != null).length).toBeGreaterThanOrEqual(2);
    expect(open.filter((b) => b.account_plan_id == null).length).toBeGreaterThanOrEqual(1);
    expect(blocks.filter((b) => b.lifted_at != null).length).toBeGreaterThanOrEqual(1);
    const blockedPlans = new Set(open.filter((b) => b.account_plan_id).map((b) => b.account_plan_id));
    const blockedAccounts = new Set(open.filter((b) => !b.account_plan_id).map((b) => b.account_id));
    for (const p of await db('account_plans')) expect(toBool(p.data_blocked), `plan ${p.id}`).toBe(blockedPlans.has(p.id));
    for (const a of await db('accounts')) expect(toBool(a.data_blocked), `account ${a.id}`).toBe(blockedAccounts.has(a.id));
  });

  it('has SMS with each receipt status and one suppressed after a STOP (issue 19)', async () => {
    const sms = await db('messages').where({ channel: 'sms' });
    const sent = sms.filter((m) => m.status === 'sent');
    expect(sent.every((m) => m.transport === 'twilio' && m.sms_segments >= 1)).toBe(true);
    expect(new Set(sent.map((m) => m.delivery_status))).toEqual(new Set(['queued', 'sent', 'delivered', 'undelivered', 'failed']));
    expect(sent.find((m) => m.delivery_status === 'failed')?.delivery_error_code).toBe('30005');
    expect(sms.filter((m) => m.status === 'suppressed')).toHaveLength(1);
    expect(await db('sms_opt_outs')).toHaveLength(1);
  });

  it('has referrals with their rewards in the ledger and abuse flags', async () => {
    for (const r of await db('referrals').where({ status: 'rewarded' })) {
      const plan = await db('account_plans').where({ id: r.reward_account_plan_id }).first();
      expect(plan).toMatchObject({ origin: 'referral_reward', account_id: r.sponsor_account_id });
      expect(await db('data_ledger').where({ referral_id: r.id, kind: 'referral_reward', delta_mb: r.reward_mb }).first()).toBeDefined();
    }
    const flags = new Set((await db('referrals')).flatMap((r) => json(r.abuse_flags) as string[]));
    expect([...flags]).toEqual(expect.arrayContaining(['same_device', 'same_payment_fingerprint', 'disposable_domain']));
    for (const r of await db('referrals').where({ status: 'void' })) expect(r.void_reason).toBeTruthy();
    const redemptions = await db('promo_redemptions');
    expect(redemptions.some((r) => r.status === 'void')).toBe(true);
    expect(redemptions.some((r) => (json(r.abuse_flags) as string[]).length > 0)).toBe(true);
  });

  it('has valid identifiers: unique lower-case e-mails, upper-case referral codes, ICCIDs', async () => {
    const accounts = await db('accounts');
    for (const a of accounts) {
      expect(a.email).toBe(String(a.email).trim().toLowerCase());
      expect(a.referral_code).toMatch(/^[A-Z0-9]+$/);
    }
    for (const e of await db('esims')) expect(e.iccid).toMatch(/^8933\d{15,16}$/);
    const messages = await db('messages').whereNotNull('dedupe_key');
    expect(new Set(messages.map((m) => m.dedupe_key)).size).toBe(messages.length);
    for (const m of await db('messages').where({ status: 'dead' })) {
      expect(m.attempts).toBe(5);
      expect(m.last_error).toBeTruthy();
    }
  });

  it('lets the six demo staff log in with the demo password', async () => {
    const staff = await db('staff').orderBy('id');
    expect(staff.map((s) => s.email)).toEqual([
      'admin@kolet.demo',
      'support@kolet.demo',
      'finance@kolet.demo',
      'finance2@kolet.demo',
      'moderator@kolet.demo',
      'catalog@kolet.demo',
    ]);
    expect(staff.map((s) => json(s.roles))).toEqual(DEMO_LOGINS.map((l) => l.roles));
    for (const s of staff) {
      expect(await verifyPassword(DEMO_PASSWORD, s.password_hash)).toBe(true);
      expect(await verifyPassword('wrong-password', s.password_hash)).toBe(false);
    }
  });

  it('builds a consistent world whatever the day it is seeded (weekends, holidays, DST changes)', () => {
    for (const iso of [
      '2026-01-01T08:00:00Z',
      '2026-03-29T01:30:00Z',
      '2026-05-14T12:00:00Z',
      '2026-07-14T22:30:00Z',
      '2026-10-25T00:30:00Z',
      '2026-11-22T10:00:00Z',
      '2027-02-28T23:59:59Z',
      '2028-02-29T06:00:00Z',
    ]) {
      const now = Date.parse(iso);
      const w = buildDemoWorld(now); // throws if a ledger line would overdraw a plan or a date fell in the future
      const statuses = (rows: { status: string }[]): string[] => [...new Set(rows.map((r) => r.status))].sort();
      expect(statuses(w.transfers), iso).toEqual([...TRANSFER_STATUSES].sort());
      expect(statuses(w.refunds), iso).toEqual(DEMO_REFUND_STATUSES);
      expect(statuses(w.accountPlans), iso).toEqual([...ACCOUNT_PLAN_STATUSES].sort());
      expect(statuses(w.referrals), iso).toEqual([...REFERRAL_STATUSES].sort());
      expect(statuses(w.reviews), iso).toEqual([...REVIEW_STATUSES].sort());
      expect(statuses(w.messages as { status: string }[]), iso).toEqual([...MESSAGE_STATUSES].sort());
      expect(
        w.transfers.some((t) => t.status === 'pending' && t.recipient_email.endsWith('@gmial.com')),
        iso,
      ).toBe(true);
      const days = w.refunds.map((r) => daysBetweenDates(parisDate(w.orders[r.order_id - 1]!.ordered_at), parisDate(r.requested_at)));
      expect(days, iso).toEqual(expect.arrayContaining([29, 31]));
      const today = parisDate(now);
      const due = w.refunds.filter((r) => r.status === 'requested').map((r) => parisDate(r.decision_due_at));
      if (isFrenchWorkingDay(today)) expect(due, iso).toContain(today);
      for (const p of w.accountPlans) {
        const run = p._sim.replay();
        expect(p.data_remaining_mb, iso).toBe(run.applied.reduce((s, a) => s + a.delta, 0));
        expect(p.data_gifted_mb, iso).toBe(run.applied.reduce((s, a) => s + a.giftedDelta, 0));
        expect(p.data_gifted_mb, iso).toBeLessThanOrEqual(p.data_remaining_mb);
      }
    }
  });

  it('seeds only an empty database, never in production', async () => {
    expect(await isDatabaseEmpty(db)).toBe(false);
    const log: string[] = [];
    expect(await runSeedDemo(db, { env: {}, log: (l) => log.push(l) })).toEqual({ seeded: false });
    expect(log.join('\n')).toMatch(/skipped/);
    expect((await db('accounts').count({ n: '*' }).first())?.n).toBe(summary.accounts);
    await expect(runSeedDemo(db, { env: { NODE_ENV: 'production' } })).rejects.toThrow(PRODUCTION_REFUSAL);
  });

  it('`npm run seed:demo` skips a seeded database and refuses production', async () => {
    const run = promisify(execFile);
    const cli = ['tsx', 'server/cli/seed-demo.ts'];
    const second = await run('npx', cli, { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'development' } });
    expect(second.stdout).toMatch(/skipped/);
    const refused = await run('npx', cli, { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production' } }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain(PRODUCTION_REFUSAL);
  });

  it('shows each case of the terms under sequences (seeds/demo/README.md "Terms under real sequences")', async () => {
    // A refund re-assessed at the decision: partial when asked, refused on the facts when decided.
    const reassessed = (await db('refunds').whereNotNull('decision_facts')).filter(
      (r) => JSON.parse(r.request_facts).verdict.eligibility !== JSON.parse(r.decision_facts).verdict.eligibility,
    );
    expect(reassessed.length).toBeGreaterThan(0);
    expect(JSON.parse(reassessed[0]!.decision_facts).facts.dataUsedMb).toBeGreaterThan(
      JSON.parse(reassessed[0]!.request_facts).facts.dataUsedMb,
    );
    // Léa's plan with the welcome bonus: 1 GB of paid data sendable, the rest of the gift not.
    const lea = await db('account_plans as p')
      .join('accounts as a', 'a.id', 'p.account_id')
      .where('a.email', 'lea.fontaine@gmail.com')
      .first('p.*');
    expect(lea).toMatchObject({ origin: 'paid', data_total_mb: 2048, data_remaining_mb: 1748, data_gifted_mb: 724, status: 'active' });
    // A fix asked for a transfer that was final: refused, and kept in the audit log.
    const refused = await db('audit_log').where({ action: 'transfers.reverse', outcome: 'failure' }).first();
    expect(JSON.parse(refused.after)).toMatchObject({ refused: 'transfer_final', reasonCode: 'changed_mind' });
    // Every fixed transfer says which address error it was and what the sender meant.
    for (const t of await db('transfers').whereIn('status', ['redirected', 'reversed'])) {
      expect(['address_typo', 'similar_address_other_person', 'address_never_existed', 'outdated_address'], `transfer ${t.id}`).toContain(
        t.fix_reason_code,
      );
      expect(t.intended_email, `transfer ${t.id}`).toMatch(/@/);
    }
    // A review published more than a month after it was collected, flagged for the moderators.
    expect(await db('reviews').where({ published_late: true }).first()).toBeDefined();
    // A plan moved to a new eSIM after a change of device, the old eSIM removed.
    const move = await db('esim_moves').first();
    expect(move).toBeDefined();
    expect((await db('esims').where({ id: move.from_esim_id }).first()).status).toBe('removed');
    // Every promotion was used in the app, with a departure date.
    expect(
      await db('orders')
        .whereNotNull('promo_code_id')
        .where((q) => q.whereNot({ channel: 'app' }).orWhereNull('departure_date'))
        .first(),
    ).toBeUndefined();
  });

  it('holds the support inbox: conversations in every status, one partner enquiry, the gmial.com one linked to its transfer', async () => {
    const statuses = (await db('conversations').distinct('status')).map((r: Row) => r.status).sort();
    expect(statuses).toEqual([...CONVERSATION_STATUSES].sort());
    expect(await db('conversations').where({ kind: 'partner' })).toHaveLength(1);
    const gmial = await db('conversations as c')
      .join('transfers as t', 't.id', 'c.transfer_id')
      .where('t.recipient_email', 'like', '%@gmial.com')
      .first('c.status');
    expect(gmial?.status).toBe('new');
    // A new conversation past its first-response deadline (the dashboard's overdue card).
    expect(await db('conversations').where({ status: 'new' }).where('first_response_due_at', '<', NOW.toISOString()).first()).toBeDefined();
    // Every answer went out by e-mail, from a saved reply.
    for (const m of await db('conversation_messages').where({ author: 'staff' })) {
      expect(m.message_id, `answer ${m.id}`).not.toBeNull();
      expect(m.saved_reply_id, `answer ${m.id}`).not.toBeNull();
    }
  });
});

/** `db.raw` rows on both engines (pg wraps them in `.rows`). */
function rowsOf(result: unknown): Row[] {
  return Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;
}
