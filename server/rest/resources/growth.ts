import { z } from 'zod';
import { conflict, ruleRefused } from '../../http/errors.ts';
import { PROMO_KINDS, PROMO_STATUSES, REDEMPTION_STATUSES, REFERRAL_STATUSES } from '../../domain/enums.ts';
import { defineFields, f, recordTimestamps } from '../fields.ts';
import { whereLike, type ResourceDef } from '../resource.ts';

export const referrals: ResourceDef = {
  name: 'referrals',
  table: 'referrals',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    sponsorAccountId: f.int({ filter: true }),
    referredAccountId: f.int({ filter: true }),
    status: f.enum(REFERRAL_STATUSES, { sort: true, filter: true }),
    qualifyingAccountPlanId: f.int({ filter: true }),
    rewardMb: f.int(),
    rewardAccountPlanId: f.int({ filter: true }),
    rewardedAt: f.timestamp({ sort: true, filter: true }),
    voidedAt: f.timestamp({ sort: true, filter: true }),
    voidedByStaffId: f.int({ filter: true }),
    voidReason: f.text(),
    abuseFlags: f.json(),
    ...recordTimestamps,
  }),
  defaultSort: ['createdAt', 'DESC'],
};

const promoWritable = {
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9_-]{3,40}$/, 'letters, digits, - and _ (3 to 40)'),
  kind: z.enum(PROMO_KINDS),
  partner: z.string().trim().max(120).nullable(),
  discountPercent: z.number().int().min(0).max(100).nullable(),
  discountCents: z.number().int().nonnegative().nullable(),
  bonusMb: z.number().int().nonnegative().nullable(),
  validFrom: z.iso.datetime({ offset: true }),
  validUntil: z.iso.datetime({ offset: true }).nullable(),
  maxRedemptions: z.number().int().positive().nullable(),
  activationWindowDays: z.number().int().positive().max(3650),
  status: z.enum(PROMO_STATUSES),
};

export const promoCodes: ResourceDef = {
  name: 'promo-codes',
  table: 'promo_codes',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    code: f.text({ sort: true, filter: true }),
    kind: f.enum(PROMO_KINDS, { sort: true, filter: true }),
    partner: f.text({ filter: true }),
    discountPercent: f.int(),
    discountCents: f.int(),
    bonusMb: f.int(),
    validFrom: f.timestamp({ sort: true, filter: true }),
    validUntil: f.timestamp({ sort: true, filter: true }),
    maxRedemptions: f.int(),
    activationWindowDays: f.int(),
    status: f.enum(PROMO_STATUSES, { sort: true, filter: true }),
    ...recordTimestamps,
  }),
  defaultSort: ['createdAt', 'DESC'],
  search: (qb, q) => whereLike(qb, 'code', q.toUpperCase(), 'prefix'),
  create: z.strictObject({
    ...promoWritable,
    partner: promoWritable.partner.default(null),
    discountPercent: promoWritable.discountPercent.default(null),
    discountCents: promoWritable.discountCents.default(null),
    bonusMb: promoWritable.bonusMb.default(null),
    validUntil: promoWritable.validUntil.default(null),
    maxRedemptions: promoWritable.maxRedemptions.default(null),
    activationWindowDays: promoWritable.activationWindowDays.default(90),
    status: promoWritable.status.default('active'),
  }),
  update: z.strictObject(promoWritable).partial(),
  // Checked on the stored record, so a partial update cannot leave a code without a benefit.
  afterWrite: async (_ctx, _before, after) => {
    const benefits = [after.discountPercent, after.discountCents, after.bonusMb].filter((v) => v != null && v !== 0).length;
    if (benefits !== 1)
      throw ruleRefused('one_benefit', 'A promo code gives exactly one benefit: a percentage, an amount or bonus data', {
        discountPercent: 'exactly one benefit',
      });
    if (after.validUntil && String(after.validUntil) <= String(after.validFrom))
      throw ruleRefused('invalid_validity', 'The end of validity must come after its start', { validUntil: 'before validFrom' });
    if (after.kind === 'partner' && !after.partner)
      throw ruleRefused('partner_required', 'A partner code names its partner', { partner: 'required' });
  },
  beforeDelete: async ({ trx }, record) => {
    const used = await trx('promo_redemptions').where({ promo_code_id: record.id }).first('id');
    if (used) throw conflict('promo_redeemed', 'This code has been redeemed: disable it instead (redemptions keep their history)');
  },
};

export const promoRedemptions: ResourceDef = {
  name: 'promo-redemptions',
  table: 'promo_redemptions',
  idColumn: 'id',
  idType: 'int',
  fields: defineFields({
    id: f.id(),
    promoCodeId: f.int({ filter: true }),
    accountId: f.int({ filter: true }),
    orderId: f.int({ filter: true }),
    accountPlanId: f.int({ filter: true }),
    emailNormalized: f.text({ filter: true, personal: 'email' }),
    deviceId: f.text({ filter: true, personal: 'device' }),
    paymentFingerprint: f.text({ filter: true, personal: 'payment' }),
    status: f.enum(REDEMPTION_STATUSES, { sort: true, filter: true }),
    redeemedAt: f.timestamp({ sort: true, filter: true }),
    activateBy: f.timestamp({ sort: true }),
    voidedAt: f.timestamp({ sort: true }),
    voidedByStaffId: f.int({ filter: true }),
    voidReason: f.text(),
    abuseFlags: f.json(),
    ...recordTimestamps,
  }),
  defaultSort: ['redeemedAt', 'DESC'],
};
