// The shapes of GET /api/stats/* (role-checked: a figure a role may not see is null, an endpoint 403).

/** `GET /api/stats/cards`: live counts behind the dashboard's cards. */
export interface StatCards {
  refundsDueToday: number | null;
  refundsOverdue: number | null;
  transfersAwaitingFix: number | null;
  reportedReviews: number | null;
  noticesOverSla: number | null;
  activePlans: number | null;
  unavailableCountries: number | null;
  /** The support inbox (docs/CONVERSATIONS.md). */
  conversationsNew: number | null;
  conversationsWaitingUs: number | null;
  conversationsLate: number | null;
  complaintsAwaitingAnswer: number | null;
  /** Differences the payouts reconciliation found, not explained yet (finance). */
  payoutDifferences: number | null;
  /** Messages still waiting in the outbox 10 minutes after they were queued (support). */
  messagesWaiting?: number | null;
}
export type StatCardKey = keyof StatCards;

/** `GET /api/stats/sales?days=30` (finance, admin): days in Europe/Paris, oldest first, every day present. */
export interface SalesStats {
  from: string;
  to: string;
  days: { day: string; orders: number; salesCents: number; refunds: number; refundedCents: number }[];
  countries: { countryCode: string; name: string; orders: number; salesCents: number; refundedCents: number }[];
}

/** `GET /api/stats/top-destinations?days=30`: the 10 countries most ordered. */
export type TopDestinations = { countryCode: string; name: string; orders: number }[];

/** `GET /api/stats/transfers?days=30` (support, admin). */
export interface TransferStats {
  days: { day: string; transfers: number; gb: number; fixes: number }[];
  byStatus: { pending: number; delivered: number; redirected: number; reversed: number };
}

/** `GET /api/stats/reviews` (moderator, admin). */
export interface ReviewStats {
  ratings: { rating: number; count: number }[];
  openReports: number;
  reportedReviews: number;
  removed: number;
}

/** `GET /api/stats/dsa` (moderator, admin). */
export interface DsaStats {
  byStatus: { received: number; in_review: number; decided: number; closed: number };
  decided: number;
  decidedWithinSla: number;
  /** decidedWithinSla / decided, 0..1; null before any decision. */
  slaCompliance: number | null;
  overSla: number;
  threatToLifeOpen: number;
}
