import type { ResourceName } from '../../../server/domain/permissions.ts';
import type { ResourceConfig } from './types.ts';
import accessRequests from './access-requests/index.ts';
import accountEmailChanges from './account-email-changes/index.ts';
import accountPlans from './account-plans/index.ts';
import accounts from './accounts/index.ts';
import auditLog from './audit-log/index.ts';
import blocks from './blocks/index.ts';
import conversationMessages from './conversation-messages/index.ts';
import conversations from './conversations/index.ts';
import countries from './countries/index.ts';
import customerComplaints from './customer-complaints/index.ts';
import customerNotices from './customer-notices/index.ts';
import deletionRequests from './deletion-requests/index.ts';
import disputes from './disputes/index.ts';
import dsaComplaints from './dsa-complaints/index.ts';
import dsaNotices from './dsa-notices/index.ts';
import esims from './esims/index.ts';
import goodwillCredits from './goodwill-credits/index.ts';
import jobRuns from './job-runs/index.ts';
import lawEnforcementReferrals from './law-enforcement-referrals/index.ts';
import ledgerEntries from './ledger-entries/index.ts';
import messages from './messages/index.ts';
import misuseMeasures from './misuse-measures/index.ts';
import orders from './orders/index.ts';
import planPrices from './plan-prices/index.ts';
import plans from './plans/index.ts';
import promoCodes from './promo-codes/index.ts';
import promoRedemptions from './promo-redemptions/index.ts';
import referrals from './referrals/index.ts';
import refunds from './refunds/index.ts';
import reviewReports from './review-reports/index.ts';
import reviews from './reviews/index.ts';
import settings from './settings/index.ts';
import sorSubmissions from './sor-submissions/index.ts';
import staff from './staff/index.ts';
import statementsOfReasons from './statements-of-reasons/index.ts';
import transfers from './transfers/index.ts';
import trustedFlaggers from './trusted-flaggers/index.ts';
import usageAlerts from './usage-alerts/index.ts';
import usageRecords from './usage-records/index.ts';
import payoutDiscrepancies from './payout-discrepancies/index.ts';

/** Every API resource (server/domain/permissions.ts RESOURCES) and its views; the compiler checks none is missing. */
export const resources: Record<ResourceName, ResourceConfig> = {
  countries,
  plans,
  'plan-prices': planPrices,
  accounts,
  esims,
  'account-plans': accountPlans,
  'ledger-entries': ledgerEntries,
  orders,
  transfers,
  refunds,
  reviews,
  'review-reports': reviewReports,
  'dsa-notices': dsaNotices,
  'statements-of-reasons': statementsOfReasons,
  'dsa-complaints': dsaComplaints,
  'law-enforcement-referrals': lawEnforcementReferrals,
  'trusted-flaggers': trustedFlaggers,
  'misuse-measures': misuseMeasures,
  referrals,
  'promo-codes': promoCodes,
  'promo-redemptions': promoRedemptions,
  'usage-records': usageRecords,
  'usage-alerts': usageAlerts,
  blocks,
  messages,
  staff,
  'audit-log': auditLog,
  settings,
  'job-runs': jobRuns,
  'sor-submissions': sorSubmissions,
  'deletion-requests': deletionRequests,
  'access-requests': accessRequests,
  'goodwill-credits': goodwillCredits,
  'account-email-changes': accountEmailChanges,
  'customer-complaints': customerComplaints,
  'customer-notices': customerNotices,
  disputes,
  conversations,
  'conversation-messages': conversationMessages,
  'payout-discrepancies': payoutDiscrepancies,
};
