// One scale account at a time, with everything that hangs off it: eSIMs, account plans
// (orders for the paid ones), usage, the data ledger, transfers, refunds, reviews, their
// reports and the DSA notices about them. Realistic shapes (docs/PRODUCT.md §4): most accounts hold
// one plan, a long tail holds many; most plans are paid; usage follows a Pareto tail.
import { publicReferenceOf } from '../../server/domain/dsa/references.ts';
import { CATEGORIES } from '../../server/domain/dsa/tdb.ts';
import { isGiftedOrigin } from '../../server/domain/ledger/shares.ts';
import { activationDeadline } from '../../server/domain/orders/orderRules.ts';
import { REVIEW_REMOVAL_GROUNDS, REVIEW_REPORT_REASONS } from '../../server/domain/enums.ts';
import { REPORT_SEVERITY } from '../../server/domain/reviews/reviewRules.ts';
import { DEVICES, REVIEW_COMMENTS } from '../demo/texts.ts';
import { DAY, HOUR, MINUTE, refundDecisionDueAt, refundPayoutDueAt } from '../demo/time.ts';
import type { BulkWriter, Value } from './bulk.ts';
import { iccidOf, personOf, referralCodeOf } from './people.ts';
import { FastRng, scramble } from './random.ts';
import type { ScaleTable } from './tables.ts';

export interface CatalogPlan {
  id: number;
  country_code: string | null;
  region_name: string | null;
  name: string;
  data_mb: number | null;
  fair_use_mb: number | null;
  validity_days: number;
  price_cents: number;
  vat_rate_bp: number;
}

type IdCounters = Record<ScaleTable, number>;
const YEAR = 365 * DAY;
const RETAIN_ABOVE_CENTS = 12_000; // GCS: orders over 120 € are kept 10 years
const iso = (ms: number): string => new Date(ms).toISOString();

interface PlanFacts {
  id: number;
  orderId: number | null;
  totalMb: number;
  usedMb: number;
  activatedAt: number | null;
  endsAt: number;
  status: string;
  expiresAt: number | null;
  catalog: CatalogPlan;
  /** The gift sent from this plan, debited after the purchase. */
  sent: { mb: number; transferId: number; at: number } | null;
  /** The account_plans row, written once its usage and transfers are known so the cached balances agree with the ledger. */
  row: Value[];
}

export class ScaleGenerator {
  private readonly rng: FastRng;
  private readonly next: IdCounters;
  /** Accounts before this id belong to the demo set; the scale accounts start here. */
  readonly firstAccountId: number;

  constructor(
    private readonly w: BulkWriter,
    private readonly catalog: CatalogPlan[],
    private readonly now: number,
    private readonly accounts: number,
    firstIds: IdCounters,
    seed: number,
  ) {
    this.rng = new FastRng(seed);
    this.next = { ...firstIds };
    this.firstAccountId = firstIds.accounts;
  }

  private id(table: ScaleTable): number {
    return this.next[table]++;
  }

  private add(table: ScaleTable, row: Value[]): void {
    this.w.add(table, row);
  }

  /** Signed up over the last three years, in id order, a few minutes apart. */
  private signupAt(index: number): number {
    return this.now - 3 * YEAR + Math.floor(((index + this.rng.next()) / this.accounts) * (3 * YEAR - DAY));
  }

