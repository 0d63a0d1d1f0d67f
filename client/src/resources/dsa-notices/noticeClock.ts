import type { DsaNotice } from './noticeTypes.ts';

// server/domain/dsa/noticeRules.ts (DECISION_TARGET_HOURS, CLAIM_MINUTES); not imported, as that module
// brings zod into the console's bundle. test/client/moderation-dsa-notices.test.tsx checks they agree.
export const DECISION_TARGET_HOURS = 72;
export const CLAIM_MINUTES = 30;

/** Below this, a running notice is flagged "due soon" (a quarter of the 72-hour target). */
export const DUE_SOON_HOURS = 18;
const MINUTE = 60_000;

export type ClockState = 'running' | 'due_soon' | 'overdue' | 'met' | 'late';

export interface NoticeClock {
  state: ClockState;
  /** Running: minutes left (negative once overdue). Decided: minutes from receipt to decision. */
  minutes: number;
}

const undecided = (status: DsaNotice['status']) => status === 'received' || status === 'in_review';

/**
 * The 72-hour decision target (docs/TRUST-SAFETY.md "Priority and SLA"): time left while undecided,
 * overdue once past; once decided, how long it took and whether the target was met.
 */
export function noticeClock(notice: Pick<DsaNotice, 'status' | 'receivedAt' | 'decisionDueAt' | 'decidedAt'>, now: Date): NoticeClock {
  const due = Date.parse(notice.decisionDueAt);
  if (undecided(notice.status) || !notice.decidedAt) {
    const minutes = Math.floor((due - now.getTime()) / MINUTE);
    if (minutes < 0) return { state: 'overdue', minutes };
    return { state: minutes < DUE_SOON_HOURS * 60 ? 'due_soon' : 'running', minutes };
  }
  const decided = Date.parse(notice.decidedAt);
  return { state: decided <= due ? 'met' : 'late', minutes: Math.round((decided - Date.parse(notice.receivedAt)) / MINUTE) };
}

/** A duration as days, hours and minutes, the two largest units only: "2 d 5 h", "5 h 20 min", "12 min". */
export function durationParts(minutes: number): { days: number; hours: number; minutes: number } {
  const total = Math.abs(minutes);
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

export type ClaimState = 'free' | 'mine' | 'other' | 'lapsed';

/** Who holds the notice (the row lock of docs/TRUST-SAFETY.md): another moderator's claim lapses after 30 minutes. */
export function claimState(
  notice: Pick<DsaNotice, 'status' | 'lockedByStaffId' | 'lockedAt'>,
  me: number | undefined,
  now: Date,
): ClaimState {
  if (!undecided(notice.status) || notice.lockedByStaffId == null) return 'free';
  if (me !== undefined && notice.lockedByStaffId === me) return 'mine';
  if (notice.lockedAt && now.getTime() - Date.parse(notice.lockedAt) >= CLAIM_MINUTES * MINUTE) return 'lapsed';
  return 'other';
}

/** When a claim lapses (claimed at + 30 minutes). */
export const claimLapsesAt = (lockedAt: string): Date => new Date(Date.parse(lockedAt) + CLAIM_MINUTES * MINUTE);

export const isUndecided = (notice: Pick<DsaNotice, 'status'>) => undecided(notice.status);
