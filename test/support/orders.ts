import type { Knex } from 'knex';
import { SYSTEM } from '../../server/domain/actor.ts';
import { post } from '../../server/services/ledger.ts';

let seq = 0;

/** A paid order and the plan it made, with its purchase (and any usage) in the ledger. */
export async function paidOrder(
  db: Knex,
  accountId: number,
  o: {
    amountCents?: number;
    orderedAt?: Date;
    installedAt?: Date | null;
    activatedAt?: Date | null;
    totalMb?: number;
    usedMb?: number;
    promoCodeId?: number | null;
  } = {},
): Promise<{ orderId: number; planId: number }> {
  const at = (o.orderedAt ?? new Date(Date.now() - 2 * 86_400_000)).toISOString();
  const amount = o.amountCents ?? 1999;
  return db.transaction(async (trx) => {
    const plan = await trx('plans').first('id');
    const planId =
      plan?.id ??
      (
        await trx('plans').insert(
          {
            region_name: 'Europe',
            name: 'Europe 10 GB',
            data_mb: 10240,
            validity_days: 30,
            price_cents: amount,
            vat_rate_bp: 2000,
            status: 'active',
            promotional: false,
            created_at: at,
            updated_at: at,
            version: 1,
          },
          ['id'],
        )
      )[0].id;
    const [order] = await trx('orders').insert(
      {
        account_id: accountId,
        plan_id: planId,
        amount_cents: amount,
        vat_cents: amount - Math.round(amount / 1.2),
        list_price_cents: amount,
        payment_method: 'card',
        payment_reference: `pi_test_${Date.now()}_${++seq}`,
        channel: 'app',
        promo_code_id: o.promoCodeId ?? null,
        status: 'paid',
        refunded_cents: 0,
        ordered_at: at,
        created_at: at,
        updated_at: at,
        version: 1,
      },
      ['id'],
    );
    const orderId = typeof order === 'object' ? order.id : order;
    const [ap] = await trx('account_plans').insert(
      {
        account_id: accountId,
        order_id: orderId,
        plan_id: planId,
        region_name: 'Europe',
        name: 'Europe 10 GB',
        origin: 'paid',
        data_total_mb: 0,
        data_used_mb: 0,
        data_remaining_mb: 0,
        status: o.activatedAt ? 'active' : 'pending',
        validity_days: 30,
        ordered_at: at,
        installed_at: o.installedAt?.toISOString() ?? null,
        activated_at: o.activatedAt?.toISOString() ?? null,
        created_at: at,
        updated_at: at,
        version: 1,
      },
      ['id'],
    );
    const accountPlanId = typeof ap === 'object' ? ap.id : ap;
    const now = new Date();
    await post(trx, { accountPlanId, kind: 'purchase', deltaMb: o.totalMb ?? 10240, orderId, actor: SYSTEM, now });
    if (o.usedMb) await post(trx, { accountPlanId, kind: 'usage', deltaMb: -o.usedMb, actor: SYSTEM, now });
    return { orderId, planId: accountPlanId };
  });
}
