// The support inbox (docs/CONVERSATIONS.md): customers' messages and partners' enquiries arrive through
// the integration API; support claims a conversation, answers it (by e-mail through the outbox, and in
// the app through the integration API's read), and moves it through its workflow table.
import type { Knex } from 'knex';
import { forUpdate } from '../db/locks.ts';
import { toIso } from '../db/values.ts';
import { claimedByOther, firstResponseDueAt, linkProblem, type ConversationLink } from '../domain/conversations/conversationRules.ts';
import {
  conversationMoveRefusal,
  statusAfterCustomerMessage,
  type ConversationMove,
  type ConversationStatus,
} from '../domain/conversations/conversationStates.ts';
import { savedReply } from '../domain/conversations/savedReplies.ts';
import { isAdmin } from '../domain/permissions.ts';
import { conflict, forbidden, notFound, ruleRefused } from '../http/errors.ts';
import { conversationAnswer } from '../outbox/conversationMessages.ts';
import { queueMessage } from '../outbox/outbox.ts';
import { getSetting } from '../settings.ts';
import type { Ctx } from './ctx.ts';

import type { AccountsRow, ConversationMessagesRow, ConversationsRow, StaffRow } from '../db/rows.generated.ts';

/** A message to store: who wrote what, when (an agent's answer also names the agent, its language and saved reply). */
type NewMessage = Pick<ConversationMessagesRow, 'conversation_id' | 'author' | 'body' | 'created_at'> &
  Partial<Pick<ConversationMessagesRow, 'staff_id' | 'language' | 'saved_reply_id'>>;
/** A new conversation: a customer's (their account, perhaps a link) or a partner's (their name and address). */
type NewConversation = Pick<ConversationsRow, 'kind' | 'channel' | 'subject' | 'language'> &
  Partial<
    Pick<
      ConversationsRow,
      'account_id' | 'partner_name' | 'partner_company' | 'partner_email' | 'order_id' | 'account_plan_id' | 'transfer_id'
    >
  >;
/** Columns to change on a conversation (a counter by a raw expression). */
type ConversationChange = { [K in keyof ConversationsRow]?: ConversationsRow[K] | Knex.Raw };
type Language = 'fr' | 'en';

export interface CustomerMessageInput extends ConversationLink {
  accountId: number;
  conversationId?: number;
  subject?: string;
  text: string;
  channel: 'app' | 'site';
}

export interface PartnerEnquiryInput {
  name: string;
  company: string;
  email: string;
  text: string;
  subject?: string;
  language?: Language;
}

export interface AnswerInput {
  text: string;
  language: Language;
  savedReplyId?: string;
  /** Resolve the conversation with the answer (nothing more is expected from the customer). */
  resolve?: boolean;
}

const staffId = (ctx: Ctx): number => {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  return ctx.actor.id;
};

async function insertMessage(trx: Knex.Transaction, row: NewMessage): Promise<ConversationMessagesRow> {
  const [inserted] = await trx('conversation_messages').insert(row, ['id']);
  const id = typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
  return trx('conversation_messages').where({ id }).first();
}

/** The account's own order, plan or transfer, or 404 (someone else's is not found, as if it did not exist). */
async function checkLink(trx: Knex.Transaction, accountId: number, link: ConversationLink): Promise<void> {
  const problem = linkProblem(link);
  if (problem) throw ruleRefused('one_link', problem);
  if (link.orderId != null && !(await trx('orders').where({ id: link.orderId, account_id: accountId }).first('id')))
    throw notFound(`Order ${link.orderId} not found for this account`);
  if (link.accountPlanId != null && !(await trx('account_plans').where({ id: link.accountPlanId, account_id: accountId }).first('id')))
    throw notFound(`Plan ${link.accountPlanId} not found for this account`);
  if (
    link.transferId != null &&
    !(await trx('transfers')
      .where({ id: link.transferId })
      .where((w) => w.where({ sender_account_id: accountId }).orWhere({ recipient_account_id: accountId }))
      .first('id'))
  )
    throw notFound(`Transfer ${link.transferId} not found for this account`);
}

async function newConversation(ctx: Ctx, row: NewConversation): Promise<ConversationsRow> {
  const at = ctx.now.toISOString();
  const hours = await getSetting(ctx.trx, 'conversation_first_response_hours');
  const [inserted] = await ctx.trx('conversations').insert(
    {
      ...row,
      status: 'new',
      received_at: at,
      first_response_due_at: firstResponseDueAt(ctx.now, hours).toISOString(),
      last_message_at: at,
      message_count: 0,
      created_at: at,
      updated_at: at,
      version: 1,
    },
    ['id'],
  );
  const id = typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
  return ctx.trx('conversations').where({ id }).first();
}

export async function lockConversation(trx: Knex.Transaction, id: number): Promise<ConversationsRow> {
  const c: ConversationsRow | undefined = await forUpdate(trx, trx('conversations').where({ id })).first();
  if (!c) throw notFound(`Conversation ${id} not found`);
  return c;
}

