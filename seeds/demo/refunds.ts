// Refund requests (GCS §5.5, §6): about 40 cases across every status, with the verdict
// and the legal clocks stored as the refunds service computes them. Each case gets its
// own order whose plan is in exactly the state the case needs.
import { usageCountries } from './catalog.ts';
import { addUsage, sweep } from './ledger.ts';
import { createOrder, oneGbPlan, pickCatalogPlan, useData, validPromos } from './orders-and-plans.ts';
import { REFUND_REASONS } from './texts.ts';
import { assessRefund, type VerdictRecord } from '../../server/domain/refunds/eligibility.ts';
import { addDaysToDate, DAY, HOUR, MINUTE, parisDate, parisTime, refundDecisionDueAt, refundPayoutDueAt, type Ms } from './time.ts';
import type { Account, AccountPlan, Order, Refund, World, Table } from './world.ts';

export const FOUR_EYES_THRESHOLD_CENTS = 10_000;

type Life = 'not_installed' | 'installed' | 'tiny' | 'used' | 'lost';
type Status = Refund['status'];
interface Case {
  name: string;
  status: Status;
  life: Life;
  /** When the request arrived: days before now, or the day whose 5th working day is today. */
  ago: number | 'due_today';
  /** Europe/Paris calendar days between the order and the request. */
  day?: number;
  premium?: string;
  promo?: boolean;
  source?: 'agent';
  method?: Order['payment_method'];
  grant?: 'less' | 'outside_policy';
  reject?: string;
  note?: string;
  payout?: 'failed' | 'failed_then_paid';
  /** A partner discount on the order: refundable up to what was paid (GCS §5.5). */
  discount?: boolean;
  /** The customer kept using the plan after asking: the verdict changes between the request and the decision. */
  usedAfterAsking?: boolean;
}

