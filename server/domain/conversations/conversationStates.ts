// The support inbox's workflow as one table (docs/CONVERSATIONS.md): a conversation is new until the team
// first answers; then it waits for the customer or for us, until an agent resolves it. A customer who
// writes again moves it back to us (a resolved one reopens); claiming changes who works on it, not its status.
import type { CONVERSATION_STATUSES } from '../enums.ts';
import { defineWorkflow, moveRefusal, statusesWhere } from '../workflow.ts';

export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export type ConversationMove = 'claim' | 'release' | 'answer' | 'wait_customer' | 'resolve' | 'reopen' | 'customer_writes';

interface ConversationState {
  open: boolean;
  /** The team owes the next word: counted in the queue's "to answer" figures. */
  ourTurn: boolean;
  moves: readonly ConversationMove[];
}

const ANSWERABLE = ['claim', 'release', 'answer', 'resolve', 'customer_writes'] as const;

export const CONVERSATION_WORKFLOW = defineWorkflow<ConversationStatus, ConversationMove, ConversationState>({
  noun: 'conversation',
  states: {
    new: { open: true, ourTurn: true, moves: [...ANSWERABLE, 'wait_customer'] },
    waiting_us: { open: true, ourTurn: true, moves: [...ANSWERABLE, 'wait_customer'] },
    waiting_customer: { open: true, ourTurn: false, moves: ANSWERABLE },
    resolved: { open: false, ourTurn: false, moves: ['reopen', 'customer_writes'] },
  },
  moves: {
    claim: { to: ['new', 'waiting_us', 'waiting_customer'], roles: ['support'], wrongState: 'conversation_resolved' },
    release: { to: ['new', 'waiting_us', 'waiting_customer'], roles: ['support'], wrongState: 'conversation_resolved' },
    answer: { to: ['waiting_customer', 'resolved'], roles: ['support'], wrongState: 'conversation_resolved' },
    wait_customer: { to: ['waiting_customer'], roles: ['support'], wrongState: 'not_waiting_us' },
    resolve: { to: ['resolved'], roles: ['support'], wrongState: 'already_resolved' },
    reopen: { to: ['waiting_us'], roles: ['support'], wrongState: 'not_resolved' },
    // The customer (or the partner) writes through the integration API: the system's move.
    customer_writes: { to: ['new', 'waiting_us'], roles: [], wrongState: 'never' },
  },
});

/** Conversations not resolved (the queue). */
export const OPEN_CONVERSATION_STATUSES = statusesWhere(CONVERSATION_WORKFLOW.states, (s) => s.open);
/** Conversations where the team owes the next word. */
export const OUR_TURN_CONVERSATION_STATUSES = statusesWhere(CONVERSATION_WORKFLOW.states, (s) => s.ourTurn);

export function conversationMoveRefusal(move: ConversationMove, status: ConversationStatus): { code: string; message: string } | null {
  return moveRefusal(CONVERSATION_WORKFLOW, move, status);
}

/** Where a customer's new message leaves a conversation: still new when no one has answered yet, else waiting for us. */
export function statusAfterCustomerMessage(status: ConversationStatus): ConversationStatus {
  return status === 'new' ? 'new' : 'waiting_us';
}
