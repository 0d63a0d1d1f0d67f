// Customer-data operations (docs/ACCOUNTS.md "Customer data"): correcting a customer's details,
// deletion requests from the app, goodwill data credits. Each runs in the caller's transaction.
import type { Knex } from 'knex';
import {
  accessRequestDueAt,
  correctedDetails,
  deletionDueAt,
  goodwillNeedsSecondApproval,
  goodwillRefusal,
  type DetailsChange,
  type GoodwillCaps,
} from '../domain/accounts/customerData.ts';
import type { AccessRequestsRow, AccountPlansRow, AccountsRow, DeletionRequestsRow, GoodwillCreditsRow } from '../db/rows.generated.ts';
import { startOfParisDay, parisDate } from '../domain/calendar.ts';
import { forUpdate } from '../db/locks.ts';
import { ApiError, conflict, notFound, ruleRefused } from '../http/errors.ts';
import { emailCorrected, goodwillCredited } from '../outbox/customerDataMessages.ts';
import { getSetting } from '../settings.ts';
import { lockAccountPlan, post } from './ledger.ts';
import type { Ctx } from './ctx.ts';
import { accountByEmail, deliverPendingTransfers } from './transfers.ts';

const staffId = (ctx: Ctx): number | null => (ctx.actor.kind === 'staff' ? ctx.actor.id : null);
const to = (a: Pick<AccountsRow, 'id' | 'email' | 'locale'>) => ({
  accountId: a.id,
  email: a.email,
  locale: (a.locale === 'en' ? 'en' : 'fr') as 'fr' | 'en',
});

/** A unique-index violation on accounts.email (a registration of the same address committed first): 409 naming it. */
export function isEmailTaken(err: unknown): boolean {
  const e = err as { code?: string; message?: string; constraint?: string };
  return (
    (e?.code === '23505' && /email/.test(`${e.constraint ?? ''} ${e.message ?? ''}`)) ||
    /UNIQUE constraint failed: accounts\.email/.test(e?.message ?? '')
  );
}
export const emailTaken = (email: string) => conflict('email_taken', `An account already uses ${email}`);

export interface DetailsInput {
  version: number;
  reason: string;
  email?: string;
  name?: string | null;
  phone?: string | null;
  locale?: string;
}

/**
 * Support corrects a customer's details (GCU §5.2). The e-mail stays unique (case-insensitive), the
 * old one is kept in the account's history, transfers waiting for the new address are delivered
 * and both addresses are told. Optimistic locking on the account's version.
 */
export async function correctAccountDetails(
  ctx: Ctx,
  id: number,
  input: DetailsInput,
): Promise<{ before: AccountsRow; account: AccountsRow; delivered: number; changed: (keyof DetailsChange)[] }> {
  const { trx, now } = ctx;
  const before: AccountsRow | undefined = await forUpdate(trx, trx('accounts').where({ id })).first();
  if (!before) throw notFound(`Account ${id} not found`);
  if (before.version !== input.version)
    throw conflict(
      'stale_record',
      `This account was changed by someone else (your version ${input.version}, now ${before.version}): reload it and try again`,
    );
  const checked = correctedDetails(input, before);
  if ('problem' in checked) {
    const { field, code, message } = checked.problem;
    if (code === 'account_inactive') throw conflict('already_deactivated', message);
    throw ruleRefused(code, message, { [field]: message });
  }
  const change = checked.ok;
  const changed = (Object.keys(change) as (keyof DetailsChange)[]).filter((k) => change[k] !== before[k]);
  if (!changed.length) throw ruleRefused('nothing_changed', "These are already the account's details", { _: 'nothing to change' });
  if (change.email) {
    const other = await accountByEmail(trx, change.email);
    if (other && other.id !== id) throw emailTaken(change.email);
  }
  const at = now.toISOString();
  const update: Record<string, unknown> = { updated_at: at, version: before.version + 1 };
  for (const k of changed) update[k] = change[k];
  try {
    await trx('accounts').where({ id }).update(update);
  } catch (err) {
    if (isEmailTaken(err)) throw emailTaken(change.email!);
    throw err;
  }
  const account: AccountsRow = await trx('accounts').where({ id }).first();
  let delivered = 0;
  if (change.email && changed.includes('email')) {
    const [row] = await trx('account_email_changes').insert(
      { account_id: id, old_email: before.email, new_email: change.email, reason: input.reason, staff_id: staffId(ctx), created_at: at },
      ['id'],
    );
    const changeId = typeof row === 'object' ? row.id : row;
    const facts = { id: changeId, oldEmail: before.email, newEmail: change.email };
    await ctx.queue(emailCorrected({ ...to(account), email: before.email }, facts, 'old'));
    await ctx.queue(emailCorrected(to(account), facts, 'new'));
    // The mistyped-transfer twin: data sent to the corrected address reaches the account now.
    delivered = await deliverPendingTransfers(ctx, account);
  }
  return { before, account: await trx('accounts').where({ id }).first(), delivered, changed };
}