  account(index: number): void {
    const r = this.rng;
    const id = this.id('accounts');
    const p = personOf(id);
    const createdAt = this.signupAt(index);
    const device = p.deactivated ? null : `dev-${scramble(id ^ 0x9e3779b9).toString(36)}`;
    const deactivatedAt = p.deactivated ? createdAt + Math.floor(r.next() * (this.now - createdAt)) : null;
    this.add('accounts', [
      id,
      p.email,
      p.deactivated ? 'deactivated' : 'active',
      p.deactivated ? null : `${p.first} ${p.last}`,
      p.deactivated || r.chance(0.4) ? null : `+336${String(scramble(id) % 100_000_000).padStart(8, '0')}`,
      p.locale,
      referralCodeOf(id),
      device,
      deactivatedAt === null ? null : iso(deactivatedAt),
      p.deactivated ? 'customer request (GCU §5.3)' : null,
      0,
      iso(createdAt),
      iso(deactivatedAt ?? createdAt),
    ]);

    const esimId = this.id('esims');
    this.add('esims', [
      esimId,
      id,
      iccidOf(esimId),
      r.pick(DEVICES),
      device,
      'installed',
      iso(createdAt + HOUR),
      iso(createdAt),
      iso(createdAt + HOUR),
    ]);

    // Most accounts hold one plan; 6 % are the long tail of heavy users (0 stands for "draw from the tail").
    const planCount =
      r.weighted<number>([
        [1, 63],
        [2, 20],
        [3, 8],
        [4, 4],
        [0, 5],
      ]) || r.pareto(5, 2.2, 200);
    const plans: PlanFacts[] = [];
    for (let i = 0; i < planCount; i++) plans.push(this.plan(id, esimId, createdAt));

    if (!p.deactivated && r.chance(0.4)) this.transfer(id, plans);
    for (const plan of plans) this.ledgerAndUsage(plan);
    if (r.chance(0.3)) this.review(id, plans, createdAt);
  }

  private pickCatalogPlan(): CatalogPlan {
    return this.catalog[Math.floor(Math.pow(this.rng.next(), 1.6) * this.catalog.length)]!;
  }

  private plan(accountId: number, esimId: number, createdAt: number): PlanFacts {
    const r = this.rng;
    const c = this.pickCatalogPlan();
    const id = this.id('account_plans');
    const orderedAt = createdAt + Math.floor(Math.pow(r.next(), 0.8) * (this.now - createdAt - MINUTE));
    const origin = r.weighted<string>([
      ['paid', 78],
      ['welcome', 10],
      ['promo', 8],
      ['referral_reward', 4],
    ]);
    const totalMb = c.data_mb ?? c.fair_use_mb ?? 1024;
    let orderId: number | null = null;
    let status: string;
    let activatedAt: number | null = null;
    let expiresAt: number | null = null;
    let refund: 'paid_out' | 'other' | 'open' | null = null;

    if (origin === 'paid') {
      orderId = this.id('orders');
      refund = r.chance(0.0667)
        ? orderedAt > this.now - 20 * DAY
          ? r.weighted<'open' | 'paid_out' | 'other'>([
              ['open', 55],
              ['paid_out', 25],
              ['other', 20],
            ])
          : r.chance(0.6)
            ? 'paid_out'
            : 'other'
        : null;
    }
    const neverActivated = refund === 'paid_out' || (orderedAt > this.now - 2 * DAY ? r.chance(0.6) : r.chance(0.06));
    if (neverActivated) {
      status = refund === 'paid_out' ? 'refunded' : orderedAt + YEAR < this.now ? 'expired' : 'pending';
    } else {
      activatedAt = Math.min(orderedAt + Math.floor(r.next() * r.pick([HOUR, DAY, 5 * DAY])), this.now - MINUTE);
      expiresAt = activatedAt + c.validity_days * DAY;
      status = expiresAt <= this.now ? 'expired' : 'active';
    }
    const endsAt = expiresAt === null ? this.now : Math.min(expiresAt, this.now);
    if (orderId !== null) this.order(orderId, accountId, c, orderedAt, refund);
    const row: Value[] = [
      id,
      accountId,
      orderId,
      c.id,
      c.country_code,
      c.region_name,
      c.name,
      origin,
      totalMb,
      0,
      0,
      c.data_mb === null ? 1 : 0,
      status,
      activatedAt === null ? null : esimId,
      c.validity_days,
      iso(orderedAt),
      activationDeadline(new Date(orderedAt)).toISOString(),
      activatedAt === null ? null : iso(activatedAt - MINUTE),
      activatedAt === null ? null : iso(activatedAt),
      expiresAt === null ? null : iso(expiresAt),
      iso(orderedAt),
      iso(orderedAt),
      0,
    ];
    let usedMb = 0;
    if (activatedAt !== null) {
      const share =
        status === 'expired' ? Math.pow(r.next(), 0.6) : r.next() * Math.min(1, (this.now - activatedAt) / (c.validity_days * DAY));
      usedMb = r.chance(0.12) && status === 'expired' ? totalMb : Math.floor(totalMb * share);
    }
    return { id, orderId, totalMb, usedMb, activatedAt, endsAt, status, expiresAt, catalog: c, sent: null, row };
  }

