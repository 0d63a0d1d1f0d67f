// Customer-data operations in the demo (seeds/demo/README.md "Customer data"): one open deletion
// request (on a customer with an open refund, so the deactivation dialog has a refund to decide),
// one open access request, one goodwill credit compensating a fixed transfer. Written after the
// rest of the world through the real services, so the ledger entry is the one support would make.
import type { Knex } from 'knex';
import type { Actor } from '../../server/domain/actor.ts';
import type { Role } from '../../server/domain/enums.ts';
import { queueMessage } from '../../server/outbox/outbox.ts';
import { creditGoodwill, logAccessRequest, requestDeletion } from '../../server/services/customerData.ts';
import type { Ctx } from '../../server/services/ctx.ts';

export async function seedCustomerData(db: Knex, now: Date): Promise<Record<string, number>> {
  return db.transaction(async (trx) => {
    const staff = await trx('staff').where({ email: 'support@kolet.demo' }).first();
    const actor: Actor = { kind: 'staff', id: staff.id, email: staff.email, name: staff.name, roles: JSON.parse(staff.roles) as Role[] };
    const counts = { deletion_requests: 0, access_requests: 0, goodwill_credits: 0, messages: 0, data_ledger: 0 };
    const ctx: Ctx = {
      trx,
      actor,
      now,
      queue: async (m) => {
        if (await queueMessage(trx, m, now)) counts.messages += 1;
      },
    };

    // A deletion request from the app, by a customer whose refund request is still open.
    const withRefund = await trx('accounts as a')
      .join('refunds as r', 'r.account_id', 'a.id')
      .where({ 'a.status': 'active', 'r.status': 'requested' })
      .whereExists(trx('account_plans as p').whereRaw('p.account_id = a.id').where('p.status', 'active'))
      .orderBy('a.id')
      .first('a.id');
    if (withRefund) {
      await requestDeletion(ctx, withRefund.id, 'app');
      counts.deletion_requests += 1;
    }

    // A request for their data, logged by support, its one-month clock running.
    const asker = await trx('accounts')
      .where({ status: 'active' })
      .whereNot({ id: withRefund?.id ?? 0 })
      .orderBy('id', 'desc')
      .first('id');
    if (asker) {
      await logAccessRequest(ctx, asker.id, 'Asked by e-mail for a copy of everything we hold');
      counts.access_requests += 1;
    }

    // 1 GB of goodwill to the sender of a fixed transfer, on an active plan of theirs (the wrong recipient had used the data).
    const fixed = await trx('transfers as t')
      .join('account_plans as p', 'p.account_id', 't.sender_account_id')
      .join('accounts as a', 'a.id', 't.sender_account_id')
      .whereIn('t.status', ['redirected', 'reversed'])
      .where({ 'p.status': 'active', 'a.status': 'active' })
      .whereNot({ 'a.id': withRefund?.id ?? 0 })
      .orderBy('t.id')
      .first('t.id as transferId', 'p.id as planId');
    if (fixed) {
      await creditGoodwill(ctx, fixed.planId, {
        mb: 1024,
        reasonCode: 'transfer_fix',
        transferId: fixed.transferId,
        note: 'The wrong recipient had already used part of the data',
      });
      counts.goodwill_credits += 1;
      counts.data_ledger += 1;
    }
    return counts;
  });
}