/** A customer writes from the app or the Site: a new conversation, or one more message in one of theirs. */
export async function receiveCustomerMessage(
  ctx: Ctx,
  input: CustomerMessageInput,
): Promise<{ conversation: ConversationsRow; message: ConversationMessagesRow }> {
  const { trx } = ctx;
  const account: Pick<AccountsRow, 'id' | 'status' | 'locale'> | undefined = await trx('accounts')
    .where({ id: input.accountId })
    .first('id', 'status', 'locale');
  if (!account) throw notFound(`Account ${input.accountId} not found`);
  if (account.status !== 'active') throw ruleRefused('account_inactive', 'A deactivated account cannot send messages');
  const link = { orderId: input.orderId, accountPlanId: input.accountPlanId, transferId: input.transferId };
  await checkLink(trx, account.id, link);
  const at = ctx.now.toISOString();
  let conversation: ConversationsRow;
  if (input.conversationId != null) {
    conversation = await lockConversation(trx, input.conversationId);
    if (conversation.account_id !== account.id) throw notFound(`Conversation ${input.conversationId} not found for this account`);
    const status = statusAfterCustomerMessage(conversation.status as ConversationStatus);
    await trx('conversations')
      .where({ id: conversation.id })
      .update({
        status,
        resolved_at: null,
        // A later link completes a conversation that had none; it never replaces one.
        ...(conversation.order_id == null && conversation.account_plan_id == null && conversation.transfer_id == null
          ? { order_id: link.orderId ?? null, account_plan_id: link.accountPlanId ?? null, transfer_id: link.transferId ?? null }
          : {}),
        updated_at: at,
        version: trx.raw('version + 1'),
      });
  } else {
    if (!input.subject) throw ruleRefused('subject_required', 'A new conversation needs a subject');
    conversation = await newConversation(ctx, {
      kind: 'customer',
      channel: input.channel,
      account_id: account.id,
      subject: input.subject,
      language: account.locale === 'en' ? 'en' : 'fr',
      order_id: link.orderId ?? null,
      account_plan_id: link.accountPlanId ?? null,
      transfer_id: link.transferId ?? null,
    });
  }
  const message = await insertMessage(trx, { conversation_id: conversation.id, author: 'customer', body: input.text, created_at: at });
  await trx('conversations')
    .where({ id: conversation.id })
    .update({ last_message_at: at, message_count: trx.raw('message_count + 1') });
  return { conversation: await trx('conversations').where({ id: conversation.id }).first(), message };
}

/** A travel professional writes through the Site's partner form (GCU §6.4): no account, a conversation of its own. */
export async function receivePartnerEnquiry(
  ctx: Ctx,
  input: PartnerEnquiryInput,
): Promise<{ conversation: ConversationsRow; message: ConversationMessagesRow }> {
  const conversation = await newConversation(ctx, {
    kind: 'partner',
    channel: 'site',
    partner_name: input.name,
    partner_company: input.company,
    partner_email: input.email,
    subject: input.subject ?? `Partner enquiry: ${input.company}`,
    language: input.language ?? 'fr',
  });
  const at = ctx.now.toISOString();
  const message = await insertMessage(ctx.trx, { conversation_id: conversation.id, author: 'partner', body: input.text, created_at: at });
  await ctx.trx('conversations').where({ id: conversation.id }).update({ message_count: 1 });
  return { conversation: await ctx.trx('conversations').where({ id: conversation.id }).first(), message };
}

function refuseWrongState(move: ConversationMove, c: Pick<ConversationsRow, 'status'>): void {
  const refusal = conversationMoveRefusal(move, c.status as ConversationStatus);
  if (refusal) throw conflict(refusal.code, refusal.message);
}