  private order(id: number, accountId: number, c: CatalogPlan, orderedAt: number, refund: 'paid_out' | 'other' | 'open' | null): void {
    const r = this.rng;
    const amount = c.price_cents;
    const vat = Math.round(amount - amount / (1 + c.vat_rate_bp / 10_000));
    const method = r.weighted<string>([
      ['card', 55],
      ['apple_pay', 30],
      ['google_pay', 12],
      ['flying_blue', 3],
    ]);
    const refunded = refund === 'paid_out';
    this.add('orders', [
      id,
      accountId,
      c.id,
      amount,
      vat,
      amount,
      method,
      `pi_s${scramble(id).toString(36)}${id.toString(36)}`,
      method === 'flying_blue' ? null : `fp_${scramble(accountId ^ 0x51ed27).toString(36)}`,
      r.chance(0.7) ? 'app' : 'site',
      refunded ? 'refunded' : 'paid',
      refunded ? amount : 0,
      iso(orderedAt),
      amount > RETAIN_ABOVE_CENTS ? iso(orderedAt + 10 * YEAR) : null,
      iso(orderedAt),
      iso(orderedAt),
    ]);
    if (refund) this.refund(id, accountId, amount, method, orderedAt, refund);
  }

  private refund(
    orderId: number,
    accountId: number,
    amount: number,
    method: string,
    orderedAt: number,
    kind: 'paid_out' | 'other' | 'open',
  ): void {
    const r = this.rng;
    const id = this.id('refunds');
    const requestedAt = Math.min(orderedAt + Math.floor(r.next() * 10 * DAY) + HOUR, this.now - HOUR);
    const due = refundDecisionDueAt(requestedAt);
    const status =
      kind === 'paid_out'
        ? 'paid_out'
        : kind === 'open'
          ? r.weighted<string>([
              ['requested', 70],
              ['awaiting_second_approval', 10],
              ['approved', 15],
              ['failed', 5],
            ])
          : r.weighted<string>([
              ['rejected', 90],
              ['failed', 10],
            ]);
    const decided = status !== 'requested' && status !== 'awaiting_second_approval';
    const decidedAt = decided ? Math.min(requestedAt + Math.floor(r.next() * 3 * DAY) + HOUR, this.now - MINUTE) : null;
    const payoutDue = decidedAt !== null && status !== 'rejected' ? refundPayoutDueAt(decidedAt) : null;
    const paidOutAt = status === 'paid_out' ? Math.min(decidedAt! + DAY, this.now - MINUTE) : null;
    const rejected = status === 'rejected';
    this.add('refunds', [
      id,
      orderId,
      accountId,
      status,
      r.chance(0.8) ? 'email' : 'agent',
      rejected ? 'The data did not work where I travelled' : 'I could not install the eSIM before my trip',
      iso(requestedAt),
      rejected ? 'not_eligible' : 'full',
      rejected ? '["data_used"]' : '[]',
      rejected ? 0 : amount,
      iso(due),
      decided && !rejected ? amount : null,
      rejected ? 'data_used' : null,
      decidedAt === null ? null : iso(decidedAt),
      payoutDue === null ? null : iso(payoutDue),
      decided && !rejected ? method : null,
      paidOutAt === null ? null : iso(paidOutAt),
      iso(requestedAt),
      iso(paidOutAt ?? decidedAt ?? requestedAt),
    ]);
  }

