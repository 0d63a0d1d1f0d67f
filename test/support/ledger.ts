import type { Knex } from 'knex';
import { SYSTEM } from '../../server/domain/actor.ts';
import { post } from '../../server/services/ledger.ts';

const DAY = 86_400_000;

/** A plan bought and activated the proper way: a row at zero, then a purchase entry in the ledger. */
export async function buyPlan(
  db: Knex,
  accountId: number,
  o: { mb?: number; origin?: string; status?: string; expiresAt?: string | null; now?: Date } = {},
): Promise<number> {
  const now = o.now ?? new Date();
  const at = now.toISOString();
  return db.transaction(async (trx) => {
    const [row] = await trx('account_plans').insert(
      {
        account_id: accountId,
        name: 'Japan 5 GB',
        country_code: null,
        region_name: 'Asia',
        origin: o.origin ?? 'paid',
        data_total_mb: 0,
        data_used_mb: 0,
        data_remaining_mb: 0,
        unlimited: false,
        status: 'active',
        validity_days: 30,
        ordered_at: at,
        activated_at: at,
        expires_at: o.expiresAt === undefined ? new Date(now.getTime() + 20 * DAY).toISOString() : o.expiresAt,
        data_blocked: false,
        created_at: at,
        updated_at: at,
        version: 1,
      },
      ['id'],
    );
    const id = typeof row === 'object' ? row.id : row;
    await post(trx, { accountPlanId: id, kind: 'purchase', deltaMb: o.mb ?? 5120, actor: SYSTEM, now });
    if (o.status && o.status !== 'active') await trx('account_plans').where({ id }).update({ status: o.status });
    return id;
  });
}

/** The customer uses `mb` of a plan: a usage record and its ledger entry. */
export async function useData(db: Knex, accountPlanId: number, mb: number, now = new Date()): Promise<void> {
  await db.transaction(async (trx) => {
    const [row] = await trx('usage_records').insert(
      { account_plan_id: accountPlanId, mb, occurred_at: now.toISOString(), created_at: now.toISOString() },
      ['id'],
    );
    const usageRecordId = typeof row === 'object' ? row.id : row;
    await post(trx, { accountPlanId, kind: 'usage', deltaMb: -mb, usageRecordId, actor: SYSTEM, now });
  });
}

/** Issued − used − expired must equal what plans hold plus what is in flight in pending transfers. */
export async function conservation(db: Knex) {
  const sum = async (q: Knex.QueryBuilder) => Number(((await q.first()) as { s: number | string | null } | undefined)?.s ?? 0);
  const issued = await sum(db('data_ledger').whereIn('kind', ['purchase', 'referral_reward', 'bonus', 'goodwill']).sum({ s: 'delta_mb' }));
  const used = -(await sum(db('data_ledger').where('kind', 'usage').sum({ s: 'delta_mb' })));
  const expired = -(await sum(db('data_ledger').whereIn('kind', ['expiry', 'refund_write_off', 'write_off']).sum({ s: 'delta_mb' })));
  const held = await sum(db('account_plans').sum({ s: 'data_remaining_mb' }));
  const inFlight = await sum(db('transfers').where('status', 'pending').sum({ s: 'amount_mb' }));
  const negative = await sum(db('account_plans').where('data_remaining_mb', '<', 0).count({ s: '*' }));
  return { issued, used, expired, held, inFlight, negative };
}

export async function serviceToken(db: Knex, token = 'test-integration-token'): Promise<string> {
  const { sha256Hex } = await import('../../server/auth/passwords.ts');
  await db('service_tokens').insert({ name: `test-${token}`, token_hash: sha256Hex(token), created_at: new Date().toISOString() });
  return token;
}
