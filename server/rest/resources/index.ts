import type { ResourceName } from '../../domain/permissions.ts';
import type { ResourceDef } from '../resource.ts';
import { countries, planPrices, plans } from './catalog.ts';
import { accountPlans, accounts, blocks, esims, ledgerEntries, orders, usageAlerts, usageRecords } from './customers.ts';
import { conversationMessages, conversations } from './conversations.ts';
import { accessRequests, accountEmailChanges, deletionRequests, goodwillCredits } from './customerData.ts';
import { customerComplaints, customerNotices } from './complaints.ts';
import { promoCodes, promoRedemptions, referrals } from './growth.ts';
import { disputes, payoutDiscrepancies, refunds, transfers } from './money.ts';
import { auditLog, messages, settings, staff } from './platform.ts';
import {
  dsaComplaints,
  dsaNotices,
  jobRuns,
  lawEnforcementReferrals,
  misuseMeasures,
  reviewReports,
  reviews,
  sorSubmissions,
  statementsOfReasons,
  trustedFlaggers,
} from './trust.ts';

const all: ResourceDef[] = [
  countries,
  plans,
  planPrices,
  accounts,
  esims,
  accountPlans,
  ledgerEntries,
  orders,
  transfers,
  refunds,
  reviews,
  reviewReports,
  dsaNotices,
  statementsOfReasons,
  dsaComplaints,
  lawEnforcementReferrals,
  trustedFlaggers,
  misuseMeasures,
  referrals,
  promoCodes,
  promoRedemptions,
  usageRecords,
  usageAlerts,
  blocks,
  messages,
  staff,
  auditLog,
  settings,
  jobRuns,
  sorSubmissions,
  deletionRequests,
  accessRequests,
  goodwillCredits,
  accountEmailChanges,
  disputes,
  conversations,
  conversationMessages,
  customerComplaints,
  customerNotices,
  payoutDiscrepancies,
];

export const RESOURCE_DEFS: ReadonlyMap<ResourceName, ResourceDef> = new Map(all.map((r) => [r.name, r]));
