// The shape of a workflow table (refunds, transfers, DSA notices, reviews): each state says whether the
// case is still open and which moves leave it; each move says where it may end and who may make it.
// One table per workflow, in its domain folder; services refuse a move from the wrong state with the
// move's own code, and the console offers only the moves the table and the role allow.
import type { Role } from './enums.ts';

export interface WorkflowState<Move extends string> {
  /** Still waiting for someone's work (counted in queues and open lists). */
  open: boolean;
  moves: readonly Move[];
}

export interface WorkflowMove<Status extends string> {
  to: readonly Status[];
  /** Who may make it (admin too, as everywhere); empty for moves only the system makes (the provider, a job). */
  roles: readonly Role[];
  /** The refusal code when the record is in a state the move does not leave from. */
  wrongState: string;
}

export interface Workflow<Status extends string, Move extends string, State extends WorkflowState<Move> = WorkflowState<Move>> {
  /** What the record is called in a refusal ("This refund is …"). */
  noun: string;
  states: Record<Status, State>;
  moves: Record<Move, WorkflowMove<Status>>;
}

export function defineWorkflow<Status extends string, Move extends string, State extends WorkflowState<Move>>(
  workflow: Workflow<Status, Move, State>,
): Workflow<Status, Move, State> {
  return workflow;
}

/** The statuses whose state passes `test`, in the table's order. */
export function statusesWhere<Status extends string, State>(states: Record<Status, State>, test: (state: State) => boolean): Status[] {
  return (Object.keys(states) as Status[]).filter((status) => test(states[status]));
}

/** The states a move leaves from. */
export function movableFrom<Status extends string, Move extends string>(workflow: Workflow<Status, Move>, move: Move): Status[] {
  return statusesWhere(workflow.states, (s) => s.moves.includes(move));
}

/** Why `move` cannot be made on a record in `status` (the move's refusal code and the words), or null. */
export function moveRefusal<Status extends string, Move extends string>(
  workflow: Workflow<Status, Move>,
  move: Move,
  status: Status,
): { code: string; message: string } | null {
  if (workflow.states[status]?.moves.includes(move)) return null;
  const from = movableFrom(workflow, move).join(' or ') || 'never';
  return {
    code: workflow.moves[move].wrongState,
    message: `This ${workflow.noun} is ${status}: "${move.replaceAll('_', ' ')}" applies only to a ${workflow.noun} that is ${from}`,
  };
}
