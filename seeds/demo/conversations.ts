// The support inbox in the demo (seeds/demo/README.md "Conversations"): conversations in every status
// and one partner enquiry, written after the rest of the world through the real services (the
// customers' messages as the app's service token, the answers as support@kolet.demo), each step at
// its own moment in the past so that the clocks read as they would.
import type { Knex } from 'knex';
import type { Actor } from '../../server/domain/actor.ts';
import { savedReply } from '../../server/domain/conversations/savedReplies.ts';
import type { Role } from '../../server/domain/enums.ts';
import { queueMessage } from '../../server/outbox/outbox.ts';
import {
  answerConversation,
  claimConversation,
  moveConversation,
  receiveCustomerMessage,
  receivePartnerEnquiry,
} from '../../server/services/conversations.ts';
import type { Ctx } from '../../server/services/ctx.ts';

const HOUR = 3_600_000;

export async function seedConversations(db: Knex, now: Date): Promise<Record<string, number>> {
  return db.transaction(async (trx) => {
    const staff = await trx('staff').where({ email: 'support@kolet.demo' }).first();
    const agent: Actor = { kind: 'staff', id: staff.id, email: staff.email, name: staff.name, roles: JSON.parse(staff.roles) as Role[] };
    const token = await trx('service_tokens').orderBy('id').first('id', 'name');
    const app: Actor = { kind: 'integration', id: token.id, name: token.name };
    const counts = { conversations: 0, conversation_messages: 0, messages: 0 };
    const at = (hoursAgo: number, actor: Actor): Ctx => ({
      trx,
      actor,
      now: new Date(now.getTime() - hoursAgo * HOUR),
      queue: async (m) => {
        if (await queueMessage(trx, m, now)) counts.messages += 1;
      },
    });
    const write = async (hoursAgo: number, body: Parameters<typeof receiveCustomerMessage>[1]) => {
      const { conversation } = await receiveCustomerMessage(at(hoursAgo, app), body);
      counts.conversation_messages += 1;
      return conversation.id as number;
    };
    const answer = async (hoursAgo: number, id: number, replyId: string, language: 'fr' | 'en', resolve = false) => {
      await claimConversation(at(hoursAgo, agent), id);
      await answerConversation(at(hoursAgo, agent), id, {
        text: savedReply(replyId)!.text[language],
        language,
        savedReplyId: replyId,
        resolve,
      });
      counts.conversation_messages += 1;
      counts.messages += 1;
    };
    const active = (q: Knex.QueryBuilder) => q.where('a.status', 'active');

    // New: Sophie wrote about the gmial.com transfer still pending (the transfer fix is one click away).
    const mistyped = await trx('transfers as t')
      .join('accounts as a', 'a.id', 't.sender_account_id')
      .where({ 't.status': 'pending' })
      .where('t.recipient_email', 'like', '%@gmial.com')
      .modify(active)
      .orderBy('t.id')
      .first('t.id', 't.sender_account_id', 't.recipient_email');
    if (mistyped) {
      await write(3, {
        accountId: mistyped.sender_account_id,
        subject: 'Erreur dans l’adresse de mon ami',
        text: `Bonjour,\nJ'ai envoyé 3 Go à ${mistyped.recipient_email} mais c'est une faute de frappe : c'est gmail.com, pas gmial.com.\nPouvez-vous corriger ? Merci !`,
        transferId: mistyped.id,
        channel: 'app',
      });
      counts.conversations += 1;
    }

    const customers = await trx('accounts as a')
      .modify(active)
      .whereExists(trx('account_plans as p').whereRaw('p.account_id = a.id').where('p.status', 'active'))
      .whereNot('a.id', mistyped?.sender_account_id ?? 0)
      .orderBy('a.id')
      .limit(6)
      .select('a.id', 'a.locale');
    const planOf = async (accountId: number) =>
      (await trx('account_plans').where({ account_id: accountId, status: 'active' }).orderBy('id').first('id'))?.id as number | undefined;
    const [late, backToUs, waiting, resolvedOne] = customers;

    // New and late: received five days ago, nobody answered yet (the dashboard's "first answers overdue").
    if (late) {
      await write(120, {
        accountId: late.id,
        subject: late.locale === 'en' ? 'No data in Lisbon' : 'Pas de données à Lisbonne',
        text:
          late.locale === 'en'
            ? 'My eSIM shows full bars but nothing loads. I already restarted the phone twice.'
            : "Mon eSIM capte mais rien ne charge. J'ai déjà redémarré le téléphone deux fois.",
        accountPlanId: await planOf(late.id),
        channel: 'app',
      });
      counts.conversations += 1;
    }

    // Waiting for us: answered, then the customer wrote back.
    if (backToUs) {
      const lang = backToUs.locale === 'en' ? 'en' : 'fr';
      const id = await write(30, {
        accountId: backToUs.id,
        subject: 'eSIM on my iPhone 15',
        text: 'How do I install the eSIM on an iPhone 15?',
        channel: 'site',
      });
      await answer(28, id, 'install_help', lang);
      await write(2, {
        accountId: backToUs.id,
        conversationId: id,
        text: 'It says "Cellular plan cannot be added". What now?',
        channel: 'app',
      });
      counts.conversations += 1;
    }

    // Waiting for the customer: answered with a saved reply.
    if (waiting) {
      const lang = waiting.locale === 'en' ? 'en' : 'fr';
      const id = await write(20, {
        accountId: waiting.id,
        subject: lang === 'en' ? 'Installing before the trip' : 'Installer avant le départ',
        text: lang === 'en' ? 'Can I install the eSIM before I leave?' : "Puis-je installer l'eSIM avant de partir ?",
        accountPlanId: await planOf(waiting.id),
        channel: 'app',
      });
      await answer(18, id, 'install_help', lang);
      counts.conversations += 1;
    }

    // Resolved: a question about a refund request, answered and resolved; linked to the order (the refund case is one click away).
    const refund = await trx('refunds as r')
      .join('accounts as a', 'a.id', 'r.account_id')
      .modify(active)
      .where('r.status', 'requested')
      .orderBy('r.id', 'desc')
      .first('r.order_id', 'a.id as accountId', 'a.locale');
    const resolvedFor = refund ?? (resolvedOne ? { accountId: resolvedOne.id, locale: resolvedOne.locale, order_id: undefined } : null);
    if (resolvedFor) {
      const lang = resolvedFor.locale === 'en' ? 'en' : 'fr';
      const id = await write(50, {
        accountId: resolvedFor.accountId,
        subject: lang === 'en' ? 'My refund request' : 'Ma demande de remboursement',
        text: lang === 'en' ? 'I asked for a refund last week, where is it?' : "J'ai demandé un remboursement, où en est-il ?",
        orderId: resolvedFor.order_id ?? undefined,
        channel: 'site',
      });
      await answer(47, id, 'refund_in_review', lang, true);
      counts.conversations += 1;
    }

    // Waiting for the customer without an answer yet, then resolved by the agent: a status move alone.
    if (resolvedOne && refund) {
      const id = await write(26, {
        accountId: resolvedOne.id,
        subject: 'Merci',
        text: "Tout fonctionne, merci pour l'aide !",
        channel: 'app',
      });
      await moveConversation(at(25, agent), id, 'resolve');
      counts.conversations += 1;
    }

    // A travel professional through the Site's partner form (GCU §6.4).
    await receivePartnerEnquiry(at(5, app), {
      name: 'Claire Dumas',
      company: 'Voyages Lumière',
      email: 'claire.dumas@voyages-lumiere.fr',
      subject: 'Partenariat agence de voyages',
      text: 'Bonjour,\nNous organisons des circuits au Japon et en Corée (environ 400 voyageurs par an). Proposez-vous des tarifs pour les agences ?\nCordialement,\nClaire Dumas',
      language: 'fr',
    });
    counts.conversations += 1;
    counts.conversation_messages += 1;
    return counts;
  });
}
