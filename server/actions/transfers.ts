import { z } from 'zod';
import { TRANSFER_FIX_REASONS } from '../domain/enums.ts';
import { FINAL_TRANSFER_ADVICE } from '../domain/transfers/fixPlan.ts';
import { rowToRecord } from '../rest/fields.ts';
import { transfers } from '../rest/resources/money.ts';
import { fixTransfer, type FixInput } from '../services/transfers.ts';
import { defineAction, type ActionContext } from './action.ts';

const reason = z.string().trim().min(3, 'say why, in a few words').max(1000);
const email = z.string().trim().min(3).max(254);
const fixFields = {
  reasonCode: z.enum(TRANSFER_FIX_REASONS, {
    message: `which address error? (${TRANSFER_FIX_REASONS.join(', ')}). ${FINAL_TRANSFER_ADVICE}`,
  }),
  reason,
  overrideReason: z.string().trim().min(10, 'an override needs a written reason (10 characters at least)').max(1000).optional(),
};
const transferId = (id: string) => {
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
};

async function runFix(kind: 'redirect' | 'reverse', ctx: ActionContext<FixInput>) {
  const { before, transfer, plan, correction, creditedAccountPlanId } = await fixTransfer(ctx, kind, transferId(ctx.id), ctx.body);
  const record = rowToRecord(transfers.fields, transfer);
  return {
    result: {
      ...record,
      fix: {
        kind,
        recoveredMb: plan.recoverableMb,
        unrecoverableMb: plan.unrecoverableMb,
        unrecoverable: plan.unrecoverable,
        destination: plan.destination,
        correctionTransferId: correction?.id ?? null,
        creditedAccountPlanId,
      },
    },
    audit: {
      before: { status: before.status },
      after: {
        status: record.status,
        reasonCode: ctx.body.reasonCode,
        intendedEmail: record.intendedEmail,
        recoveredMb: plan.recoverableMb,
        unrecoverableMb: plan.unrecoverableMb,
        redirectedToEmail: record.redirectedToEmail,
        correctionTransferId: correction?.id ?? null,
        ...(ctx.body.overrideReason ? { overrideReason: ctx.body.overrideReason } : {}),
      },
      reason: ctx.body.reason,
    },
  };
}

/** Support moves the data still recoverable to the intended address (docs/RULES.md "Support fixes it"). */
export const redirectTransfer = defineAction({
  resource: 'transfers',
  name: 'redirect',
  summary: 'Redirect a mistaken transfer to the intended e-mail address',

  body: z.strictObject({ email, ...fixFields }),
  idempotencyKey: 'required',
  auditRefusals: ['transfer_final', 'override_admin_only'],
  run: (ctx) => runFix('redirect', ctx),
});

/** Support returns the recoverable data to the sender. */
export const reverseTransfer = defineAction({
  resource: 'transfers',
  name: 'reverse',
  summary: 'Return the recoverable data of a mistaken transfer to the sender',

  body: z.strictObject({ intendedEmail: email.optional(), ...fixFields }),
  idempotencyKey: 'required',
  auditRefusals: ['transfer_final', 'override_admin_only'],
  run: (ctx) => runFix('reverse', ctx),
});
