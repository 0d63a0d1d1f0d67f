// Paid and gifted data on one plan (seed 000: "données gratuites ou données offertes" are never
// sent; docs/RULES.md "Paid and gifted data"). Every ledger entry says how much of it is gifted;
// the plan caches its gifted balance beside its remaining data.
import type { LEDGER_KINDS } from '../enums.ts';

export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** What a plan holds: all of it, and the gifted part of it (gifted ≤ remaining). */
export interface ShareBalance {
  remainingMb: number;
  giftedMb: number;
}

/** Credits the seller gives: gifted data wherever they land. */
const GIFT_CREDITS: ReadonlySet<LedgerKind> = new Set(['bonus', 'goodwill', 'referral_reward']);
/** Debits that only ever take paid data: data a customer sends, and data support recovers from a wrong recipient. */
const PAID_ONLY_DEBITS: ReadonlySet<LedgerKind> = new Set(['transfer_out', 'reversal']);

export interface Movement {
  kind: LedgerKind;
  /** Signed MB: credits > 0, debits < 0. */
  deltaMb: number;
  /** A plan the customer did not pay for (welcome, promo, referral reward): its purchase is a gift. */
  giftedPlan: boolean;
}

export const paidRemainingMb = (b: ShareBalance): number => b.remainingMb - b.giftedMb;

/**
 * The gifted part of a movement (signed like the movement). Usage and write-offs spend the gift
 * first — it was given to be used, and what the customer paid for stays sendable longest; data
 * sent or recovered is paid data only, refused when the plan holds too little of it.
 */
export function giftedPart(
  m: Movement,
  b: ShareBalance,
): { giftedDeltaMb: number } | { refusal: 'insufficient_paid_data'; paidMb: number } {
  if (m.deltaMb > 0) return { giftedDeltaMb: GIFT_CREDITS.has(m.kind) || (m.kind === 'purchase' && m.giftedPlan) ? m.deltaMb : 0 };
  const amount = -m.deltaMb;
  if (PAID_ONLY_DEBITS.has(m.kind)) {
    const paidMb = paidRemainingMb(b);
    return amount > paidMb ? { refusal: 'insufficient_paid_data', paidMb } : { giftedDeltaMb: 0 };
  }
  return { giftedDeltaMb: -Math.min(b.giftedMb, amount) };
}

/** Credits that give a plan data: they make the size the customer sees ("of 10 GB"). */
const GIVING_CREDITS: ReadonlySet<LedgerKind> = new Set(['purchase', 'bonus', 'goodwill', 'referral_reward', 'transfer_in', 'adjustment']);

/**
 * How a movement changes the size of the plan as the customer sees it: what the plan gave them.
 * Sending data away, using it or losing it does not shrink it; data returned to the plan that sent
 * it does not grow it (docs/RULES.md "Consumption and alerts": a reversal never changes the size by accident);
 * data withdrawn from a wrong recipient does shrink theirs.
 */
export function sizeDelta(m: { kind: LedgerKind; deltaMb: number; reversesOwnEntry: boolean }): number {
  if (m.kind === 'reversal') return m.deltaMb < 0 || !m.reversesOwnEntry ? m.deltaMb : 0;
  return m.deltaMb > 0 && GIVING_CREDITS.has(m.kind) ? m.deltaMb : 0;
}

export const GIFTED_ORIGINS = ['welcome', 'promo', 'referral_reward'] as const;
export const isGiftedOrigin = (origin: string): boolean => (GIFTED_ORIGINS as readonly string[]).includes(origin);