const CASES: Case[] = [
  { name: 'new, not installed', status: 'requested', life: 'not_installed', ago: 0.2 },
  { name: 'installed, never activated (agent)', status: 'requested', life: 'installed', ago: 1.3, source: 'agent' },
  { name: 'barely used, due today', status: 'requested', life: 'tiny', ago: 'due_today' },
  { name: 'overdue, not installed', status: 'requested', life: 'not_installed', ago: 12 },
  { name: 'overdue, data used', status: 'requested', life: 'used', ago: 9 },
  { name: 'day 29: in time', status: 'requested', life: 'not_installed', ago: 1, day: 29 },
  { name: 'day 31: too late', status: 'requested', life: 'installed', ago: 0.15, day: 31 },
  { name: 'phone stolen', status: 'requested', life: 'lost', ago: 2 },
  { name: 'free welcome plan', status: 'requested', life: 'installed', ago: 3, promo: true },
  { name: 'agent, due today', status: 'requested', life: 'installed', ago: 'due_today', source: 'agent' },
  { name: 'barely used, overdue', status: 'requested', life: 'tiny', ago: 15 },
  { name: 'late and used', status: 'requested', life: 'used', ago: 4, day: 45 },
  {
    name: 'four eyes: world plan not installed',
    status: 'awaiting_second_approval',
    life: 'not_installed',
    ago: 3,
    premium: 'World 50 GB – 180 days',
  },
  {
    name: 'four eyes: unlimited installed',
    status: 'awaiting_second_approval',
    life: 'installed',
    ago: 8,
    premium: 'World Unlimited – 30 days',
  },
  { name: 'four eyes: barely used', status: 'awaiting_second_approval', life: 'tiny', ago: 1, premium: 'World 50 GB – 180 days' },
  { name: 'approved, payout due', status: 'approved', life: 'not_installed', ago: 8 },
  { name: 'approved partial, less than proposed', status: 'approved', life: 'tiny', ago: 6, grant: 'less' },
  { name: 'approved with four eyes', status: 'approved', life: 'installed', ago: 12, premium: 'World 50 GB – 180 days' },
  { name: 'approved outside policy by admin', status: 'approved', life: 'used', ago: 20, grant: 'outside_policy' },
  { name: 'day 30: still in time', status: 'approved', life: 'not_installed', ago: 5, day: 30 },
  { name: 'approved, payout overdue', status: 'approved', life: 'installed', ago: 40 },
  { name: 'rejected: late', status: 'rejected', life: 'used', ago: 30, day: 45, reject: 'late_request' },
  { name: 'rejected: data used', status: 'rejected', life: 'used', ago: 25, reject: 'data_used' },
  { name: 'rejected: lost phone', status: 'rejected', life: 'lost', ago: 50, reject: 'lost_or_stolen_device' },
  { name: 'rejected: promo order', status: 'rejected', life: 'installed', ago: 70, promo: true, reject: 'promo_order' },
  { name: 'rejected: duplicate', status: 'rejected', life: 'not_installed', ago: 11, reject: 'duplicate' },
  {
    name: 'rejected: other',
    status: 'rejected',
    life: 'not_installed',
    ago: 35,
    reject: 'other',
    note: 'The customer opened a chargeback with the bank for the same order; the bank refunds them.',
  },
  { name: 'rejected: late, never installed', status: 'rejected', life: 'not_installed', ago: 90, day: 62, reject: 'late_request' },
  { name: 'rejected: data used (agent)', status: 'rejected', life: 'used', ago: 140, reject: 'data_used', source: 'agent' },
  { name: 'paid out by card', status: 'paid_out', life: 'not_installed', ago: 45, method: 'card' },
  { name: 'paid out Apple Pay', status: 'paid_out', life: 'installed', ago: 60, method: 'apple_pay' },
  { name: 'paid out Google Pay', status: 'paid_out', life: 'not_installed', ago: 95, method: 'google_pay' },
  { name: 'paid out Flying Blue', status: 'paid_out', life: 'installed', ago: 120, method: 'flying_blue' },
  { name: 'paid out partial', status: 'paid_out', life: 'tiny', ago: 75 },
  { name: 'paid out four eyes', status: 'paid_out', life: 'not_installed', ago: 160, premium: 'World Unlimited – 30 days' },
  { name: 'paid out after a failed attempt', status: 'paid_out', life: 'installed', ago: 55, payout: 'failed_then_paid', method: 'card' },
  { name: 'paid out, old', status: 'paid_out', life: 'not_installed', ago: 300 },
  { name: 'payout failed: card expired', status: 'failed', life: 'not_installed', ago: 26, method: 'card', payout: 'failed' },
  { name: 'payout failed: Flying Blue closed', status: 'failed', life: 'installed', ago: 33, method: 'flying_blue', payout: 'failed' },
  { name: 'payout failed: bank refused', status: 'failed', life: 'tiny', ago: 22, method: 'google_pay', payout: 'failed' },
  { name: 'used more since asking (open)', status: 'requested', life: 'tiny', ago: 2, usedAfterAsking: true },
  {
    name: 're-assessed at decision: used more since asking',
    status: 'rejected',
    life: 'tiny',
    ago: 6,
    usedAfterAsking: true,
    reject: 'data_used',
    note: 'Asked at 0.4 % used; 2 % used when decided (GCS §5.5: under 1 %).',
  },
  { name: 'discounted order, not installed', status: 'approved', life: 'not_installed', ago: 7, discount: true },
];

/** The verdict of GCS §5.5 on the plan as it is at `at`: the server's own rule, with the facts it rests on. */
export function assessAt(order: Order, plan: AccountPlan, requestedAt: Ms, lostDevice: boolean, at: Ms): VerdictRecord {
  const state = plan._sim.replay(at);
  const activated = plan.activated_at != null && plan.activated_at <= at;
  const installed = plan.installed_at != null && plan.installed_at <= at;
  return assessRefund(
    {
      order: { amountCents: order.amount_cents, refundedCents: order.refunded_cents, orderedAt: new Date(order.ordered_at) },
      plan: {
        dataTotalMb: state.size,
        dataUsedMb: state.used,
        dataSentMb: state.sent,
        installedAt: installed ? new Date(plan.installed_at!) : null,
        activatedAt: activated ? new Date(plan.activated_at!) : null,
        refunded: false,
      },
      request: { requestedAt: new Date(requestedAt), lostOrStolenDevice: lostDevice },
    },
    new Date(at),
  );
}

