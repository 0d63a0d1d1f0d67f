import type { RaRecord } from 'react-admin';
import type { ConversationStatus } from '../../../../server/domain/conversations/conversationStates.ts';

export interface Conversation extends RaRecord<number> {
  kind: 'customer' | 'partner';
  channel: 'app' | 'site';
  accountId: number | null;
  partnerName: string | null;
  partnerCompany: string | null;
  partnerEmail: string | null;
  subject: string;
  language: 'fr' | 'en';
  status: ConversationStatus;
  orderId: number | null;
  accountPlanId: number | null;
  transferId: number | null;
  claimedByStaffId: number | null;
  claimedAt: string | null;
  receivedAt: string;
  firstResponseDueAt: string;
  firstRespondedAt: string | null;
  lastMessageAt: string;
  resolvedAt: string | null;
  messageCount: number;
}

export interface ConversationMessage extends RaRecord<number> {
  conversationId: number;
  author: 'customer' | 'partner' | 'staff';
  staffId: number | null;
  body: string;
  language: 'fr' | 'en' | null;
  savedReplyId: string | null;
  createdAt: string;
}
