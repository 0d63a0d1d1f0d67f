// The data ledger of each account plan, simulated in time order (docs/RULES.md "Orders and
// account plans"; docs/MONEY.md §3): credits and debits are fixed, usage is capped at what
// is left, sweeps write off whatever remains (expiry, refund, cancellation, recovery).
// finalizeLedger() turns the simulation into usage records and ledger rows whose
// running balance never goes below zero and whose sum is each plan's remaining data.
import type { LEDGER_KINDS, ACTOR_KINDS } from '../../server/domain/enums.ts';
import { giftedPart, sizeDelta } from '../../server/domain/ledger/shares.ts';
import { DAY, HOUR, MINUTE, type Ms } from './time.ts';
import type { AccountPlan, LedgerRow, PlanStatus, UsageRecord, World } from './world.ts';

export type LedgerKind = (typeof LEDGER_KINDS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface LedgerRefs {
  order_id?: number;
  transfer_id?: number;
  refund_id?: number;
  referral_id?: number;
}
interface Entry {
  at: Ms;
  seq: number;
  kind: LedgerKind;
  refs: LedgerRefs;
  actor_kind: ActorKind;
  actor_id: number | null;
  note: string | null;
  /** Names this entry so that a later reversal can point at it. */
  key?: string;
  reversesKey?: string;
}
interface FixedEvent extends Entry {
  type: 'fixed';
  delta: number;
}
interface SweepEvent extends Entry {
  type: 'sweep';
  terminal: PlanStatus;
  expect?: number;
}
interface UsageEvent {
  type: 'usage';
  at: Ms;
  seq: number;
  occurredAt: Ms;
  mb: number;
  country: string | null;
  zero: boolean;
}
type SimEvent = FixedEvent | SweepEvent | UsageEvent;

export interface Applied {
  event: SimEvent;
  delta: number;
  balance: number;
  giftedDelta: number;
  gifted: number;
}
export interface Replay {
  applied: Applied[];
  usage: { event: UsageEvent; mb: number }[];
  balance: number;
  used: number;
  credited: number;
  /** The gifted part of the balance, and the size of the plan as the customer sees it (server/domain/ledger/shares.ts). */
  gifted: number;
  size: number;
  /** Data sent to others, net of what support returned (what a refund's verdict counts as consumed). */
  sent: number;
  zeroedBy: LedgerKind | null;
  endedBy: SweepEvent | null;
  lastAt: Ms;
}

export class PlanSim {
  readonly events: SimEvent[] = [];

  /** `giftedPlan`: a plan the customer did not pay for (welcome, promo, referral reward): its purchase is a gift. */
  constructor(readonly giftedPlan = false) {}

  add(event: SimEvent): void {
    this.events.push(event);
  }

  /** Replays the plan in time order through the same rules as the server's ledger (gifted part, size). */
  replay(until = Number.POSITIVE_INFINITY): Replay {
    const sorted = this.events.filter((e) => e.at <= until).sort((a, b) => a.at - b.at || a.seq - b.seq);
    const ownKeys = new Set(this.events.flatMap((e) => (e.type !== 'usage' && e.key ? [e.key] : [])));
    const r: Replay = {
      applied: [],
      usage: [],
      balance: 0,
      used: 0,
      credited: 0,
      gifted: 0,
      size: 0,
      sent: 0,
      zeroedBy: null,
      endedBy: null,
      lastAt: 0,
    };
    const move = (e: SimEvent, kind: LedgerKind, delta: number) => {
      const share = giftedPart({ kind, deltaMb: delta, giftedPlan: this.giftedPlan }, { remainingMb: r.balance, giftedMb: r.gifted });
      if ('refusal' in share) throw new Error(`ledger: ${kind} of ${delta} MB takes gifted data (paid ${share.paidMb} MB)`);
      r.balance += delta;
      r.gifted += share.giftedDeltaMb;
      r.size += sizeDelta({ kind, deltaMb: delta, reversesOwnEntry: e.type !== 'usage' && !!e.reversesKey && ownKeys.has(e.reversesKey) });
      if (kind === 'transfer_out') r.sent -= delta;
      if (kind === 'reversal' && delta > 0 && e.type !== 'usage' && e.reversesKey && ownKeys.has(e.reversesKey)) r.sent -= delta;
      r.applied.push({ event: e, delta, balance: r.balance, giftedDelta: share.giftedDeltaMb, gifted: r.gifted });
    };
    for (const e of sorted) {
      if (e.type === 'usage') {
        if (r.endedBy || (r.balance === 0 && !e.zero)) continue;
        const mb = Math.min(e.mb, r.balance);
        r.usage.push({ event: e, mb });
        if (mb === 0) continue; // rounded to 0 MB: a usage record, no ledger line
        r.used += mb;
        move(e, 'usage', -mb);
        if (r.balance === 0) r.zeroedBy = 'usage';
      } else if (e.type === 'fixed') {
        if (r.endedBy) throw new Error(`ledger: ${e.kind} after the plan ended`);
        if (e.delta === 0) throw new Error('ledger: zero delta');
        if (r.balance + e.delta < 0) throw new Error(`ledger: ${e.kind} of ${e.delta} MB exceeds the balance ${r.balance}`);
        move(e, e.kind, e.delta);
        if (e.delta > 0) {
          r.credited += e.delta;
          r.zeroedBy = null;
        } else if (r.balance === 0) r.zeroedBy = e.kind;
      } else {
        if (r.endedBy) continue;
        if (e.expect !== undefined && e.expect !== r.balance) throw new Error(`ledger: sweep expected ${e.expect} MB, found ${r.balance}`);
        r.endedBy = e;
        if (r.balance > 0) move(e, e.kind, -r.balance);
      }
      r.lastAt = e.at;
    }
    return r;
  }

  balanceAt(at: Ms): number {
    return this.replay(at).balance;
  }

  usedAt(at: Ms): number {
    return this.replay(at).used;
  }

  lastUsageAt(): Ms | null {
    const usage = this.replay().usage;
    return usage.length ? usage[usage.length - 1]!.event.at : null;
  }
}

type EntryInput = Omit<Entry, 'seq' | 'refs' | 'actor_id' | 'note'> & { refs?: LedgerRefs; actor_id?: number | null; note?: string | null };

export function credit(w: World, plan: AccountPlan, mb: number, e: EntryInput): void {
  plan._sim.add({ type: 'fixed', delta: mb, seq: w.seq(), refs: {}, actor_id: null, note: null, ...e });
}
export function debit(w: World, plan: AccountPlan, mb: number, e: EntryInput): void {
  plan._sim.add({ type: 'fixed', delta: -mb, seq: w.seq(), refs: {}, actor_id: null, note: null, ...e });
}
/** Writes off everything left at `at` and ends the plan. */
export function sweep(w: World, plan: AccountPlan, terminal: PlanStatus, e: EntryInput & { expect?: number }): void {
  plan._sim.add({ type: 'sweep', terminal, seq: w.seq(), refs: {}, actor_id: null, note: null, ...e });
}

/**
 * Usage sessions between `from` and `to` adding up to `targetMb` (less if the data runs out):
 * one record every day or two, reported by the operator a few minutes after the session.
 */
export function addUsage(w: World, plan: AccountPlan, from: Ms, to: Ms, targetMb: number, countries: readonly string[]): void {
  const start = from + 10 * MINUTE,
    end = Math.min(to, w.now) - 30 * MINUTE;
  if (end - start < HOUR || targetMb < 1) return;
  const days = (end - start) / DAY;
  const n = Math.max(1, Math.min(14, Math.round(days * w.rng.between(0.5, 1.1)), Math.ceil(targetMb / 2)));
  const times = Array.from({ length: n }, () => start + Math.floor(w.rng.next() * (end - start))).sort((a, b) => a - b);
  const amounts = w.rng.split(Math.round(targetMb), n);
  times.forEach((occurredAt, i) => {
    const country = countries.length ? w.rng.pick(countries) : null;
    const at = occurredAt + w.rng.int(2, 14) * MINUTE + w.rng.int(0, 59_999);
    plan._sim.add({ type: 'usage', at, seq: w.seq(), occurredAt, mb: amounts[i]!, country, zero: false });
    if (w.rng.chance(0.012)) {
      // A short session that rounds to 0 MB: recorded, nothing to debit.
      const zAt = occurredAt + w.rng.int(20, 240) * MINUTE;
      if (zAt < end) plan._sim.add({ type: 'usage', at: zAt + 5 * MINUTE, seq: w.seq(), occurredAt: zAt, mb: 0, country, zero: true });
    }
  });
}

/** The instant a plan stops being usable without anyone acting: end of validity, or lost when never activated. */
export function naturalEnd(plan: AccountPlan): Ms | null {
  if (plan.activated_at != null) return plan.expires_at;
  return plan.activate_by;
}

/** Turns every plan's simulation into usage records, ledger rows, cached balances and statuses. */
export function finalizeLedger(w: World): void {
  const usage: { plan: AccountPlan; event: UsageEvent; mb: number }[] = [];
  const entries: { plan: AccountPlan; applied: Applied }[] = [];
  for (const plan of w.accountPlans) {
    const end = naturalEnd(plan);
    if (end != null && end <= w.now) {
      sweep(w, plan, 'expired', {
        at: end,
        kind: 'expiry',
        actor_kind: 'system',
        note: plan.activated_at ? 'validity ended' : 'not activated within 1 year',
      });
    }
    const r = plan._sim.replay();
    for (const u of r.usage) usage.push({ plan, event: u.event, mb: u.mb });
    for (const a of r.applied) entries.push({ plan, applied: a });
    plan.data_total_mb = r.size;
    plan.data_used_mb = r.used;
    plan.data_remaining_mb = r.balance;
    plan.data_gifted_mb = r.gifted;
    const ended = r.endedBy;
    if (ended && ended.terminal !== 'expired') plan.status = ended.terminal;
    else if (r.balance === 0 && r.zeroedBy) plan.status = 'exhausted';
    else if (ended) plan.status = 'expired';
    else plan.status = plan.activated_at != null ? 'active' : 'pending';
    plan.updated_at = Math.max(plan.created_at, r.lastAt);
  }

  usage.sort((a, b) => a.event.occurredAt - b.event.occurredAt || a.event.seq - b.event.seq);
  const usageIds = new Map<UsageEvent, number>();
  w.usageRecords = usage.map((u, i): UsageRecord => {
    usageIds.set(u.event, i + 1);
    return {
      id: i + 1,
      account_plan_id: u.plan.id,
      mb: u.mb,
      charged_mb: u.mb,
      country_code: u.event.country,
      occurred_at: u.event.occurredAt,
      created_at: u.event.at,
    };
  });

  entries.sort((a, b) => a.applied.event.at - b.applied.event.at || a.applied.event.seq - b.applied.event.seq);
  const keyIds = new Map<string, number>();
  const running = new Map<number, number>();
  w.ledger = entries.map(({ plan, applied }, i): LedgerRow => {
    const id = i + 1;
    const balance = (running.get(plan.id) ?? 0) + applied.delta;
    if (balance !== applied.balance || balance < 0) throw new Error(`ledger: plan ${plan.id} balance ${balance} ≠ ${applied.balance}`);
    running.set(plan.id, balance);
    const e = applied.event;
    if (e.type === 'usage') {
      return {
        id,
        account_plan_id: plan.id,
        kind: 'usage',
        delta_mb: applied.delta,
        gifted_delta_mb: applied.giftedDelta,
        balance_after_mb: balance,
        gifted_after_mb: applied.gifted,
        reverses_id: null,
        order_id: null,
        transfer_id: null,
        refund_id: null,
        usage_record_id: usageIds.get(e)!,
        referral_id: null,
        actor_kind: 'integration',
        actor_id: w.serviceTokenId,
        note: null,
        created_at: e.at,
      };
    }
    if (e.key) keyIds.set(e.key, id);
    const reverses = e.reversesKey ? keyIds.get(e.reversesKey) : undefined;
    if (e.reversesKey && reverses === undefined) throw new Error(`ledger: ${e.reversesKey} reversed before it exists`);
    return {
      id,
      account_plan_id: plan.id,
      kind: e.kind,
      delta_mb: applied.delta,
      gifted_delta_mb: applied.giftedDelta,
      balance_after_mb: balance,
      gifted_after_mb: applied.gifted,
      reverses_id: reverses ?? null,
      order_id: e.refs.order_id ?? null,
      transfer_id: e.refs.transfer_id ?? null,
      refund_id: e.refs.refund_id ?? null,
      usage_record_id: null,
      referral_id: e.refs.referral_id ?? null,
      actor_kind: e.actor_kind,
      actor_id: e.actor_id,
      note: e.note,
      created_at: e.at,
    };
  });
  for (const plan of w.accountPlans) {
    if ((running.get(plan.id) ?? 0) !== plan.data_remaining_mb) throw new Error(`ledger: plan ${plan.id} does not add up`);
  }
}