const verdictColumns = (v: VerdictRecord): Pick<Refund, 'eligibility' | 'eligibility_reasons' | 'proposed_amount_cents'> => ({
  eligibility: v.verdict.eligibility,
  eligibility_reasons: v.verdict.reasons,
  proposed_amount_cents: v.verdict.proposedAmountCents,
});

/**
 * A morning request whose 5th working day after receipt ends today (Europe/Paris); when today
 * is not a working day, the one due on the next working day.
 */
function dueTodayRequest(w: World, hour: number): Ms {
  const today = parisDate(w.now);
  let best: { at: Ms; due: string } | null = null;
  for (let back = 3; back < 16; back++) {
    const at = parisTime(addDaysToDate(today, -back), hour, w.rng.int(0, 59));
    const due = parisDate(refundDecisionDueAt(at));
    if (due === today) return at;
    if (due > today && (!best || due < best.due || (due === best.due && at < best.at))) best = { at, due };
  }
  return best!.at;
}

export function buildRefunds(w: World): void {
  const r = w.rng;
  const pool = r.shuffle(w.accounts.filter((a) => !a._scripted && a.created_at < w.now - 40 * DAY));
  let next = 0;
  const customerFor = (before: Ms): Account => {
    for (let i = 0; i < pool.length; i++) {
      const a = pool[(next + i) % pool.length]!;
      if (a.created_at < before - DAY) {
        next = (next + i + 1) % pool.length;
        return a;
      }
    }
    return pool[0]!;
  };
  const openByCase = new Map<string, Refund>();

  for (const c of CASES) {
    let requestedAt = c.ago === 'due_today' ? dueTodayRequest(w, r.int(8, 11)) : w.now - Math.round(c.ago * DAY) - r.int(0, 50) * MINUTE;
    if (c.day != null && c.ago !== 'due_today')
      requestedAt = Math.min(w.now - 20 * MINUTE, parisTime(parisDate(requestedAt), r.int(8, 18), r.int(0, 59)));
    const day = c.day ?? (c.life === 'used' || c.life === 'lost' || c.life === 'tiny' ? r.int(3, 12) : r.int(1, 20));
    const orderDate = addDaysToDate(parisDate(requestedAt), -day);
    // The boundary cases straddle midnight, where calendar days and 24-hour periods disagree.
    const orderedAt =
      c.day === 29
        ? parisTime(orderDate, 23, 40)
        : c.day === 31
          ? parisTime(orderDate, 0, 25)
          : parisTime(orderDate, r.int(7, 22), r.int(0, 59));
    const duplicateOf = c.reject === 'duplicate' ? openByCase.get('overdue, not installed') : undefined;

    let order: Order;
    if (duplicateOf) {
      order = w.orders[duplicateOf.order_id - 1]!;
      requestedAt = duplicateOf.requested_at + 26 * HOUR;
    } else {
      const account = customerFor(orderedAt);
      let catalog = c.premium ? w.catalogPlans.find((p) => p.name === c.premium)! : null;
      if (c.promo) catalog = oneGbPlan(w, orderedAt, r.pick(['US', 'JP', 'TH', 'MA']));
      if (c.discount) catalog = w.catalogPlans.find((p) => p.name === 'Japan 10 GB – 30 days')!;
      for (let i = 0; !catalog && i < 20; i++) {
        const p = pickCatalogPlan(w, orderedAt);
        if (p && p.data_mb != null && p.data_mb >= 3072) catalog = p;
      }
      const activatedAt =
        c.life === 'tiny' || c.life === 'used' || c.life === 'lost'
          ? orderedAt + Math.floor((requestedAt - orderedAt) * r.between(0.1, 0.4))
          : null;
      const installedAt = c.life === 'not_installed' ? null : orderedAt + r.int(5, 240) * MINUTE;
      // A free order (the press kit's 100 % code) has nothing to refund; a partner discount is refunded up to what was paid.
      const code = c.promo
        ? w.promoCodes.find((p) => p.code === 'PRESSE100')!
        : c.discount
          ? (validPromos(w, orderedAt, 'partner').find((p) => (p.discount_percent ?? 0) > 0 && (p.discount_percent ?? 0) < 100) ?? null)
          : null;
      order = createOrder(w, {
        account,
        catalog: catalog!,
        orderedAt,
        installedAt,
        activatedAt,
        usage: 0,
        promo: code,
        ...(c.method ? { method: c.method } : {}),
      });
      const plan = order._plan;
      plan._reserved = `refund:${c.name}`;
      if (activatedAt != null) {
        const total = plan._sim.replay().credited;
        const before =
          c.life === 'tiny'
            ? Math.max(1, Math.floor(total * r.between(0.001, 0.008)))
            : Math.floor(total * r.between(c.life === 'lost' ? 0.02 : 0.05, c.life === 'lost' ? 0.1 : 0.6));
        addUsage(w, plan, activatedAt, requestedAt, before, usageCountries(plan));
        if (c.life === 'used' && (c.status === 'requested' || c.status === 'rejected'))
          useData(w, plan, requestedAt + HOUR, r.between(0.1, 0.3), total, false);
        // Between the request and the decision the customer kept surfing: past 1 % of the plan.
        if (c.usedAfterAsking)
          addUsage(
            w,
            plan,
            requestedAt + 2 * HOUR,
            Math.min(w.now - HOUR, requestedAt + DAY),
            Math.ceil(total * 0.02),
            usageCountries(plan),
          );
      }
    }
    const refund = request(w, order, requestedAt, c);
    if (!duplicateOf) openByCase.set(c.name, refund);
    decide(w, refund, order, c);
  }

  // The referred friend who asked for a refund: the sponsor's pending reward is voided.
  const referralId = w.marks.get('referral-refund:referral'),
    orderId = w.marks.get('referral-refund:order');
  if (referralId && orderId) {
    const order = w.orders[orderId - 1]!;
    const at = Math.min(w.now - HOUR, order.ordered_at + 2 * DAY + r.int(0, 600) * MINUTE);
    const refund = request(w, order, at, { name: 'referred friend', status: 'requested', life: 'installed', ago: 0 });
    const referral = w.referrals[referralId - 1]!;
    Object.assign(referral, {
      status: 'void',
      voided_at: refund.requested_at,
      void_reason: `Refund requested on the qualifying plan (refund #${refund.id}, GCU §7).`,
      updated_at: refund.requested_at,
    });
  }
}

