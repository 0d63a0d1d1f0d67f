import { z } from 'zod';
import { rowToRecord } from '../rest/fields.ts';
import { transfers } from '../rest/resources/money.ts';
import { fixTransfer } from '../services/transfers.ts';
import { defineAction, type ActionContext } from './action.ts';

const reason = z.string().trim().min(3, 'say why, in a few words').max(1000);
const transferId = (id: string) => {
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
};

async function runFix(kind: 'redirect' | 'reverse', ctx: ActionContext<{ reason: string; email?: string }>) {
  const { before, transfer, plan, correction, creditedAccountPlanId } = await fixTransfer(ctx, kind, transferId(ctx.id), ctx.body);
  const record = rowToRecord(transfers.fields, transfer);
  return {
    result: {
      ...record,
      fix: { kind, recoveredMb: plan.recoverableMb, unrecoverableMb: plan.unrecoverableMb, unrecoverable: plan.unrecoverable, destination: plan.destination, correctionTransferId: correction?.id ?? null, creditedAccountPlanId },
    },
    audit: {
      before: { status: before.status },
      after: { status: record.status, recoveredMb: plan.recoverableMb, unrecoverableMb: plan.unrecoverableMb, redirectedToEmail: record.redirectedToEmail, correctionTransferId: correction?.id ?? null },
      reason: ctx.body.reason,
    },
  };
}

/** Support moves the data still recoverable to the intended address (SPEC "Support fixes it"). */
export const redirectTransfer = defineAction({
  resource: 'transfers',
  name: 'redirect',
  summary: 'Redirect a mistaken transfer to the intended e-mail address',
  roles: ['support'],
  body: z.strictObject({ email: z.string().trim().min(3).max(254), reason }),
  idempotencyKey: 'required',
  run: (ctx) => runFix('redirect', ctx),
});

/** Support returns the recoverable data to the sender. */
export const reverseTransfer = defineAction({
  resource: 'transfers',
  name: 'reverse',
  summary: 'Return the recoverable data of a mistaken transfer to the sender',
  roles: ['support'],
  body: z.strictObject({ reason }),
  idempotencyKey: 'required',
  run: (ctx) => runFix('reverse', ctx),
});
