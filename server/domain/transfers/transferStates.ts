// The transfer workflow as one table (seed 000): a transfer to an address nobody uses waits (pending)
// until that address registers; delivered, it is final — support fixes an address error by redirecting
// it to the address meant or reversing it to the sender, once (redirected and reversed are final).
import type { TRANSFER_STATUSES } from '../enums.ts';
import { defineWorkflow, moveRefusal, statusesWhere } from '../workflow.ts';

export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export type TransferMove = 'deliver' | 'redirect' | 'reverse';

export const TRANSFER_WORKFLOW = defineWorkflow<TransferStatus, TransferMove, { open: boolean; moves: readonly TransferMove[] }>({
  noun: 'transfer',
  states: {
    pending: { open: true, moves: ['deliver', 'redirect', 'reverse'] },
    delivered: { open: false, moves: ['redirect', 'reverse'] },
    redirected: { open: false, moves: [] },
    reversed: { open: false, moves: [] },
  },
  moves: {
    // Delivery happens when the recipient's address registers (the system, not a person).
    deliver: { to: ['delivered'], roles: [], wrongState: 'transfer_not_pending' },
    redirect: { to: ['redirected'], roles: ['support'], wrongState: 'transfer_already_fixed' },
    reverse: { to: ['reversed'], roles: ['support'], wrongState: 'transfer_already_fixed' },
  },
});

/** Transfers still waiting for their recipient (the support queue "awaiting a fix"). */
export const OPEN_TRANSFER_STATUSES = statusesWhere(TRANSFER_WORKFLOW.states, (s) => s.open);

export function transferMoveRefusal(move: TransferMove, status: TransferStatus): { code: string; message: string } | null {
  return moveRefusal(TRANSFER_WORKFLOW, move, status);
}
