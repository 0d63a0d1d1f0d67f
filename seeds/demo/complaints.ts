// Customer complaints and notices in the demo (seeds/demo/README.md "Complaints and notices"): one complaint
// awaiting its answer, one answered, and one notice sent (an interruption announced to the customers with
// an open refund), its messages already in the outbox. Written through the real services, like support and
// an admin would, after the rest of the world.
import type { Knex } from 'knex';
import type { Actor } from '../../server/domain/actor.ts';
import type { Role } from '../../server/domain/enums.ts';
import { queueMessage } from '../../server/outbox/outbox.ts';
import { answerComplaint, logComplaint } from '../../server/services/complaints.ts';
import type { Ctx } from '../../server/services/ctx.ts';
import { composeNotice, enqueueNoticeBatch, sendNotice } from '../../server/services/notices.ts';
import { addDays } from '../../server/domain/refunds/clocks.ts';
import { parisDate } from '../../server/domain/calendar.ts';

/** The terms promise the mediator's details without naming one: the demo says so in its placeholder (setting consumer_mediator). */
export const DEMO_MEDIATOR =
  'Médiateur de la consommation de Kolet (données de démonstration : nom, adresse postale et site à renseigner par Kolet dans le réglage consumer_mediator)';

export async function seedComplaints(db: Knex, now: Date): Promise<Record<string, number>> {
  const at = now.toISOString();
  await db('settings')
    .insert({
      id: 'consumer_mediator',
      value: JSON.stringify(DEMO_MEDIATOR),
      description: "The consumer mediator's details (demo placeholder)",
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .onConflict('id')
    .merge(['value', 'updated_at']);
  return db.transaction(async (trx) => {
    const actorOf = async (email: string): Promise<Actor> => {
      const s = await trx('staff').where({ email }).first();
      return { kind: 'staff', id: s.id, email: s.email, name: s.name, roles: JSON.parse(s.roles) as Role[] };
    };
    const counts = { customer_complaints: 0, customer_notices: 0, messages: 0 };
    const ctxOf = (actor: Actor, when: Date): Ctx => ({
      trx,
      actor,
      now: when,
      queue: async (m) => {
        if (await queueMessage(trx, m, when)) counts.messages += 1;
      },
    });
    const support = await actorOf('support@kolet.demo');
    const admin = await actorOf('admin@kolet.demo');

    // A complaint about an order, received by e-mail three days ago, still awaiting its answer.
    const ordered = await trx('orders as o')
      .join('accounts as a', 'a.id', 'o.account_id')
      .where('a.status', 'active')
      .orderBy('o.id', 'desc')
      .first('o.id', 'o.account_id');
    const threeDaysAgo = new Date(now.getTime() - 3 * 86_400_000);
    if (ordered) {
      await logComplaint(ctxOf(support, threeDaysAgo), ordered.account_id, {
        channel: 'email',
        subject: 'Forfait sans connexion à l’arrivée',
        body: 'Bonjour, mon forfait ne s’est jamais connecté à mon arrivée. J’ai perdu deux jours de voyage. Je demande un geste.',
        orderId: ordered.id,
      });
      counts.customer_complaints += 1;
    }
    // One answered last week (partially upheld): the customer may still say they are not satisfied.
    const other = await trx('accounts')
      .where({ status: 'active' })
      .whereNot({ id: ordered?.account_id ?? 0 })
      .orderBy('id')
      .first('id');
    if (other) {
      const tenDaysAgo = new Date(now.getTime() - 10 * 86_400_000);
      const c = await logComplaint(ctxOf(support, tenDaysAgo), other.id, {
        channel: 'chat',
        subject: 'Slow data in Lisbon',
        body: 'The data was very slow for two days in Lisbon, I could not use maps.',
      });
      await answerComplaint(ctxOf(support, new Date(now.getTime() - 7 * 86_400_000)), c.id, {
        outcome: 'partially_upheld',
        answer: 'The operator in Lisbon had a congestion incident on those two days. We are sorry: we add 1 GB to your plan as a gesture.',
      });
      counts.customer_complaints += 1;
    }

    // A notice sent yesterday: a planned interruption, to the customers with an open refund, all queued.
    const yesterday = new Date(now.getTime() - 86_400_000);
    const notice = await composeNotice(ctxOf(admin, yesterday), {
      kind: 'interruption',
      subjectFr: 'Maintenance de notre service client',
      bodyFr: 'Notre service client sera indisponible quelques heures pour une maintenance. Vos demandes en cours ne sont pas affectées.',
      subjectEn: 'Customer service maintenance',
      bodyEn: 'Our customer service will be unavailable for a few hours for maintenance. Your open requests are not affected.',
      audience: 'open_refund',
      effectiveOn: addDays(parisDate(now), 2),
    });
    try {
      await sendNotice(ctxOf(admin, yesterday), notice.id);
      while ((await enqueueNoticeBatch(ctxOf({ kind: 'system', name: 'job:notices.enqueue' }, yesterday))).queued > 0);
    } catch {
      // No customer with an open refund: the notice stays a draft.
    }
    counts.customer_notices += 1;
    counts.messages += Number(
      (
        await trx('messages')
          .where({ related_entity: 'customer-notices', related_id: String(notice.id) })
          .count({ n: '*' })
          .first()
      )?.n ?? 0,
    );
    return counts;
  });
}