/** The app asks to close the account (GCU §5.3): one open request per account, due after `deletion_request_days`. */
export async function requestDeletion(
  ctx: Ctx,
  accountId: number,
  source: 'app' | 'agent',
): Promise<{ request: DeletionRequestsRow; created: boolean }> {
  const { trx, now } = ctx;
  const account: AccountsRow | undefined = await forUpdate(trx, trx('accounts').where({ id: accountId })).first();
  if (!account) throw notFound(`Account ${accountId} not found`);
  if (account.status === 'deactivated') throw conflict('already_deactivated', 'This account is already deactivated');
  const open: DeletionRequestsRow | undefined = await trx('deletion_requests').where({ account_id: accountId, status: 'open' }).first();
  if (open) return { request: open, created: false };
  const days = await getSetting(trx, 'deletion_request_days');
  const at = now.toISOString();
  const [row] = await trx('deletion_requests').insert(
    {
      account_id: accountId,
      status: 'open',
      source,
      received_at: at,
      due_at: deletionDueAt(now, days).toISOString(),
      created_at: at,
      updated_at: at,
      version: 1,
    },
    ['id'],
  );
  return {
    request: await trx('deletion_requests')
      .where({ id: typeof row === 'object' ? row.id : row })
      .first(),
    created: true,
  };
}

/** A customer asks for their data (GDPR Art. 15, 20): logged with its one-month deadline (Art. 12(3)). */
export async function logAccessRequest(ctx: Ctx, accountId: number, note: string | null): Promise<AccessRequestsRow> {
  const { trx, now } = ctx;
  const account: Pick<AccountsRow, 'id'> | undefined = await trx('accounts').where({ id: accountId }).first('id');
  if (!account) throw notFound(`Account ${accountId} not found`);
  const at = now.toISOString();
  const [row] = await trx('access_requests').insert(
    {
      account_id: accountId,
      status: 'open',
      received_at: at,
      due_at: accessRequestDueAt(now).toISOString(),
      note,
      export_count: 0,
      created_at: at,
      updated_at: at,
      version: 1,
    },
    ['id'],
  );
  return trx('access_requests')
    .where({ id: typeof row === 'object' ? row.id : row })
    .first();
}

export async function goodwillCaps(db: Knex | Knex.Transaction): Promise<GoodwillCaps> {
  return {
    perCreditMb: await getSetting(db, 'goodwill_max_mb_per_credit'),
    perAgentDayMb: await getSetting(db, 'goodwill_max_mb_per_agent_per_day'),
    fourEyesAboveMb: await getSetting(db, 'goodwill_four_eyes_mb'),
  };
}

async function creditLedger(ctx: Ctx, credit: GoodwillCreditsRow): Promise<GoodwillCreditsRow> {
  const entry = await post(ctx.trx, {
    accountPlanId: credit.account_plan_id,
    kind: 'goodwill',
    deltaMb: credit.mb,
    transferId: credit.transfer_id,
    actor: ctx.actor,
    now: ctx.now,
    note: `goodwill #${credit.id}: ${credit.reason_code}`,
  });
  const at = ctx.now.toISOString();
  await ctx
    .trx('goodwill_credits')
    .where({ id: credit.id })
    .update({ status: 'credited', ledger_entry_id: entry.id, updated_at: at, version: credit.version + 1 });
  const account: AccountsRow = await ctx.trx('accounts').where({ id: credit.account_id }).first();
  const plan: Pick<AccountPlansRow, 'name'> = await ctx.trx('account_plans').where({ id: credit.account_plan_id }).first('name');
  if (account.status === 'active') await ctx.queue(goodwillCredited(to(account), { id: credit.id, mb: credit.mb, planName: plan.name }));
  return ctx.trx('goodwill_credits').where({ id: credit.id }).first();
}

