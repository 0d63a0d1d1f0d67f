import { whereContains } from '../../db/textSearch.ts';
import { iccidDigits, phoneCandidates, searchTerms } from '../../domain/search/searchQuery.ts';
import { z } from 'zod';
import { checkAlertRule, type AlertRuleRecord } from '../../services/alertRules.ts';
import {
  ACCOUNT_PLAN_STATUSES,
  ACCOUNT_STATUSES,
  ACTOR_KINDS,
  ALERT_CHANNELS,
  ALERT_SET_BY,
  CHANNELS,
  ESIM_STATUSES,
  LEDGER_KINDS,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  PLAN_ORIGINS,
} from '../../domain/enums.ts';
import { defineFields, f, recordTimestamps } from '../fields.ts';
import type { ResourceDef } from '../resource.ts';

const readOnly = { idColumn: 'id', idType: 'int' } as const;

export const accounts: ResourceDef = {
  ...readOnly,
  name: 'accounts',
  table: 'accounts',
  fields: defineFields({
    id: f.id(),
    email: f.text({ sort: true, filter: true, personal: 'email' }),
    status: f.enum(ACCOUNT_STATUSES, { sort: true, filter: true }),
    name: f.text({ personal: 'name' }),
    phone: f.text({ personal: 'phone' }),
    locale: f.text({ filter: true }),
    referralCode: f.text({ filter: true }),
    referredByAccountId: f.int({ filter: true }),
    signupDeviceId: f.text({ filter: true, personal: 'device' }),
    deactivatedAt: f.timestamp({ sort: true, filter: true }),
    deactivationReason: f.text(),
    dataBlocked: f.bool({ filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['createdAt', 'DESC'],
  lookups: { q: 'email' },
  // Any part of the e-mail or the name (accents and case folded), a phone number in any format, a referral code, or an account number.
  search: (qb, q) => {
    whereContains(qb, 'accounts', 'id', ['email', 'name'], searchTerms(q), true);
    const phones = phoneCandidates(q);
    if (phones.length) qb.orWhereIn('phone', phones);
    qb.orWhere('referral_code', q.toUpperCase());
    if (/^\d{1,9}$/.test(q)) qb.orWhere('id', Number(q));
  },
};

export const esims: ResourceDef = {
  ...readOnly,
  name: 'esims',
  table: 'esims',
  fields: defineFields({
    id: f.id(),
    accountId: f.int({ filter: true }),
    iccid: f.text({ sort: true, filter: true, personal: 'device' }),
    device: f.text(),
    deviceId: f.text({ filter: true, personal: 'device' }),
    status: f.enum(ESIM_STATUSES, { filter: true }),
    installedAt: f.timestamp({ sort: true, filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['createdAt', 'DESC'],
  // Any 4 digits or more of the ICCID: its last digits, as a customer reads them from the phone's settings.
  search: (qb, q) =>
    whereContains(
      qb,
      'esims',
      'id',
      ['iccid'],
      [iccidDigits(q) ?? ''].filter((d) => d.length >= 4),
      true,
    ),
  lookups: { q: 'device' },
};

export const accountPlans: ResourceDef = {
  ...readOnly,
  name: 'account-plans',
  table: 'account_plans',
  fields: defineFields({
    id: f.id(),
    accountId: f.int({ filter: true }),
    orderId: f.int({ filter: true }),
    planId: f.int({ filter: true }),
    countryCode: f.text({ sort: true, filter: true }),
    regionName: f.text({ filter: true }),
    name: f.text({ sort: true }),
    origin: f.enum(PLAN_ORIGINS, { sort: true, filter: true }),
    dataTotalMb: f.int({ sort: true }),
    dataUsedMb: f.int({ sort: true }),
    dataRemainingMb: f.int({ sort: true, filter: true }),
    dataGiftedMb: f.int(),
    unlimited: f.bool({ filter: true }),
    status: f.enum(ACCOUNT_PLAN_STATUSES, { sort: true, filter: true }),
    esimId: f.int({ filter: true }),
    validityDays: f.int(),
    orderedAt: f.timestamp({ sort: true, filter: true }),
    activateBy: f.timestamp({ sort: true }),
    installedAt: f.timestamp({ sort: true }),
    activatedAt: f.timestamp({ sort: true, filter: true }),
    expiresAt: f.timestamp({ sort: true, filter: true }),
    dataBlocked: f.bool({ filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['orderedAt', 'DESC'],
};

export const ledgerEntries: ResourceDef = {
  ...readOnly,
  name: 'ledger-entries',
  table: 'data_ledger',
  fields: defineFields({
    id: f.id(),
    accountPlanId: f.int({ filter: true }),
    kind: f.enum(LEDGER_KINDS, { sort: true, filter: true }),
    deltaMb: f.int({ sort: true }),
    giftedDeltaMb: f.int(),
    balanceAfterMb: f.int(),
    giftedAfterMb: f.int(),
    reversesId: f.int({ filter: true }),
    orderId: f.int({ filter: true }),
    transferId: f.int({ filter: true }),
    refundId: f.int({ filter: true }),
    usageRecordId: f.int({ filter: true }),
    referralId: f.int({ filter: true }),
    actorKind: f.enum(ACTOR_KINDS, { filter: true }),
    actorId: f.int({ filter: true }),
    note: f.text(),
    createdAt: f.timestamp({ sort: true, filter: true }),
  }),
  defaultSort: ['id', 'ASC'],
};

export const orders: ResourceDef = {
  ...readOnly,
  name: 'orders',
  table: 'orders',
  fields: defineFields({
    id: f.id(),
    accountId: f.int({ filter: true }),
    planId: f.int({ filter: true }),
    amountCents: f.int({ sort: true, filter: true }),
    vatCents: f.int(),
    listPriceCents: f.int(),
    currency: f.text(),
    paymentMethod: f.enum(PAYMENT_METHODS, { sort: true, filter: true }),
    paymentReference: f.text({ filter: true, personal: 'payment' }),
    paymentFingerprint: f.text({ filter: true, personal: 'payment' }),
    channel: f.enum(CHANNELS, { filter: true }),
    promoCodeId: f.int({ filter: true }),
    departureDate: f.date(),
    status: f.enum(ORDER_STATUSES, { sort: true, filter: true }),
    refundedCents: f.int({ sort: true }),
    orderedAt: f.timestamp({ sort: true, filter: true }),
    retainUntil: f.timestamp({ sort: true, filter: true }),
    termsVersion: f.text({ filter: true }),
    withdrawalWaivedAt: f.timestamp(),
    ...recordTimestamps,
  }),
  defaultSort: ['orderedAt', 'DESC'],
  lookups: { q: 'payment' },
  search: (qb, q) => {
    whereContains(qb, 'orders', 'id', ['payment_reference'], searchTerms(q), true);
    if (/^\d{1,9}$/.test(q)) qb.orWhere('id', Number(q));
  },
};

export const usageRecords: ResourceDef = {
  ...readOnly,
  name: 'usage-records',
  table: 'usage_records',
  fields: defineFields({
    id: f.id(),
    accountPlanId: f.int({ filter: true }),
    mb: f.int({ sort: true }),
    chargedMb: f.int(),
    countryCode: f.text({ filter: true }),
    occurredAt: f.timestamp({ sort: true, filter: true }),
    createdAt: f.timestamp({ sort: true }),
  }),
  defaultSort: ['occurredAt', 'DESC'],
};

const alertWritable = {
  thresholdPercent: z.number().int().min(1).max(100),
  channel: z.enum(ALERT_CHANNELS),
  destination: z.string().trim().min(3).max(254).nullable(),
  enabled: z.boolean(),
};

export const usageAlerts: ResourceDef = {
  ...readOnly,
  name: 'usage-alerts',
  table: 'usage_alerts',
  fields: defineFields({
    id: f.id(),
    accountPlanId: f.int({ filter: true }),
    thresholdPercent: f.int({ sort: true, filter: true }),
    channel: f.enum(ALERT_CHANNELS, { filter: true }),
    destination: f.text({ personal: 'contact' }),
    enabled: f.bool({ filter: true }),
    firedAt: f.timestamp({ sort: true, filter: true }),
    firedUsageRecordId: f.int(),
    setBy: f.enum(ALERT_SET_BY, { filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['thresholdPercent', 'ASC'],
  create: z.strictObject({
    accountPlanId: z.number().int().positive(),
    ...alertWritable,
    channel: alertWritable.channel.default('email'),
    destination: alertWritable.destination.default(null),
    enabled: alertWritable.enabled.default(true),
  }),
  update: z.strictObject(alertWritable).partial(),
  // Seed 002: the same checks as the customer's own rules (server/services/alertRules.ts).
  afterWrite: async ({ trx, now }, before, after) => {
    await checkAlertRule(trx, before as unknown as AlertRuleRecord | null, after as unknown as AlertRuleRecord, 'staff', now);
  },
};

export const blocks: ResourceDef = {
  ...readOnly,
  name: 'blocks',
  table: 'blocks',
  fields: defineFields({
    id: f.id(),
    accountId: f.int({ filter: true }),
    accountPlanId: f.int({ filter: true }),
    reason: f.text(),
    createdByStaffId: f.int({ filter: true }),
    liftedAt: f.timestamp({ sort: true, filter: true }),
    liftedByStaffId: f.int({ filter: true }),
    liftReason: f.text(),
    ...recordTimestamps,
  }),
  defaultSort: ['createdAt', 'DESC'],
};
