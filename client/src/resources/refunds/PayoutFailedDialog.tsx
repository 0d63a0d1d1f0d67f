import { Alert } from '@mui/material';
import { maxLength, minLength, required, TextInput, useTranslate } from 'react-admin';
import { RefundActionDialog } from './RefundActionDialog.tsx';
import type { Refund } from './refundTypes.ts';
import { useFormatters } from './useFormatters.ts';
import { useRefundAction } from './useRefundAction.ts';

interface PayoutFailedValues extends Record<string, unknown> {
  reason: string | null;
}

/**
 * Records that the provider reports the payout failed, even after it first succeeded (docs/MONEY.md
 * §5.5): the case reopens as "Payout failed", still owed by its payout date.
 */
export const PayoutFailedDialog = ({ refund, onClose }: { refund: Refund; onClose: () => void }) => {
  const translate = useTranslate();
  const { money, time } = useFormatters();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.payout_failed.${key}`, args);
  const action = useRefundAction(refund, 'payout-failed', onClose);
  const amount = money(refund.amountCents ?? 0);

  const fields = (
    <TextInput
      source="reason"
      label="resources.refunds.form.reason"
      multiline
      minRows={2}
      fullWidth
      validate={[required(), minLength(3), maxLength(1000)]}
      helperText={t('reason_hint')}
    />
  );

  const question = (values: PayoutFailedValues) => (
    <Alert severity="warning" data-testid="payout-failed-question">
      {t('question', { amount, reason: values.reason?.trim() ?? '', due: time(refund.payoutDueAt) })}
    </Alert>
  );

  const confirm = (values: PayoutFailedValues) => {
    void action.confirm({ reason: values.reason?.trim() ?? '' }, () => ({
      message: 'resources.refunds.payout_failed.success',
      args: { id: refund.id },
    }));
  };

  return (
    <RefundActionDialog<PayoutFailedValues>
      action={action}
      labels="payout_failed"
      name="payout-failed"
      title={t('title', { id: refund.id })}
      initialValues={{ reason: null }}
      fields={fields}
      question={question}
      confirmColor="error"
      onConfirm={confirm}
      onClose={onClose}
    />
  );
};
