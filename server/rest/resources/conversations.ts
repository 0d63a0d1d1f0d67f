// The support inbox (docs/CONVERSATIONS.md): conversations and their messages, read-only here;
// every change goes through an action (server/actions/conversations.ts) or the integration API.
import {
  CONVERSATION_AUTHORS,
  CONVERSATION_CHANNELS,
  CONVERSATION_KINDS,
  CONVERSATION_LANGUAGES,
  CONVERSATION_STATUSES,
} from '../../domain/enums.ts';
import { defineFields, f, recordTimestamps } from '../fields.ts';
import type { ResourceDef } from '../resource.ts';

export const conversations: ResourceDef = {
  idColumn: 'id',
  idType: 'int',
  name: 'conversations',
  table: 'conversations',
  fields: defineFields({
    id: f.id(),
    kind: f.enum(CONVERSATION_KINDS, { filter: true }),
    channel: f.enum(CONVERSATION_CHANNELS, { filter: true }),
    accountId: f.int({ filter: true }),
    partnerName: f.text({ personal: 'name' }),
    partnerCompany: f.text(),
    partnerEmail: f.text({ personal: 'email' }),
    subject: f.text({ personal: 'correspondence' }),
    language: f.enum(CONVERSATION_LANGUAGES, { filter: true }),
    status: f.enum(CONVERSATION_STATUSES, { sort: true, filter: true }),
    orderId: f.int({ filter: true }),
    accountPlanId: f.int({ filter: true }),
    transferId: f.int({ filter: true }),
    claimedByStaffId: f.int({ filter: true }),
    claimedAt: f.timestamp(),
    receivedAt: f.timestamp({ sort: true, filter: true }),
    firstResponseDueAt: f.timestamp({ sort: true, filter: true }),
    firstRespondedAt: f.timestamp({ sort: true }),
    lastMessageAt: f.timestamp({ sort: true }),
    resolvedAt: f.timestamp({ sort: true }),
    messageCount: f.int(),
    ...recordTimestamps,
  }),
  defaultSort: ['firstResponseDueAt', 'ASC'],
};

export const conversationMessages: ResourceDef = {
  idColumn: 'id',
  idType: 'int',
  name: 'conversation-messages',
  table: 'conversation_messages',
  fields: defineFields({
    id: f.id(),
    conversationId: f.int({ filter: true }),
    author: f.enum(CONVERSATION_AUTHORS, { filter: true }),
    staffId: f.int({ filter: true }),
    body: f.text({ personal: 'correspondence' }),
    language: f.enum(CONVERSATION_LANGUAGES),
    savedReplyId: f.text(),
    messageId: f.int(),
    createdAt: f.timestamp({ sort: true }),
  }),
  defaultSort: ['createdAt', 'ASC'],
};