  /** A gift of whole GB from one of the account's plans to an earlier customer (or to an address nobody uses yet). */
  private transfer(senderId: number, plans: PlanFacts[]): void {
    const r = this.rng;
    // Only paid data is sent (seed 000): a plan the customer paid for, not an unlimited one.
    const source = plans.find(
      (p) => p.row[7] === 'paid' && p.activatedAt !== null && p.catalog.data_mb !== null && p.totalMb - p.usedMb >= 1024,
    );
    if (!source) return;
    const gb = Math.min(
      r.weighted<number>([
        [1, 70],
        [2, 20],
        [3, 10],
      ]),
      Math.floor((source.totalMb - source.usedMb) / 1024),
    );
    const mb = gb * 1024;
    const id = this.id('transfers');
    const at = source.activatedAt! + Math.floor(r.next() * (source.endsAt - source.activatedAt!));
    const known = senderId > this.firstAccountId + 10 && r.chance(0.85);
    if (!known) {
      // Sent to an address with no account: in flight, or sent back by support.
      const reversed = r.chance(0.3);
      this.add('transfers', [
        id,
        senderId,
        source.id,
        `friend.s${id}@gmail.com`,
        null,
        null,
        gb,
        mb,
        reversed ? 'reversed' : 'pending',
        null,
        iso(at),
        iso(at),
      ]);
      if (!reversed) source.sent = { mb, transferId: id, at };
      return;
    }
    const recipientId = this.firstAccountId + Math.floor(r.next() * (senderId - this.firstAccountId));
    const recipient = personOf(recipientId);
    const planId = this.id('account_plans');
    const c = source.catalog;
    const expired = source.expiresAt !== null && source.expiresAt <= this.now;
    const used = Math.floor(mb * r.next() * (expired ? 1 : 0.5));
    const status = used === mb ? 'exhausted' : expired ? 'expired' : 'active';
    this.add('transfers', [id, senderId, source.id, recipient.email, recipientId, planId, gb, mb, 'delivered', iso(at), iso(at), iso(at)]);
    source.sent = { mb, transferId: id, at };
    this.add('account_plans', [
      planId,
      recipientId,
      null,
      c.id,
      c.country_code,
      c.region_name,
      c.name,
      'transfer',
      mb,
      used,
      status === 'active' ? mb - used : 0,
      0,
      status,
      null,
      c.validity_days,
      iso(at),
      null,
      null,
      iso(at),
      source.expiresAt === null ? null : iso(source.expiresAt),
      iso(at),
      iso(at),
      0,
    ]);
    this.ledger(planId, 'transfer_in', mb, null, id, at);
    this.usage(planId, used, at, source.endsAt, c.country_code, mb);
    if (status === 'expired' && mb - used > 0) this.ledger(planId, 'expiry', -(mb - used), null, null, source.expiresAt!);
    this.ledgerBalance.delete(planId);
  }

  private ledgerBalance = new Map<number, number>();

  /**
   * Appends a ledger entry; `balance` tracks the running balance of the plan being written. Every MB of a
   * plan the customer did not pay for (welcome, promo, referral reward) is gifted; the scale set gives
   * paid plans no bonus, so their entries are all paid data.
   */
  private ledger(
    planId: number,
    kind: string,
    delta: number,
    orderId: number | null,
    transferId: number | null,
    at: number,
    gifted = false,
  ): void {
    const balance = (this.ledgerBalance.get(planId) ?? 0) + delta;
    if (balance < 0) throw new Error(`scale seed: plan ${planId} would go below zero`);
    this.ledgerBalance.set(planId, balance);
    this.add('data_ledger', [
      this.id('data_ledger'),
      planId,
      kind,
      delta,
      balance,
      orderId,
      transferId,
      kind === 'usage' ? 'integration' : 'system',
      kind === 'usage' ? 'usage records, one entry per plan in the scale data set' : null,
      iso(at),
      gifted ? delta : 0,
      gifted ? balance : 0,
    ]);
  }

