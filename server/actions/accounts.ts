import { z } from 'zod';
import { rowToRecord } from '../rest/fields.ts';
import { blocks } from '../rest/resources/customers.ts';
import { promoRedemptions, referrals } from '../rest/resources/growth.ts';
import { block, unblock } from '../services/accountLifecycle.ts';
import { deactivateAccountAction } from './customerData.ts';
import { voidRedemption } from '../services/promotions.ts';
import { voidReferral } from '../services/referrals.ts';
import { defineAction } from './action.ts';

const reason = z.strictObject({ reason: z.string().trim().min(5, 'say why (5 characters at least)').max(2000) });

const blockAction = (resource: 'accounts' | 'account-plans', name: 'block' | 'unblock') =>
  defineAction({
    resource,
    name,
    idempotencyKey: 'optional',
    body: reason,
    summary: `${name === 'block' ? 'Block' : 'Unblock'} data on ${resource === 'accounts' ? 'the whole account' : 'this plan'} (a reason is required; the customer sees that a block exists)`,
    run: async (ctx) => {
      const target = resource === 'accounts' ? { accountId: Number(ctx.id) } : { accountPlanId: Number(ctx.id) };
      const row = await (name === 'block' ? block : unblock)(ctx, target, ctx.body.reason);
      const record = rowToRecord(blocks.fields, row);
      return { result: record, audit: { after: { blocked: name === 'block', blockId: record.id }, reason: ctx.body.reason } };
    },
  });

export const voidReferralAction = defineAction({
  resource: 'referrals',
  name: 'void',
  summary: 'Void a referral (abuse): no reward will be granted',
  idempotencyKey: 'optional',
  body: reason,
  run: async (ctx) => {
    const r = rowToRecord(referrals.fields, await voidReferral(ctx, Number(ctx.id), ctx.body.reason));
    return { result: r, audit: { after: { status: 'void' }, reason: ctx.body.reason } };
  },
});

export const voidRedemptionAction = defineAction({
  resource: 'promo-redemptions',
  name: 'void',
  summary: 'Void a promo redemption (abuse): its plan, if never activated, is cancelled',
  idempotencyKey: 'optional',
  body: reason,
  run: async (ctx) => {
    const r = rowToRecord(promoRedemptions.fields, await voidRedemption(ctx, Number(ctx.id), ctx.body.reason));
    return { result: r, audit: { after: { status: 'void' }, reason: ctx.body.reason } };
  },
});

export const ACCOUNT_ACTIONS = [
  deactivateAccountAction,
  blockAction('accounts', 'block'),
  blockAction('accounts', 'unblock'),
  blockAction('account-plans', 'block'),
  blockAction('account-plans', 'unblock'),
  voidReferralAction,
  voidRedemptionAction,
];