export interface GoodwillInput {
  mb: number;
  reasonCode: string;
  note?: string;
  transferId?: number;
}

/**
 * Support credits gifted data to a plan (never sendable: the ledger's `goodwill` kind is a gift),
 * within the caps; above the four-eyes threshold it waits for a second agent.
 */
export async function creditGoodwill(ctx: Ctx, accountPlanId: number, input: GoodwillInput): Promise<GoodwillCreditsRow> {
  const { trx, now } = ctx;
  const plan = await lockAccountPlan(trx, accountPlanId);
  if (plan.status !== 'active') throw ruleRefused('plan_not_active', `This plan is ${plan.status}: goodwill data goes to an active plan`);
  const account: AccountsRow = await trx('accounts').where({ id: plan.account_id }).first();
  if (account.status !== 'active') throw ruleRefused('account_inactive', 'This account is deactivated');
  if (input.transferId != null && !(await trx('transfers').where({ id: input.transferId }).first('id')))
    throw ruleRefused('unknown_transfer', `Transfer ${input.transferId} does not exist`, { transferId: 'unknown' });
  const caps = await goodwillCaps(trx);
  const me = staffId(ctx)!;
  const dayStart = startOfParisDay(parisDate(now)).toISOString();
  const today: { mb?: number | string | null } | undefined = await trx('goodwill_credits')
    .where({ requested_by_staff_id: me })
    .where('created_at', '>=', dayStart)
    .whereNot({ status: 'rejected' })
    .sum({ mb: 'mb' })
    .first();
  const refusal = goodwillRefusal(input.mb, Number(today?.mb ?? 0), caps);
  if (refusal) throw ruleRefused(refusal.code, refusal.message, { mb: refusal.message });
  const at = now.toISOString();
  const [row] = await trx('goodwill_credits').insert(
    {
      account_id: plan.account_id,
      account_plan_id: plan.id,
      mb: input.mb,
      reason_code: input.reasonCode,
      note: input.note ?? null,
      transfer_id: input.transferId ?? null,
      status: 'awaiting_second_approval',
      requested_by_staff_id: me,
      created_at: at,
      updated_at: at,
      version: 1,
    },
    ['id'],
  );
  const credit: GoodwillCreditsRow = await trx('goodwill_credits')
    .where({ id: typeof row === 'object' ? row.id : row })
    .first();
  return goodwillNeedsSecondApproval(input.mb, caps) ? credit : creditLedger(ctx, credit);
}

/** The second agent confirms (or refuses) a credit above the threshold; never the one who asked. */
export async function decideGoodwill(ctx: Ctx, id: number, approve: boolean, note?: string): Promise<GoodwillCreditsRow> {
  const { trx, now } = ctx;
  const credit: GoodwillCreditsRow | undefined = await forUpdate(trx, trx('goodwill_credits').where({ id })).first();
  if (!credit) throw notFound(`Goodwill credit ${id} not found`);
  if (credit.status !== 'awaiting_second_approval') throw conflict('goodwill_already_decided', `This credit is already ${credit.status}`);
  if (credit.requested_by_staff_id === staffId(ctx))
    throw new ApiError(403, 'four_eyes_same_person', 'A second agent confirms this credit: not the one who asked for it');
  const at = now.toISOString();
  await trx('goodwill_credits')
    .where({ id })
    .update({
      decided_by_staff_id: staffId(ctx),
      decided_at: at,
      ...(approve ? {} : { status: 'rejected', note: note ?? credit.note }),
      updated_at: at,
      version: credit.version + 1,
    });
  const fresh: GoodwillCreditsRow = await trx('goodwill_credits').where({ id }).first();
  return approve ? creditLedger(ctx, fresh) : fresh;
}
