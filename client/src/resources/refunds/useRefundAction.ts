import { useNotify, useRefresh } from 'react-admin';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import type { Refund } from './refundTypes.ts';

/**
 * Someone else moved the case first, or the facts moved under the decision (the customer used or
 * sent data, another refund ate the order): show the case, and its assessment, as they are now.
 */
const STALE_CODES = [
  'refund_already_decided',
  'refund_not_payable',
  'refund_not_paying',
  'forbidden',
  'amount_above_proposal',
  'amount_exceeds_refundable',
  'amount_above_first_approval',
  'reason_required',
];

/**
 * A finance action on a case from its dialog: pessimistic, idempotent, then notify, refresh the
 * case (record, history, queue counts) and close. On a refusal the dialog stays open and says why.
 */
export function useRefundAction(refund: Refund, action: string, onClose: () => void) {
  const act = useIdempotentAction<Refund>('refunds', refund.id, action);
  const notify = useNotify();
  const refresh = useRefresh();

  const confirm = async (body: object, success: (result: Refund) => { message: string; args?: Record<string, unknown> }) => {
    const outcome = await act.run(body);
    if (outcome.ok) {
      const { message, args } = success(outcome.data);
      notify(message, { type: 'success', messageArgs: args });
      refresh();
      onClose();
    } else if (outcome.failure.code && STALE_CODES.includes(outcome.failure.code)) {
      refresh();
    }
  };

  return { ...act, confirm };
}