function request(w: World, order: Order, requestedAt: Ms, c: Case): Refund {
  const r = w.rng;
  const plan = order._plan;
  const reasonKey = c.promo
    ? 'promo'
    : c.life === 'lost'
      ? 'lost'
      : (c.day ?? 0) > 30
        ? 'late'
        : c.life === 'not_installed'
          ? 'not_installed'
          : c.life === 'installed'
            ? 'not_activated'
            : c.life === 'tiny'
              ? 'barely_used'
              : 'used';
  const refund: Refund = {
    id: w.id('refunds'),
    order_id: order.id,
    account_id: order.account_id,
    status: 'requested',
    source: c.source ?? 'email',
    customer_reason: r.pick(REFUND_REASONS[reasonKey]!),
    logged_by_staff_id: c.source === 'agent' ? w.staff.support.id : null,
    requested_at: requestedAt,
    decision_due_at: refundDecisionDueAt(requestedAt),
    amount_cents: null,
    reject_reason_code: null,
    decision_note: null,
    decided_at: null,
    decided_by_staff_id: null,
    payout_due_at: null,
    payout_method: null,
    payout_reference: null,
    paid_out_at: null,
    failure_reason: null,
    decision_facts: null,
    backdate_reason: null,
    backdate_confirmed_by_staff_id: null,
    ...asked(order, plan, requestedAt, c.life === 'lost'),
    created_at: requestedAt,
    updated_at: requestedAt,
    version: 1,
    _scenario: c.name,
  };
  w.refunds.push(refund);
  return refund;
}

