// Customer complaints (GCU §14, GCS §14, §18; docs/ACCOUNTS.md "Complaints"): logged by an agent or from the
// app and acknowledged at once, answered within `complaint_answer_days`, then closed — or, when the
// customer is not satisfied, the consumer mediator's details sent. Each runs in the caller's transaction.
import { complaintMoveRefusal, type ComplaintMove, type ComplaintStatus } from '../domain/complaints/complaintStates.ts';
import { complaintDueAt, foreignLink, mediatorDetailsSet } from '../domain/complaints/complaintRules.ts';
import { forUpdate } from '../db/locks.ts';
import { conflict, notFound, ruleRefused } from '../http/errors.ts';
import { complaintAcknowledged, complaintAnswered, mediatorReferral } from '../outbox/complaintMessages.ts';
import { getSetting } from '../settings.ts';
import type { Ctx } from './ctx.ts';
import type { AccountsRow, CustomerComplaintsRow, OrdersRow, RefundsRow, TransfersRow } from '../db/rows.generated.ts';

const staffId = (ctx: Ctx): number | null => (ctx.actor.kind === 'staff' ? ctx.actor.id : null);
const to = (a: Pick<AccountsRow, 'id' | 'email' | 'locale'>) => ({
  accountId: a.id,
  email: a.email,
  locale: (a.locale === 'en' ? 'en' : 'fr') as 'fr' | 'en',
});

export interface ComplaintInput {
  channel: 'email' | 'chat' | 'letter' | 'phone' | 'app';
  subject: string;
  body: string;
  orderId?: number | null;
  refundId?: number | null;
  transferId?: number | null;
  /** When the written complaint arrived (an e-mail read later); never in the future. Default: now. */
  receivedAt?: Date;
}

/** A written complaint is registered and acknowledged to the customer in the same transaction. */
export async function logComplaint(ctx: Ctx, accountId: number, input: ComplaintInput): Promise<CustomerComplaintsRow> {
  const { trx, now } = ctx;
  const account: AccountsRow | undefined = await trx('accounts').where({ id: accountId }).first();
  if (!account) throw notFound(`Account ${accountId} not found`);
  if (account.status !== 'active') throw conflict('account_inactive', 'This account is deactivated: its personal data was erased');
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + 60_000)
    throw ruleRefused('received_in_future', 'A complaint cannot be received in the future', { receivedAt: 'in the future' });
  const order: Pick<OrdersRow, 'account_id'> | undefined | null = input.orderId
    ? await trx('orders').where({ id: input.orderId }).first('account_id')
    : null;
  const refund: Pick<RefundsRow, 'account_id'> | undefined | null = input.refundId
    ? await trx('refunds').where({ id: input.refundId }).first('account_id')
    : null;
  const transfer: Pick<TransfersRow, 'sender_account_id' | 'recipient_account_id' | 'redirected_to_account_id'> | undefined | null =
    input.transferId
      ? await trx('transfers')
          .where({ id: input.transferId })
          .first('sender_account_id', 'recipient_account_id', 'redirected_to_account_id')
      : null;
  for (const [field, id, row] of [
    ['orderId', input.orderId, order],
    ['refundId', input.refundId, refund],
    ['transferId', input.transferId, transfer],
  ] as const)
    if (id && !row) throw ruleRefused('unknown_link', `${field.replace('Id', '')} ${id} does not exist`, { [field]: 'unknown' });
  const foreign = foreignLink(accountId, { order, refund, transfer });
  if (foreign)
    throw ruleRefused('link_not_this_customer', `That ${foreign.replace('Id', '')} is not this customer's`, {
      [foreign]: 'another customer',
    });
  const days = Number(await getSetting(trx, 'complaint_answer_days'));
  const at = now.toISOString();
  const dueAt = complaintDueAt(receivedAt, days);
  const [row] = await trx('customer_complaints').insert(
    {
      account_id: accountId,
      channel: input.channel,
      subject: input.subject,
      body: input.body,
      order_id: input.orderId ?? null,
      refund_id: input.refundId ?? null,
      transfer_id: input.transferId ?? null,
      status: 'acknowledged',
      received_at: receivedAt.toISOString(),
      due_at: dueAt.toISOString(),
      acknowledged_at: at,
      logged_by_staff_id: staffId(ctx),
      created_at: at,
      updated_at: at,
      version: 1,
    },
    ['id'],
  );
  const id = typeof row === 'object' ? row.id : row;
  await ctx.queue(complaintAcknowledged(to(account), { id, subject: input.subject, dueAt }));
  return trx('customer_complaints').where({ id }).first();
}

