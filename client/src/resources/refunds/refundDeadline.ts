import { parisDate } from '../../../../server/domain/calendar.ts';
import type { Refund } from './refundTypes.ts';
import { refundClock } from '../../../../server/domain/refunds/refundStates.ts';

export type Urgency = 'overdue' | 'due_today';

/**
 * The legal deadline the case is running against: the decision (5 working days after receipt)
 * while it is undecided, the payout (30 days after the decision) while it is owed; none once closed.
 */
export function runningDeadline(refund: Pick<Refund, 'status' | 'decisionDueAt' | 'payoutDueAt'>): string | null {
  const clock = refundClock(refund.status);
  return clock === 'decision' ? refund.decisionDueAt : clock === 'payout' ? refund.payoutDueAt : null;
}

/** The last clock of a closed case and when its step was done: a payout by its due date, a rejection by its decision date. */
export function closedClock(
  refund: Pick<Refund, 'status' | 'decisionDueAt' | 'decidedAt' | 'payoutDueAt' | 'paidOutAt'>,
): { deadline: string | null; doneAt: string | null } | null {
  if (refund.status === 'paid_out') return { deadline: refund.payoutDueAt, doneAt: refund.paidOutAt };
  if (refund.status === 'rejected') return { deadline: refund.decisionDueAt, doneAt: refund.decidedAt };
  return null;
}

/** Past the deadline, or due before the end of today in Europe/Paris (the calendar the terms count in). */
export function urgencyOf(deadline: string | null | undefined, now: Date = new Date()): Urgency | null {
  if (!deadline) return null;
  const due = new Date(deadline);
  if (Number.isNaN(due.getTime())) return null;
  if (due.getTime() < now.getTime()) return 'overdue';
  return parisDate(due) === parisDate(now) ? 'due_today' : null;
}

/** Whether the step was done by its deadline (a closed clock): met, late, or still running. */
export function metDeadline(doneAt: string | null, deadline: string | null): boolean | null {
  if (!doneAt || !deadline) return null;
  return new Date(doneAt).getTime() <= new Date(deadline).getTime();
}

/** Europe/Paris calendar days from one instant's date to another's ("requested 31 days after the order"). */
export function parisDaysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.parse(`${parisDate(new Date(iso))}T00:00:00Z`);
  return Math.round((day(to) - day(from)) / 86_400_000);
}