/** The verdict stored with the request, with its facts (docs/RULES.md "Refunds"). */
function asked(
  order: Order,
  plan: AccountPlan,
  requestedAt: Ms,
  lostDevice: boolean,
): Pick<Refund, 'eligibility' | 'eligibility_reasons' | 'proposed_amount_cents' | 'request_facts'> {
  const v = assessAt(order, plan, requestedAt, lostDevice, requestedAt);
  return { ...verdictColumns(v), request_facts: JSON.stringify(v) };
}

/** Re-assessed inside the decision, on the plan as it is then: the verdict the decision used. */
function reassessed(
  refund: Refund,
  order: Order,
  at: Ms,
): Pick<Refund, 'eligibility' | 'eligibility_reasons' | 'proposed_amount_cents' | 'decision_facts'> {
  const v = assessAt(order, order._plan, refund.requested_at, refund.eligibility_reasons.includes('lost_or_stolen_device'), at);
  return { ...verdictColumns(v), decision_facts: JSON.stringify(v) };
}

function decide(w: World, refund: Refund, order: Order, c: Case): void {
  const r = w.rng;
  const { finance, finance2, admin } = w.staff;
  if (c.status === 'requested') return;
  const approval = (staff: { id: number }, amount: number, at: Ms, note: string | null, outside = false): void => {
    w.refundApprovals.push({
      id: w.id('refund_approvals'),
      refund_id: refund.id,
      staff_id: staff.id,
      amount_cents: amount,
      note,
      outside_policy: outside,
      created_at: at,
    });
  };
  const firstLook = Math.min(w.now - 2 * HOUR, refund.requested_at + r.int(3, 70) * HOUR);
  if (c.status === 'awaiting_second_approval') {
    Object.assign(refund, reassessed(refund, order, firstLook));
    approval(
      finance,
      refund.proposed_amount_cents,
      firstLook,
      'Eligible: full refund. Above the four-eyes threshold, second approval needed.',
    );
    Object.assign(refund, { status: 'awaiting_second_approval', amount_cents: refund.proposed_amount_cents, updated_at: firstLook });
    w.audit.push({
      at: firstLook,
      staff: finance,
      action: 'refunds.approve',
      entity: 'refunds',
      entityId: refund.id,
      after: { status: 'awaiting_second_approval' },
    });
    return;
  }
  const decidedAt = Math.min(
    c.usedAfterAsking ? refund.requested_at + 2 * DAY : firstLook + (c.premium ? r.int(2, 20) * HOUR : 0),
    refund.decision_due_at - HOUR,
    w.now - HOUR,
  );
  Object.assign(refund, reassessed(refund, order, decidedAt));
  if (c.status === 'rejected') {
    const by = r.pick([finance, finance2]);
    Object.assign(refund, {
      status: 'rejected',
      reject_reason_code: c.reject!,
      decision_note: c.note ?? null,
      decided_at: decidedAt,
      decided_by_staff_id: by.id,
      updated_at: decidedAt,
    });
    w.audit.push({
      at: decidedAt,
      staff: by,
      action: 'refunds.reject',
      entity: 'refunds',
      entityId: refund.id,
      before: { status: 'requested' },
      after: { status: 'rejected', rejectReasonCode: c.reject },
      reason: c.note ?? c.reject,
    });
    return;
  }
  // Approved (then paid out or failed): the plan ends, its data written off in the ledger.
  let amount = refund.proposed_amount_cents;
  let note: string | null = null;
  let by = r.pick([finance, finance2]);
  if (c.grant === 'less') {
    amount = Math.floor(amount * 0.8);
    note = 'Partial refund reduced: the customer used the plan for a day before asking.';
  }
  if (c.grant === 'outside_policy') {
    amount = Math.floor(order.amount_cents * 0.5);
    note = 'Commercial gesture: network outage reported by the operator during the stay.';
    by = admin;
  }
  if (c.premium) approval(finance, amount, decidedAt - r.int(1, 10) * HOUR, 'First approval.');
  approval(c.premium ? finance2 : by, amount, decidedAt, note, c.grant === 'outside_policy');
  if (c.premium) by = finance2;
  Object.assign(refund, {
    status: 'approved',
    amount_cents: amount,
    decision_note: note,
    decided_at: decidedAt,
    decided_by_staff_id: by.id,
    payout_due_at: refundPayoutDueAt(decidedAt),
    payout_method: order.payment_method,
    updated_at: decidedAt,
  });
  if (amount > order.amount_cents - order.refunded_cents) throw new Error('refund above what was paid');
  order.refunded_cents += amount;
  order.status = order.refunded_cents === order.amount_cents ? 'refunded' : 'partially_refunded';
  order.updated_at = decidedAt;
  sweep(w, order._plan, 'refunded', {
    at: decidedAt,
    kind: 'refund_write_off',
    refs: { refund_id: refund.id, order_id: order.id },
    actor_kind: 'staff',
    actor_id: by.id,
    note: `Refund #${refund.id} approved`,
  });
  w.audit.push({
    at: decidedAt,
    staff: by,
    action: 'refunds.approve',
    entity: 'refunds',
    entityId: refund.id,
    before: { status: 'requested' },
    after: { status: 'approved', amountCents: amount },
    reason: note ?? undefined,
  });
  if (c.status === 'approved') return; // payout still to record ('payout overdue': decided over 30 days ago)

  const reference = (): string => (order.payment_method === 'flying_blue' ? `FBR-${r.digits(10)}` : `re_3${r.alnum(23)}`);
  const payout = (at: Ms, status: 'succeeded' | 'failed', failure: string | null): string => {
    const ref = reference();
    w.refundPayouts.push({
      id: w.id('refund_payouts'),
      refund_id: refund.id,
      amount_cents: amount,
      method: order.payment_method,
      provider: 'manual',
      provider_reference: ref,
      status,
      failure_reason: failure,
      created_by_staff_id: by.id,
      created_at: at,
    });
    return ref;
  };
  const firstAttempt = Math.min(w.now - HOUR, decidedAt + r.int(1, 6) * DAY);
  if (c.payout === 'failed' || c.payout === 'failed_then_paid') {
    const failure =
      order.payment_method === 'flying_blue'
        ? 'Flying Blue account closed: miles cannot be credited back.'
        : r.pick(['card_expired: the card used for the order has expired.', 'Refund declined by the issuing bank (do_not_honor).']);
    payout(firstAttempt, 'failed', failure);
    Object.assign(refund, { status: 'failed', failure_reason: failure, updated_at: firstAttempt });
    w.audit.push({
      at: firstAttempt,
      staff: by,
      action: 'refunds.payout_failed',
      entity: 'refunds',
      entityId: refund.id,
      after: { status: 'failed' },
      reason: failure,
    });
    if (c.payout === 'failed') return;
  }
  const paidAt = Math.min(w.now - HOUR, firstAttempt + (c.payout === 'failed_then_paid' ? r.int(2, 6) * DAY : 0));
  const ref = payout(paidAt, 'succeeded', null);
  Object.assign(refund, { status: 'paid_out', payout_reference: ref, paid_out_at: paidAt, failure_reason: null, updated_at: paidAt });
  w.audit.push({
    at: paidAt,
    staff: by,
    action: 'refunds.payout',
    entity: 'refunds',
    entityId: refund.id,
    after: { status: 'paid_out', payoutReference: ref },
  });
}

export const refundTables = (w: World): Table[] => [
  ['refunds', w.refunds],
  ['refund_approvals', w.refundApprovals],
  ['refund_payouts', w.refundPayouts],
];
