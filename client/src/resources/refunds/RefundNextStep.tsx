import { Alert, type AlertColor } from '@mui/material';
import { useTranslate } from 'react-admin';
import { runningDeadline, urgencyOf } from './refundDeadline.ts';
import { useFormatters } from './useFormatters.ts';
import { useRefundActionStates } from './useRefundActionStates.ts';

/**
 * Where the case stands and what comes next, in one sentence: whose turn it is, by when, and
 * why an action is not possible (e.g. "Waiting for a second approver: you approved it").
 */
export const RefundNextStep = () => {
  const { refund, approvals, staffId, order } = useRefundActionStates();
  const translate = useTranslate();
  const { money, time } = useFormatters();
  if (!refund) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.next.${key}`, args);
  const deadline = runningDeadline(refund);
  const urgency = urgencyOf(deadline);
  const due = time(deadline);
  const amount = money(refund.amountCents ?? refund.proposedAmountCents);
  const method = translate(`enums.payment_method.${refund.payoutMethod ?? order?.paymentMethod ?? 'card'}`);
  const first = approvals?.[0];

  let text: string;
  switch (refund.status) {
    case 'requested':
      text =
        refund.eligibility === 'not_eligible'
          ? t('requested_not_eligible', { due })
          : t('requested', { due, amount: money(refund.proposedAmountCents) });
      break;
    case 'awaiting_second_approval':
      if (first && first.staffId === staffId) text = t('awaiting_you_approved', { amount, due });
      else text = t('awaiting', { amount, name: first?.staffName ?? t('first_approver'), due });
      break;
    case 'approved':
      text = t('approved', { amount, method, due });
      break;
    case 'failed':
      text = t('failed', { reason: refund.failureReason ?? '?', due });
      break;
    case 'paid_out':
      text = t('paid_out', { amount, at: time(refund.paidOutAt), reference: refund.payoutReference ?? '—' });
      break;
    case 'payout_pending':
      text = t('payout_pending', { amount, method });
      break;
    case 'closed':
      text = t('closed');
      break;
    case 'rejected':
      text = t('rejected', {
        reason: translate(`enums.refund_reject_code.${refund.rejectReasonCode ?? 'other'}`),
        at: time(refund.decidedAt),
      });
      break;
  }
  const severity: AlertColor =
    urgency === 'overdue' ? 'error' : urgency === 'due_today' ? 'warning' : refund.status === 'paid_out' ? 'success' : 'info';
  return (
    <Alert severity={severity} sx={{ mb: 2 }} data-testid="refund-next-step">
      {urgency && <strong>{translate(`resources.refunds.urgency.${urgency}`)} · </strong>}
      {text}
    </Alert>
  );
};
