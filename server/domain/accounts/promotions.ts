// Referrals (GCU §7) and welcome / partner offers (GCS §5.3.3.1): who may redeem, and the abuse flags.
export type AbuseFlag = 'same_device' | 'same_payment' | 'disposable_domain' | 'account_cluster';
export const CLUSTER_SIZE = 3;

export interface AbuseFacts { domainDisposable: boolean; otherAccountsOnDevice: number; otherAccountsOnPayment: number }

export function abuseFlags(f: AbuseFacts): AbuseFlag[] {
  const flags: AbuseFlag[] = [];
  if (f.otherAccountsOnDevice > 0) flags.push('same_device');
  if (f.otherAccountsOnPayment > 0) flags.push('same_payment');
  if (f.domainDisposable) flags.push('disposable_domain');
  if (f.otherAccountsOnDevice + 1 >= CLUSTER_SIZE || f.otherAccountsOnPayment + 1 >= CLUSTER_SIZE) flags.push('account_cluster');
  return flags;
}

export interface RedemptionFacts {
  kind: 'welcome' | 'partner';
  status: 'active' | 'disabled';
  validFrom: Date; validUntil: Date | null; now: Date;
  maxRedemptions: number | null; redemptions: number;
  usedByAccount: boolean; usedByEmail: boolean; usedByDevice: boolean;
  disposableDomain: boolean;
}

export type RedemptionRefusal = 'promo_inactive' | 'promo_not_started' | 'promo_expired' | 'promo_exhausted' | 'promo_already_used' | 'promo_device_used' | 'promo_email_used' | 'disposable_email';

/**
 * Why an offer may not be redeemed, or null. GCS §5.3.3.1 holds for every promotional
 * offer, welcome or partner: no temporary or single-use address, and one use per
 * person, per device and per e-mail address ("use more than once by the same person or
 * the same device or the same e-mail address of the said offer" is misuse).
 */
export function redemptionRefusal(f: RedemptionFacts): RedemptionRefusal | null {
  if (f.status !== 'active') return 'promo_inactive';
  if (f.now < f.validFrom) return 'promo_not_started';
  if (f.validUntil && f.now > f.validUntil) return 'promo_expired';
  if (f.maxRedemptions != null && f.redemptions >= f.maxRedemptions) return 'promo_exhausted';
  if (f.usedByAccount) return 'promo_already_used';
  if (f.disposableDomain) return 'disposable_email';
  if (f.usedByEmail) return 'promo_email_used';
  if (f.usedByDevice) return 'promo_device_used';
  return null;
}

/** An offer not activated within its window (default 90 days) may be withheld. */
export const activateBy = (redeemedAt: Date, windowDays: number): Date => new Date(redeemedAt.getTime() + windowDays * 86_400_000);

/** GCU §7: the sponsor is rewarded once the friend's first paid plan has ended without a refund request. */
export function referralOutcome(r: { status: string; planStatus: string | null; refundRequested: boolean }): 'reward' | 'void' | 'wait' {
  if (r.status !== 'qualifying' || !r.planStatus) return 'wait';
  if (r.refundRequested || r.planStatus === 'refunded' || r.planStatus === 'cancelled') return 'void';
  return r.planStatus === 'expired' || r.planStatus === 'exhausted' ? 'reward' : 'wait';
}
