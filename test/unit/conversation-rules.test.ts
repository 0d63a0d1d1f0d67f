import { describe, expect, test } from 'vitest';
import { claimedByOther, firstResponseDueAt, firstResponseLate, linkProblem } from '../../server/domain/conversations/conversationRules.ts';
import {
  CONVERSATION_WORKFLOW,
  conversationMoveRefusal,
  OPEN_CONVERSATION_STATUSES,
  OUR_TURN_CONVERSATION_STATUSES,
  statusAfterCustomerMessage,
} from '../../server/domain/conversations/conversationStates.ts';
import { SAVED_REPLIES, savedReply } from '../../server/domain/conversations/savedReplies.ts';
import { CONVERSATION_STATUSES } from '../../server/domain/enums.ts';

const due = (at: string, hours = 8) => firstResponseDueAt(new Date(at), hours).toISOString();

describe('the first-response clock counts Paris working hours (9:00–18:00, Monday to Friday, not a public holiday)', () => {
  test('a message at 10:00 on a Monday is due at 18:00 the same day', () => {
    expect(due('2026-12-07T09:00:00Z')).toBe('2026-12-07T17:00:00.000Z');
  });
  test('a message on Friday at 15:00 carries five hours over the weekend: due Monday 14:00', () => {
    expect(due('2026-12-11T14:00:00Z')).toBe('2026-12-14T13:00:00.000Z');
  });
  test('a message on a Saturday night starts the clock on Monday at 9:00', () => {
    expect(due('2026-12-12T22:30:00Z')).toBe('2026-12-14T16:00:00.000Z');
  });
  test('a message after closing starts the clock the next morning', () => {
    expect(due('2026-12-08T19:00:00Z', 2)).toBe('2026-12-09T10:00:00.000Z');
  });
  test('Christmas Day (a public holiday) and the weekend are skipped', () => {
    expect(due('2026-12-24T16:00:00Z')).toBe('2026-12-28T15:00:00.000Z');
  });
  test('summer time: 9:00 Paris is 7:00 UTC', () => {
    expect(due('2026-07-01T07:00:00Z', 2)).toBe('2026-07-01T09:00:00.000Z');
  });
  test('late once the deadline passed without an answer; an answer after it stays late', () => {
    const dueAt = new Date('2026-12-07T17:00:00Z');
    expect(firstResponseLate(dueAt, null, new Date('2026-12-07T16:59:00Z'))).toBe(false);
    expect(firstResponseLate(dueAt, null, new Date('2026-12-07T17:01:00Z'))).toBe(true);
    expect(firstResponseLate(dueAt, new Date('2026-12-07T16:00:00Z'), new Date('2026-12-09T00:00:00Z'))).toBe(false);
    expect(firstResponseLate(dueAt, new Date('2026-12-08T09:00:00Z'), new Date('2026-12-09T00:00:00Z'))).toBe(true);
  });
});

describe('a conversation is about one thing at most, and one agent works on it', () => {
  test('one order, one plan or one transfer; never two', () => {
    expect(linkProblem({})).toBeNull();
    expect(linkProblem({ transferId: 3 })).toBeNull();
    expect(linkProblem({ transferId: 3, orderId: 4 })).toMatch(/at most/);
  });
  test('a claim held by another agent stops me; mine or none does not', () => {
    expect(claimedByOther(null, 1)).toBe(false);
    expect(claimedByOther(1, 1)).toBe(false);
    expect(claimedByOther(2, 1)).toBe(true);
  });
});

describe('the conversation workflow table', () => {
  test('every status has a state; open ones are not resolved; our turn is new or waiting for us', () => {
    expect(Object.keys(CONVERSATION_WORKFLOW.states).sort()).toEqual([...CONVERSATION_STATUSES].sort());
    expect(OPEN_CONVERSATION_STATUSES).toEqual(['new', 'waiting_us', 'waiting_customer']);
    expect(OUR_TURN_CONVERSATION_STATUSES).toEqual(['new', 'waiting_us']);
  });
  test('a resolved conversation is reopened, not answered or claimed; an open one is not reopened', () => {
    expect(conversationMoveRefusal('answer', 'resolved')?.code).toBe('conversation_resolved');
    expect(conversationMoveRefusal('claim', 'resolved')?.code).toBe('conversation_resolved');
    expect(conversationMoveRefusal('reopen', 'resolved')).toBeNull();
    expect(conversationMoveRefusal('reopen', 'waiting_us')?.code).toBe('not_resolved');
    expect(conversationMoveRefusal('resolve', 'resolved')?.code).toBe('already_resolved');
    expect(conversationMoveRefusal('wait_customer', 'waiting_customer')?.code).toBe('not_waiting_us');
  });
  test('a customer writing again moves the conversation back to us; an unanswered one stays new', () => {
    expect(statusAfterCustomerMessage('new')).toBe('new');
    expect(statusAfterCustomerMessage('waiting_customer')).toBe('waiting_us');
    expect(statusAfterCustomerMessage('resolved')).toBe('waiting_us');
    for (const s of CONVERSATION_STATUSES) expect(conversationMoveRefusal('customer_writes', s)).toBeNull();
  });
  test('every saved reply exists in French and English', () => {
    for (const r of SAVED_REPLIES) {
      expect(r.text.fr.length).toBeGreaterThan(20);
      expect(r.text.en.length).toBeGreaterThan(20);
      expect(savedReply(r.id)).toBe(r);
    }
    expect(savedReply('nope')).toBeUndefined();
  });
});
