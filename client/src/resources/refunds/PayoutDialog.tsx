import { Alert } from '@mui/material';
import { maxLength, minLength, required, TextInput, useTranslate } from 'react-admin';
import { RefundActionDialog } from './RefundActionDialog.tsx';
import type { Order, Refund } from './refundTypes.ts';
import { useFormatters } from './useFormatters.ts';
import { useRefundAction } from './useRefundAction.ts';

interface PayoutValues extends Record<string, unknown> {
  reference: string | null;
}

/** Records the payout made in the payment provider's dashboard, by its reference (e.g. Stripe's `re_…`). */
export const PayoutDialog = ({ refund, order, onClose }: { refund: Refund; order: Order | undefined; onClose: () => void }) => {
  const translate = useTranslate();
  const { money, time } = useFormatters();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.payout.${key}`, args);
  const action = useRefundAction(refund, 'payout', onClose);
  const method = translate(`enums.payment_method.${refund.payoutMethod ?? order?.paymentMethod ?? 'card'}`);
  const amount = money(refund.amountCents ?? 0);

  const fields = (
    <>
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('what', { amount, method, payment: order?.paymentReference ?? '?', due: time(refund.payoutDueAt) })}
      </Alert>
      <TextInput
        source="reference"
        label="resources.refunds.form.reference"
        fullWidth
        validate={[required(), minLength(3), maxLength(120)]}
        helperText={t('reference_hint')}
      />
    </>
  );

  const question = (values: PayoutValues) => (
    <Alert severity="warning" data-testid="payout-question">
      {t('question', { amount, method, reference: values.reference?.trim() ?? '' })}
    </Alert>
  );

  const confirm = (values: PayoutValues) => {
    void action.confirm({ reference: values.reference?.trim() ?? '' }, (result) =>
      result.status === 'paid_out'
        ? { message: 'resources.refunds.payout.success', args: { amount } }
        : { message: 'resources.refunds.payout.recorded_failed', args: { reason: result.failureReason ?? '' } },
    );
  };

  return (
    <RefundActionDialog<PayoutValues>
      action={action}
      labels="payout"
      name="payout"
      title={t('title', { id: refund.id })}
      initialValues={{ reference: null }}
      fields={fields}
      question={question}
      confirmColor="success"
      onConfirm={confirm}
      onClose={onClose}
    />
  );
};