async function refuseIfClaimedByOther(ctx: Ctx, c: Pick<ConversationsRow, 'claimed_by_staff_id'>): Promise<void> {
  if (!claimedByOther(c.claimed_by_staff_id ?? null, staffId(ctx))) return;
  const holder: Pick<StaffRow, 'name'> | undefined = await ctx.trx('staff').where({ id: c.claimed_by_staff_id }).first('name');
  throw conflict('claimed_by_other', `${holder?.name ?? `Staff #${c.claimed_by_staff_id}`} is working on this conversation`);
}

async function update(ctx: Ctx, id: number, change: ConversationChange): Promise<ConversationsRow> {
  await ctx
    .trx('conversations')
    .where({ id })
    .update({ ...change, updated_at: ctx.now.toISOString(), version: ctx.trx.raw('version + 1') });
  return ctx.trx('conversations').where({ id }).first();
}

export async function claimConversation(ctx: Ctx, id: number): Promise<ConversationsRow> {
  const c = await lockConversation(ctx.trx, id);
  refuseWrongState('claim', c);
  await refuseIfClaimedByOther(ctx, c);
  if (c.claimed_by_staff_id === staffId(ctx)) return c; // already mine: nothing changes
  return update(ctx, id, { claimed_by_staff_id: staffId(ctx), claimed_at: ctx.now.toISOString() });
}

/** Gives the conversation back to the queue; an admin may release another agent's claim (someone away). */
export async function releaseConversation(ctx: Ctx, id: number): Promise<ConversationsRow> {
  const c = await lockConversation(ctx.trx, id);
  refuseWrongState('release', c);
  if (!(ctx.actor.kind === 'staff' && isAdmin(ctx.actor.roles))) await refuseIfClaimedByOther(ctx, c);
  return update(ctx, id, { claimed_by_staff_id: null, claimed_at: null });
}

/** Where the answer goes: the account's e-mail, or the partner's. */
async function recipientOf(trx: Knex.Transaction, c: ConversationsRow): Promise<{ accountId: number | null; email: string }> {
  if (c.kind === 'partner') return { accountId: null, email: c.partner_email! }; // a partner's conversation has their address (conversations_kind_party)
  const account: Pick<AccountsRow, 'id' | 'email' | 'status'> | undefined = await trx('accounts')
    .where({ id: c.account_id })
    .first('id', 'email', 'status');
  if (account?.status !== 'active') throw ruleRefused('account_inactive', 'This account is deactivated: the answer would reach no one');
  return { accountId: account.id, email: account.email };
}

/** An agent answers: the conversation is claimed by them (if no one held it), the e-mail queued, the answer visible in the app. */
export async function answerConversation(
  ctx: Ctx,
  id: number,
  input: AnswerInput,
): Promise<{ conversation: ConversationsRow; message: ConversationMessagesRow }> {
  const { trx } = ctx;
  const me = staffId(ctx);
  const c = await lockConversation(trx, id);
  refuseWrongState('answer', c);
  await refuseIfClaimedByOther(ctx, c);
  if (input.savedReplyId && !savedReply(input.savedReplyId))
    throw ruleRefused('unknown_saved_reply', `No saved reply "${input.savedReplyId}"`, { savedReplyId: 'unknown' });
  const to = await recipientOf(trx, c);
  const at = ctx.now.toISOString();
  const message = await insertMessage(trx, {
    conversation_id: id,
    author: 'staff',
    staff_id: me,
    body: input.text,
    language: input.language,
    saved_reply_id: input.savedReplyId ?? null,
    created_at: at,
  });
  const messageId = await queueMessage(
    trx,
    conversationAnswer(
      { accountId: to.accountId, email: to.email, locale: input.language },
      { id, subject: c.subject, answerId: message.id, text: input.text },
    ),
    ctx.now,
  );
  await trx('conversation_messages').where({ id: message.id }).update({ message_id: messageId });
  const conversation = await update(ctx, id, {
    status: input.resolve ? 'resolved' : 'waiting_customer',
    resolved_at: input.resolve ? at : null,
    claimed_by_staff_id: input.resolve ? null : me,
    claimed_at: input.resolve ? null : (c.claimed_at ?? at),
    first_responded_at: c.first_responded_at ?? at,
    last_message_at: at,
    message_count: trx.raw('message_count + 1'),
  });
  return { conversation, message: { ...message, message_id: messageId } };
}

/** Waiting for the customer, resolved, or reopened: the status buttons. Resolving ends the claim. */
export async function moveConversation(
  ctx: Ctx,
  id: number,
  move: 'wait_customer' | 'resolve' | 'reopen',
): Promise<{ before: ConversationsRow; after: ConversationsRow }> {
  const c = await lockConversation(ctx.trx, id);
  refuseWrongState(move, c);
  await refuseIfClaimedByOther(ctx, c);
  const at = ctx.now.toISOString();
  const change: ConversationChange =
    move === 'wait_customer'
      ? { status: 'waiting_customer' }
      : move === 'resolve'
        ? { status: 'resolved', resolved_at: at, claimed_by_staff_id: null, claimed_at: null }
        : { status: 'waiting_us', resolved_at: null };
  return { before: c, after: await update(ctx, id, change) };
}

/** The in-app read: a customer's conversations with every message, the team's answers signed "Kolet" (no agent's name). */
export async function customerConversations(db: Knex, accountId: number) {
  const account: Pick<AccountsRow, 'id'> | undefined = await db('accounts').where({ id: accountId }).first('id');
  if (!account) throw notFound(`Account ${accountId} not found`);
  const conversations: ConversationsRow[] = await db('conversations')
    .where({ account_id: accountId })
    .orderBy('last_message_at', 'desc')
    .orderBy('id', 'desc')
    .limit(100);
  const ids = conversations.map((c) => c.id);
  const messages: ConversationMessagesRow[] = ids.length
    ? await db('conversation_messages').whereIn('conversation_id', ids).orderBy('id')
    : [];
  return conversations.map((c) => ({
    id: c.id,
    subject: c.subject,
    status: c.status,
    orderId: c.order_id ?? null,
    accountPlanId: c.account_plan_id ?? null,
    transferId: c.transfer_id ?? null,
    createdAt: toIso(c.received_at),
    lastMessageAt: toIso(c.last_message_at),
    messages: messages
      .filter((m) => m.conversation_id === c.id)
      .map((m) => ({
        id: m.id,
        from: m.author === 'staff' ? 'kolet' : 'customer',
        text: m.body,
        language: m.language ?? null,
        at: toIso(m.created_at),
      })),
  }));
}
