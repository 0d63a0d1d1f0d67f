// The customer-complaint workflow as one table (GCU §14, GCS §14, §18; docs/ACCOUNTS.md "Complaints"):
// a written complaint is logged and acknowledged at once, an agent takes it, answers it (an outcome and
// the words sent), and closes it — or, when the customer says they are not satisfied, sends them the
// consumer mediator's details. Services, stats, the console's buttons and its clocks read this table.
import type { CUSTOMER_COMPLAINT_STATUSES } from '../enums.ts';
import { defineWorkflow, moveRefusal, statusesWhere, type WorkflowState } from '../workflow.ts';

export type ComplaintStatus = (typeof CUSTOMER_COMPLAINT_STATUSES)[number];
export type ComplaintMove = 'start' | 'answer' | 'refer_mediator' | 'close';

export interface ComplaintState extends WorkflowState<ComplaintMove> {
  /** The answer clock runs (setting complaint_answer_days). */
  clock: boolean;
}

export const COMPLAINT_WORKFLOW = defineWorkflow<ComplaintStatus, ComplaintMove, ComplaintState>({
  noun: 'complaint',
  states: {
    // Logged (by an agent or from the app) and acknowledged to the customer in the same transaction.
    acknowledged: { open: true, clock: true, moves: ['start', 'answer'] },
    in_progress: { open: true, clock: true, moves: ['answer'] },
    // Answered: closed by the agent, or the customer is not satisfied and gets the mediator's details.
    answered: { open: false, clock: false, moves: ['refer_mediator', 'close'] },
    referred_to_mediator: { open: false, clock: false, moves: [] },
    closed: { open: false, clock: false, moves: [] },
  },
  moves: {
    start: { to: ['in_progress'], roles: ['support'], wrongState: 'complaint_already_started' },
    answer: { to: ['answered'], roles: ['support'], wrongState: 'complaint_already_answered' },
    refer_mediator: { to: ['referred_to_mediator'], roles: ['support'], wrongState: 'complaint_not_answered' },
    close: { to: ['closed'], roles: ['support'], wrongState: 'complaint_not_answered' },
  },
});

export const COMPLAINT_STATES = COMPLAINT_WORKFLOW.states;
/** Complaints still waiting for an answer (the queue's count, the dashboard card). */
export const OPEN_COMPLAINT_STATUSES = statusesWhere(COMPLAINT_STATES, (s) => s.open);

export function complaintMoveRefusal(move: ComplaintMove, status: ComplaintStatus): { code: string; message: string } | null {
  return moveRefusal(COMPLAINT_WORKFLOW, move, status);
}
