import type { AccountsRecord, BlocksRecord, UsageAlertsRecord } from '../../records.generated.ts';
import type { ACCOUNT_PLAN_STATUSES, ACCOUNT_STATUSES, PLAN_ORIGINS } from '../../../../server/domain/enums.ts';
import type { TransferRefusalCode } from '../../../../server/domain/transfers/transferRules.ts';

// The shapes of GET /api/accounts/search and GET /api/accounts/:id/overview (docs/ACCOUNTS.md "API contract").

export type SearchKind = 'email' | 'email_prefix' | 'iccid' | 'order' | 'payment_reference' | 'referral_code' | 'account';

export interface SearchMatch {
  accountId: number;
  email: string;
  status: (typeof ACCOUNT_STATUSES)[number];
  matchedBy: SearchKind;
  /** What matched, e.g. the ICCID, `#123` for an order, the e-mail. */
  label: string;
}

/** An account as the API sends it (client/src/records.generated.ts): the e-mail masked for some roles (`j•••@gmail.com`),
 * `deleted-<id>@anonymised.invalid` once deactivated; `version` is sent back by a correction (optimistic locking). */
export type AccountRecord = AccountsRecord;

export type UsageAlertRule = UsageAlertsRecord;

export type DataBlock = BlocksRecord;

export interface OverviewPlan {
  id: number;
  accountId: number;
  orderId: number | null;
  name: string;
  origin: (typeof PLAN_ORIGINS)[number];
  status: (typeof ACCOUNT_PLAN_STATUSES)[number];
  dataTotalMb: number | null;
  dataUsedMb: number;
  dataRemainingMb: number;
  /** The gifted part of what is left (welcome bonus, promo data, referral reward, goodwill): never sendable. */
  dataGiftedMb: number;
  unlimited: boolean;
  dataBlocked: boolean;
  /** What the customer can send from it now, in whole GB of paid data, and why nothing when 0. */
  sendableGb?: number;
  notSendableBecause?: TransferRefusalCode | null;
  /** Its moves to a new eSIM after a change of device, newest first. */
  esimMoves?: { fromEsimId: number | null; toEsimId: number; movedAt: string }[];
  countryCode: string | null;
  regionName: string | null;
  esimId: number | null;
  orderedAt: string | null;
  activatedAt: string | null;
  expiresAt: string | null;
  /** The plan's alert rules, lowest threshold first. */
  alerts?: UsageAlertRule[];
  /** The plan's open block, when the API sends it (else found in `blocks`). */
  block?: DataBlock | null;
}

export interface UsageDay {
  accountPlanId: number;
  /** A Paris calendar day, `YYYY-MM-DD`. */
  day: string;
  mb: number;
}

type Row = Record<string, unknown> & { id: number };

export interface AccountOverview {
  account: AccountRecord;
  /** The customer's number opted out of SMS (STOP), or null. */
  smsOptOut?: { phone: string | null; source: string; optedOutAt: string } | null;
  masked: { email: boolean; phone: boolean; name: boolean };
  esims: Row[];
  plans: OverviewPlan[];
  usage: UsageDay[];
  orders: Row[];
  transfersSent: Row[];
  transfersReceived: Row[];
  refunds: Row[];
  reviews: Row[];
  reportsMade: Row[];
  dsaNotices: Row[];
  /** `asReferred`: the referral that brought this customer, if any (a customer is referred once). */
  referrals: { asSponsor: Row[]; asReferred: Row | Row[] | null };
  promoRedemptions: Row[];
  blocks: DataBlock[];
  messages: Row[];
  audit: Row[];
  /** Goodwill data credited to the account's plans (support, finance). */
  goodwillCredits?: Row[];
  /** The customer's conversations with support (support). */
  conversations?: Row[];
  complaints?: Row[];
  /** Every list holds the 50 most recent; the totals say how many there are. */
  totals: Partial<Record<string, number>>;
}