  /** The plan's row, then its ledger in time order: purchase, gift sent, usage, and what expiry or a refund wrote off. */
  private ledgerAndUsage(p: PlanFacts): void {
    const row = p.row;
    const usable = p.totalMb - (p.sent?.mb ?? 0);
    const used = Math.min(p.usedMb, usable);
    let status = p.status;
    let writeOff = 0;
    if (status === 'refunded') writeOff = usable;
    else if (status === 'expired') writeOff = usable - used;
    if (used === usable && row[11] === 0 && (status === 'active' || status === 'expired')) {
      status = 'exhausted';
      writeOff = 0;
    }
    const gifted = isGiftedOrigin(row[7] as string);
    row[9] = used;
    row[10] = usable - used - writeOff;
    row[12] = status;
    row[22] = gifted ? row[10] : 0;
    this.add('account_plans', row);
    this.ledger(
      p.id,
      row[7] === 'referral_reward' ? 'referral_reward' : 'purchase',
      p.totalMb,
      p.orderId,
      null,
      Date.parse(row[15] as string),
      gifted,
    );
    if (p.sent) this.ledger(p.id, 'transfer_out', -p.sent.mb, null, p.sent.transferId, p.sent.at);
    if (p.activatedAt !== null) this.usage(p.id, used, p.activatedAt, p.endsAt, p.catalog.country_code, p.totalMb, gifted);
    if (writeOff > 0)
      this.ledger(
        p.id,
        status === 'refunded' ? 'refund_write_off' : 'expiry',
        -writeOff,
        status === 'refunded' ? p.orderId : null,
        null,
        p.expiresAt ?? p.endsAt,
        gifted,
      );
    this.ledgerBalance.delete(p.id);
  }

  /** `used` MB spread over a Pareto number of records between `from` and `to`; one ledger entry debits their sum. */
  private usage(planId: number, used: number, from: number, to: number, country: string | null, totalMb: number, gifted = false): void {
    const r = this.rng;
    const n = used === 0 ? (r.chance(0.5) ? 0 : 1) : Math.max(1, Math.min(r.pareto(2, 1.45, 600), Math.ceil(totalMb / 10)));
    if (n === 0) return;
    const span = Math.max(1, to - from);
    let left = used;
    for (let i = 0; i < n; i++) {
      const mb = i === n - 1 ? left : Math.min(left, Math.floor((left / (n - i)) * (0.5 + r.next())));
      left -= mb;
      const at = from + Math.floor(((i + r.next()) / n) * span);
      this.add('usage_records', [this.id('usage_records'), planId, mb, country, iso(at), iso(at), mb]);
    }
    if (used > 0) this.ledger(planId, 'usage', -used, null, null, to, gifted);
  }

