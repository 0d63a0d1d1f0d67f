import type { RaRecord } from 'react-admin';
import type { ConversationStatus } from '../../../../server/domain/conversations/conversationStates.ts';
import type { ConversationMessagesRecord, ConversationsRecord } from '../../records.generated.ts';

/** A conversation as the API sends it (generated from the resource's fields); its status named by the workflow's table. */
export interface Conversation extends Omit<ConversationsRecord, 'status'>, RaRecord<number> {
  status: ConversationStatus;
}

/** One message of a conversation, as the API sends it. */
export interface ConversationMessage extends ConversationMessagesRecord, RaRecord<number> {}
