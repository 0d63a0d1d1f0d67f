// The support inbox's staff actions (docs/CONVERSATIONS.md): claim, release, answer, and the status
// buttons. Each runs in the action runner's transaction, which writes its audit entry.
import { z } from 'zod';
import type { ConversationsRow } from '../db/rows.generated.ts';
import { SAVED_REPLY_IDS } from '../domain/conversations/savedReplies.ts';
import { CONVERSATION_LANGUAGES } from '../domain/enums.ts';
import { rowToRecord } from '../rest/fields.ts';
import { conversations } from '../rest/resources/conversations.ts';
import { answerConversation, claimConversation, moveConversation, releaseConversation } from '../services/conversations.ts';
import { defineAction } from './action.ts';

const record = (row: ConversationsRow) => rowToRecord(conversations.fields, row);
const state = (r: Pick<ConversationsRow, 'status' | 'claimed_by_staff_id'>) => ({
  status: r.status,
  claimedByStaffId: r.claimed_by_staff_id ?? null,
});

export const claimConversationAction = defineAction({
  resource: 'conversations',
  name: 'claim',
  summary: 'Take a conversation: other agents cannot answer it or change its status until it is released or resolved',
  idempotencyKey: 'optional',
  body: z.strictObject({}),
  run: async (ctx) => {
    const row = await claimConversation(ctx, Number(ctx.id));
    return { result: record(row), audit: { after: state(row) } };
  },
});

export const releaseConversationAction = defineAction({
  resource: 'conversations',
  name: 'release',
  summary: "Give a conversation back to the queue (an admin may release another agent's)",
  idempotencyKey: 'optional',
  body: z.strictObject({}),
  run: async (ctx) => {
    const row = await releaseConversation(ctx, Number(ctx.id));
    return { result: record(row), audit: { after: state(row) } };
  },
});

export const answerConversationAction = defineAction({
  resource: 'conversations',
  name: 'answer',
  summary:
    'Answer the customer (or the partner): sent by e-mail and shown in the app; waits for the customer, or resolves with resolve: true',
  idempotencyKey: 'optional',
  body: z.strictObject({
    text: z.string().trim().min(2, 'write the answer (2 characters at least)').max(10_000),
    language: z.enum(CONVERSATION_LANGUAGES),
    savedReplyId: z.enum(SAVED_REPLY_IDS).optional(),
    resolve: z.boolean().optional(),
  }),
  run: async (ctx) => {
    const { conversation, message } = await answerConversation(ctx, Number(ctx.id), ctx.body);
    return {
      result: record(conversation),
      audit: {
        after: {
          ...state(conversation),
          answerId: message.id,
          language: ctx.body.language,
          savedReplyId: ctx.body.savedReplyId ?? null,
          outboxMessageId: message.message_id ?? null,
        },
      },
    };
  },
});

const statusAction = (name: 'wait-customer' | 'resolve' | 'reopen', move: 'wait_customer' | 'resolve' | 'reopen', summary: string) =>
  defineAction({
    resource: 'conversations',
    name,
    summary,
    idempotencyKey: 'optional',
    body: z.strictObject({}),
    run: async (ctx) => {
      const { before, after } = await moveConversation(ctx, Number(ctx.id), move);
      return { result: record(after), audit: { before: state(before), after: state(after) } };
    },
  });

export const CONVERSATION_ACTIONS = [
  claimConversationAction,
  releaseConversationAction,
  answerConversationAction,
  statusAction('wait-customer', 'wait_customer', 'Nothing more from us for now: the conversation waits for the customer'),
  statusAction('resolve', 'resolve', 'Resolve the conversation (the claim ends); a new message from the customer reopens it'),
  statusAction('reopen', 'reopen', 'Reopen a resolved conversation: it waits for us again'),
];
