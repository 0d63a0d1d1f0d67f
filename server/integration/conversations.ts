// The support inbox's integration calls (docs/CONVERSATIONS.md, docs/PRODUCT.md §3): a customer writes
// from the Application or the Site (GCU §6.2), a travel professional through the partner form (GCU §6.4),
// and the app reads the customer's conversations with the team's answers. Each write is one transaction
// audited as the integration actor.
import type { Response, Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { ConversationMessagesRow, ConversationsRow } from '../db/rows.generated.ts';
import { CONVERSATION_CHANNELS, CONVERSATION_LANGUAGES } from '../domain/enums.ts';
import { isValidEmail, normalizeEmail } from '../domain/units.ts';
import { parseId } from '../http/ids.ts';
import { rowToRecord } from '../rest/fields.ts';
import { conversations } from '../rest/resources/conversations.ts';
import { customerConversations, receiveCustomerMessage, receivePartnerEnquiry } from '../services/conversations.ts';
import { handle } from './routes.ts';

const text = z.string().trim().min(1, 'write the message').max(10_000);
const id = z.number().int().positive();

export const conversationSchemas = {
  'customer-message': z
    .strictObject({
      accountId: id,
      conversationId: id.optional(),
      subject: z.string().trim().min(2).max(200).optional(),
      text,
      channel: z.enum(CONVERSATION_CHANNELS).default('app'),
      orderId: id.optional(),
      accountPlanId: id.optional(),
      transferId: id.optional(),
    })
    .refine((b) => [b.orderId, b.accountPlanId, b.transferId].filter((x) => x != null).length <= 1, {
      message: 'link one order, one plan or one transfer at most',
      path: ['orderId'],
    })
    .refine((b) => b.conversationId != null || b.subject != null, { message: 'a new conversation needs a subject', path: ['subject'] }),
  'partner-enquiry': z.strictObject({
    name: z.string().trim().min(2).max(120),
    company: z.string().trim().min(2).max(120),
    email: z.string().trim().max(254).transform(normalizeEmail).refine(isValidEmail, 'an e-mail address'),
    text,
    subject: z.string().trim().min(2).max(200).optional(),
    language: z.enum(CONVERSATION_LANGUAGES).optional(),
  }),
};

export function conversationRoutes(router: Router, db: Knex): void {
  const reply = (res: Response, r: { status: number; body: unknown; replayed: boolean }) => {
    if (r.replayed) res.set('Idempotent-Replayed', 'true');
    res.status(r.status).json(r.body);
  };
  const shown = (c: ConversationsRow, m: Pick<ConversationMessagesRow, 'id'>) => ({
    ...rowToRecord(conversations.fields, c),
    messageId: m.id,
  });

  /** A customer's message: a new conversation, or one more message in theirs (conversationId). */
  router.post('/conversations', async (req, res) => {
    reply(
      res,
      await handle(db, req, conversationSchemas['customer-message'], 'conversations.customer-message', async (ctx, body) => {
        const { conversation, message } = await receiveCustomerMessage(ctx, body);
        return { entity: 'conversations', record: shown(conversation, message) };
      }),
    );
  });

  /** The Site's partner form (GCU §6.4): no account. */
  router.post('/partner-enquiries', async (req, res) => {
    reply(
      res,
      await handle(db, req, conversationSchemas['partner-enquiry'], 'conversations.partner-enquiry', async (ctx, body) => {
        const { conversation, message } = await receivePartnerEnquiry(ctx, body);
        return { entity: 'conversations', record: shown(conversation, message) };
      }),
    );
  });

  /** The in-app read: the customer's conversations, each with its messages and the team's answers. */
  router.get('/accounts/:id/conversations', async (req, res) => {
    res.json(await customerConversations(db, parseId(req.params.id)));
  });
}