  private review(accountId: number, plans: PlanFacts[], createdAt: number): void {
    const r = this.rng;
    const id = this.id('reviews');
    const paid = plans.find((p) => p.orderId !== null);
    const rating = r.weighted<number>([
      [5, 45],
      [4, 30],
      [3, 10],
      [2, 6],
      [1, 9],
    ]);
    const tone = rating >= 4 ? 'good' : rating === 3 ? 'mixed' : 'bad';
    const comment = r.chance(0.6) ? r.pick(REVIEW_COMMENTS[r.chance(0.7) ? 'fr' : 'en'][tone]) : null;
    const publishedAt = createdAt + Math.floor(r.next() * (this.now - createdAt - MINUTE));
    const removed = r.chance(0.02);
    const reported = removed || r.chance(0.045);
    const reports = reported ? Math.min(r.pareto(1, 1.3, 60), 60) : 0;
    let severity = 0;
    let lastReportedAt: number | null = null;
    for (let i = 0; i < reports; i++) {
      const reason = r.weighted<(typeof REVIEW_REPORT_REASONS)[number]>([
        ['spam', 30],
        ['inappropriate', 25],
        ['abusive', 15],
        ['insulting', 12],
        ['defamatory', 8],
        ['privacy', 5],
        ['hate', 4],
        ['threat', 1],
      ]);
      const at = publishedAt + Math.floor(r.next() * Math.min(60 * DAY, this.now - publishedAt));
      severity = Math.max(severity, REPORT_SEVERITY[reason]);
      lastReportedAt = Math.max(lastReportedAt ?? 0, at);
      const reporter = this.firstAccountId + Math.floor(r.next() * (accountId - this.firstAccountId + 1));
      this.add('review_reports', [
        this.id('review_reports'),
        id,
        reporter,
        reason,
        REPORT_SEVERITY[reason],
        removed ? 'upheld' : 'open',
        iso(at),
        iso(at),
      ]);
    }
    const removedAt = removed ? Math.min((lastReportedAt ?? publishedAt) + DAY, this.now - MINUTE) : null;
    this.add('reviews', [
      id,
      accountId,
      paid?.orderId ?? null,
      rating,
      comment,
      removed ? 'removed' : 'published',
      iso(publishedAt),
      iso(publishedAt),
      iso(publishedAt + 3 * YEAR),
      reports,
      severity,
      lastReportedAt === null ? null : iso(lastReportedAt),
      removed ? r.pick(REVIEW_REMOVAL_GROUNDS) : null,
      removed ? 'Removed after reports (scale data set)' : null,
      removedAt === null ? null : iso(removedAt),
      iso(publishedAt),
      iso(removedAt ?? lastReportedAt ?? publishedAt),
    ]);
    if (r.chance(0.0667)) this.notice(id, accountId, publishedAt);
  }

  private notice(reviewId: number, authorId: number, publishedAt: number): void {
    const r = this.rng;
    const id = this.id('dsa_notices');
    const receivedAt = publishedAt + Math.floor(r.next() * (this.now - publishedAt - MINUTE));
    const open = receivedAt > this.now - 3 * DAY || r.chance(0.01);
    const threat = r.chance(0.01);
    const trusted = !threat && r.chance(0.05);
    const decision = open ? null : r.chance(0.4) ? 'visibility_restriction' : 'no_action';
    const decidedAt = open ? null : Math.min(receivedAt + Math.floor(r.next() * 70 * HOUR), this.now - MINUTE);
    const year = new Date(receivedAt).getUTCFullYear();
    this.add('dsa_notices', [
      id,
      publicReferenceOf('DSA', year, scramble(id)),
      open ? (r.chance(0.5) ? 'received' : 'in_review') : r.chance(0.7) ? 'closed' : 'decided',
      iso(receivedAt),
      iso(receivedAt),
      iso(receivedAt + 72 * HOUR),
      r.pick(CATEGORIES),
      'This review names a person and accuses them of fraud without any evidence.',
      JSON.stringify([{ reviewId }]),
      reviewId,
      authorId,
      trusted ? 'Point de Contact' : 'A. Notifier',
      trusted ? 'signalement@pointdecontact.example' : `notifier.s${id}@gmail.com`,
      1,
      threat ? 1 : 0,
      r.chance(0.8) ? 'fr' : 'en',
      decision,
      decidedAt === null ? null : iso(decidedAt),
      threat ? 2 : trusted ? 1 : 0,
      1,
      iso(receivedAt),
      iso(decidedAt ?? receivedAt),
    ]);
  }

  /** The next ids, for moving PostgreSQL's sequences past the rows written. */
  get nextIds(): IdCounters {
    return { ...this.next };
  }
}
