import { Alert, CircularProgress } from '@mui/material';
import { maxLength, minLength, required, TextInput, useTranslate } from 'react-admin';
import { usePaymentProvider } from '../../components/usePaymentProvider.ts';
import { RefundActionDialog } from './RefundActionDialog.tsx';
import type { Order, Refund } from './refundTypes.ts';
import { useFormatters } from './useFormatters.ts';
import { useRefundAction } from './useRefundAction.ts';

interface PayoutValues extends Record<string, unknown> {
  reference: string | null;
}

/**
 * Manual provider: records the payout made in the payment provider's dashboard, by its reference (e.g. `re_…`).
 * Stripe: pays a failed refund again — a new attempt with a new idempotency key, queued for the payouts worker;
 * Stripe gives the reference, finance types none.
 */
export const PayoutDialog = ({ refund, order, onClose }: { refund: Refund; order: Order | undefined; onClose: () => void }) => {
  const translate = useTranslate();
  const { money, time } = useFormatters();
  const provider = usePaymentProvider();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.payout.${key}`, args);
  const action = useRefundAction(refund, 'payout', onClose);
  const method = translate(`enums.payment_method.${refund.payoutMethod ?? order?.paymentMethod ?? 'card'}`);
  const amount = money(refund.amountCents ?? 0);
  const viaProvider = provider === 'stripe';

  const fields =
    provider === undefined ? (
      <CircularProgress size={20} />
    ) : viaProvider ? (
      <Alert severity="info" data-testid="payout-through-provider">
        {t('retry_what', { amount, method, payment: order?.paymentReference ?? '?', due: time(refund.payoutDueAt) })}
      </Alert>
    ) : (
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
      {viaProvider ? t('retry_question', { amount, method }) : t('question', { amount, method, reference: values.reference?.trim() ?? '' })}
    </Alert>
  );

  const confirm = (values: PayoutValues) => {
    void action.confirm(viaProvider ? {} : { reference: values.reference?.trim() ?? '' }, (result) =>
      result.status === 'paid_out'
        ? { message: 'resources.refunds.payout.success', args: { amount } }
        : result.status === 'payout_pending'
          ? { message: 'resources.refunds.payout.queued', args: { amount } }
          : { message: 'resources.refunds.payout.recorded_failed', args: { reason: result.failureReason ?? '' } },
    );
  };

  return (
    <RefundActionDialog<PayoutValues>
      action={action}
      labels={viaProvider ? 'payout_retry' : 'payout'}
      name="payout"
      title={viaProvider ? t('retry_title', { id: refund.id }) : t('title', { id: refund.id })}
      initialValues={{ reference: null }}
      fields={fields}
      question={question}
      confirmColor="success"
      reviewDisabled={provider === undefined}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
};
