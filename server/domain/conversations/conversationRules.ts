// The support inbox's rules (docs/CONVERSATIONS.md, docs/RULES.md "Conversations"): the first-response
// clock in Paris working hours, one link per conversation, and who holds a claim.
import { parisDate, startOfParisDay } from '../calendar.ts';
import { addDays, isWorkingDay } from '../refunds/clocks.ts';

/** The team's working hours, Paris time, on French working days (Monday to Friday, not a public holiday). */
export const WORKING_HOURS = { start: 9, end: 18 } as const;

/**
 * When the first answer is due: `hours` working hours after the message arrived, counting only
 * 9:00–18:00 Paris time on working days (a message at night or on a weekend starts the clock at the next opening).
 */
export function firstResponseDueAt(receivedAt: Date, hours: number): Date {
  let remaining = Math.round(hours * 60) * 60_000;
  let day = parisDate(receivedAt);
  let cursor = receivedAt.getTime();
  for (let guard = 0; guard < 3660; guard++) {
    if (isWorkingDay(day)) {
      const midnight = startOfParisDay(day).getTime();
      // Opening and closing as instants (DST: the Paris day's midnight plus wall-clock hours; no change happens 9:00–18:00).
      const open = midnight + WORKING_HOURS.start * 3_600_000;
      const close = midnight + WORKING_HOURS.end * 3_600_000;
      const from = Math.max(cursor, open);
      if (from < close) {
        if (from + remaining <= close) return new Date(from + remaining);
        remaining -= close - from;
      }
    }
    day = addDays(day, 1);
    cursor = startOfParisDay(day).getTime();
  }
  throw new Error('first response clock did not end within ten years');
}

/** Whether the first answer is late: due and not given (an answer given after the deadline stays late). */
export function firstResponseLate(dueAt: Date, respondedAt: Date | null, now: Date): boolean {
  return (respondedAt ?? now).getTime() > dueAt.getTime();
}

export interface ConversationLink {
  orderId?: number;
  accountPlanId?: number;
  transferId?: number;
}

/** A message is about one thing at most: an order, a plan or a transfer. */
export function linkProblem(link: ConversationLink): string | null {
  const set = [link.orderId, link.accountPlanId, link.transferId].filter((x) => x != null).length;
  return set > 1 ? 'link one order, one plan or one transfer at most' : null;
}

/** Another agent holds the claim: only they (or an admin, releasing) may work on the conversation. Claims do not expire. */
export function claimedByOther(claimedBy: number | null, me: number): boolean {
  return claimedBy != null && claimedBy !== me;
}