async function lockComplaint(ctx: Ctx, id: number, move: ComplaintMove): Promise<CustomerComplaintsRow> {
  const c: CustomerComplaintsRow | undefined = await forUpdate(ctx.trx, ctx.trx('customer_complaints').where({ id })).first();
  if (!c) throw notFound(`Complaint ${id} not found`);
  const refusal = complaintMoveRefusal(move, c.status as ComplaintStatus);
  if (refusal) throw conflict(refusal.code, refusal.message);
  return c;
}

const fresh = (ctx: Ctx, id: number): Promise<CustomerComplaintsRow> => ctx.trx('customer_complaints').where({ id }).first();

/** An agent takes the complaint (it shows as theirs in the queue). */
export async function startComplaint(ctx: Ctx, id: number): Promise<{ before: CustomerComplaintsRow; complaint: CustomerComplaintsRow }> {
  const c = await lockComplaint(ctx, id, 'start');
  const at = ctx.now.toISOString();
  await ctx
    .trx('customer_complaints')
    .where({ id })
    .update({ status: 'in_progress', assigned_staff_id: staffId(ctx), updated_at: at, version: c.version + 1 });
  return { before: c, complaint: await fresh(ctx, id) };
}

/** The written answer: its outcome and the words the customer receives. */
export async function answerComplaint(
  ctx: Ctx,
  id: number,
  input: { outcome: 'upheld' | 'partially_upheld' | 'rejected'; answer: string },
): Promise<{ before: CustomerComplaintsRow; complaint: CustomerComplaintsRow }> {
  const c = await lockComplaint(ctx, id, 'answer');
  const account: AccountsRow = await ctx.trx('accounts').where({ id: c.account_id }).first();
  const at = ctx.now.toISOString();
  await ctx
    .trx('customer_complaints')
    .where({ id })
    .update({
      status: 'answered',
      outcome: input.outcome,
      answer: input.answer,
      answered_at: at,
      answered_by_staff_id: staffId(ctx),
      assigned_staff_id: c.assigned_staff_id ?? staffId(ctx),
      updated_at: at,
      version: c.version + 1,
    });
  if (account.status === 'active') await ctx.queue(complaintAnswered(to(account), { id, answer: input.answer }));
  return { before: c, complaint: await fresh(ctx, id) };
}

/** The customer is not satisfied with the answer: the consumer mediator's details are sent and recorded as sent (GCS §18). */
export async function referToMediator(ctx: Ctx, id: number): Promise<{ before: CustomerComplaintsRow; complaint: CustomerComplaintsRow }> {
  const c = await lockComplaint(ctx, id, 'refer_mediator');
  const mediator = String(await getSetting(ctx.trx, 'consumer_mediator'));
  if (!mediatorDetailsSet(mediator))
    throw ruleRefused(
      'mediator_not_set',
      "The consumer mediator's details are not set: an admin writes them in the setting consumer_mediator (name, address, website) first",
    );
  const account: AccountsRow = await ctx.trx('accounts').where({ id: c.account_id }).first();
  if (account.status !== 'active') throw conflict('account_inactive', 'This account is deactivated: there is no address to write to');
  const at = ctx.now.toISOString();
  await ctx
    .trx('customer_complaints')
    .where({ id })
    .update({
      status: 'referred_to_mediator',
      not_satisfied_at: at,
      mediator_details: mediator,
      mediator_sent_at: at,
      closed_at: at,
      updated_at: at,
      version: c.version + 1,
    });
  await ctx.queue(mediatorReferral(to(account), { id, mediator }));
  return { before: c, complaint: await fresh(ctx, id) };
}

/** The answered complaint is closed (the customer accepted it, or did not come back). */
export async function closeComplaint(ctx: Ctx, id: number): Promise<{ before: CustomerComplaintsRow; complaint: CustomerComplaintsRow }> {
  const c = await lockComplaint(ctx, id, 'close');
  const at = ctx.now.toISOString();
  await ctx
    .trx('customer_complaints')
    .where({ id })
    .update({ status: 'closed', closed_at: at, updated_at: at, version: c.version + 1 });
  return { before: c, complaint: await fresh(ctx, id) };
}
