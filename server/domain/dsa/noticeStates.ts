// The DSA notice workflow as one table (Art. 16): received → claimed for review → decided → closed.
import type { DSA_NOTICE_STATUSES } from '../enums.ts';
import { defineWorkflow, moveRefusal, statusesWhere } from '../workflow.ts';

export type NoticeStatus = (typeof DSA_NOTICE_STATUSES)[number];
export type NoticeMove = 'claim' | 'release' | 'decide';

export const NOTICE_WORKFLOW = defineWorkflow<NoticeStatus, NoticeMove, { open: boolean; moves: readonly NoticeMove[] }>({
  noun: 'notice',
  states: {
    received: { open: true, moves: ['claim', 'decide'] },
    in_review: { open: true, moves: ['claim', 'release', 'decide'] },
    decided: { open: false, moves: [] },
    closed: { open: false, moves: [] },
  },
  moves: {
    claim: { to: ['in_review'], roles: ['moderator'], wrongState: 'already_decided' },
    release: { to: ['received'], roles: ['moderator'], wrongState: 'already_decided' },
    decide: { to: ['decided'], roles: ['moderator'], wrongState: 'already_decided' },
  },
});

/** Notices still waiting for a decision (their 72-hour clock runs). */
export const OPEN_NOTICE_STATUSES = statusesWhere(NOTICE_WORKFLOW.states, (s) => s.open);

export function noticeMoveRefusal(move: NoticeMove, status: NoticeStatus): { code: string; message: string } | null {
  return moveRefusal(NOTICE_WORKFLOW, move, status);
}
