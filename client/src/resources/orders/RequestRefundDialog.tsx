import { Alert, Typography } from '@mui/material';
import { BooleanInput, maxLength, minLength, required, TextInput, useNotify, useRefresh, useTranslate, type Validator } from 'react-admin';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { TimestampInput } from '../../components/TimestampInput.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import { RefundFailure } from '../refunds/RefundFailure.tsx';
import type { Order, Refund } from '../refunds/refundTypes.ts';
import { useFormatters } from '../refunds/useFormatters.ts';

interface RequestValues extends Record<string, unknown> {
  reason: string | null;
  receivedAt: string | null;
  lostOrStolenDevice: boolean;
}

const notInFuture: Validator = (value: unknown) =>
  typeof value === 'string' && Date.parse(value) > Date.now() ? 'resources.refunds.request.received_in_future' : undefined;

/** Now, to the minute (what a datetime input shows), so that the default is never in the future. */
const thisMinute = () => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();

/**
 * An agent logs a refund request the customer made by e-mail or phone: the API computes the
 * verdict and the decision deadline from the time it was received, and tells the customer.
 */
export const RequestRefundDialog = ({ order, onClose }: { order: Order; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { time } = useFormatters();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.request.${key}`, args);
  const action = useIdempotentAction<Refund>('orders', order.id, 'request-refund');

  const fields = (
    <>
      <TextInput source="reason" label="resources.refunds.form.customerReason" multiline minRows={3} fullWidth validate={[required(), minLength(3), maxLength(2000)]} helperText={t('reason_hint')} />
      <TimestampInput source="receivedAt" label="resources.refunds.form.receivedAt" validate={[required(), notInFuture]} helperText={t('received_hint')} />
      <BooleanInput source="lostOrStolenDevice" label="resources.refunds.form.lostOrStolenDevice" helperText={t('lost_hint')} />
    </>
  );

  const question = (values: RequestValues) => (
    <>
      <Alert severity="info" data-testid="request-question">{t('question', { order: order.id, at: time(values.receivedAt) })}</Alert>
      <Typography variant="body2" sx={{ mt: 2, overflowWrap: 'anywhere' }}><strong>{translate('resources.refunds.form.customerReason')}:</strong> {values.reason}</Typography>
      {values.lostOrStolenDevice && <Typography variant="body2" sx={{ mt: 1 }}>{t('lost_yes')}</Typography>}
    </>
  );

  const confirm = async (values: RequestValues) => {
    const outcome = await action.run({ reason: values.reason?.trim() ?? '', receivedAt: values.receivedAt, lostOrStolenDevice: values.lostOrStolenDevice });
    if (!outcome.ok) return;
    const eligibility = translate(`enums.refund_eligibility.${outcome.data.eligibility}`);
    notify('resources.refunds.request.success', { type: 'success', messageArgs: { id: outcome.data.id, eligibility } });
    refresh();
    onClose();
  };

  return (
    <ActionDialog<RequestValues>
      name="request-refund"
      title={t('title', { id: order.id })}
      initialValues={{ reason: null, receivedAt: thisMinute(), lostOrStolenDevice: false }}
      fields={fields}
      question={question}
      reviewLabel={translate('resources.refunds.dialog.review')}
      confirmLabel={t('confirm')}
      runningLabel={t('running')}
      isPending={action.isPending}
      failure={<RefundFailure failure={action.failure} />}
      onBack={action.clearFailure}
      onConfirm={(values) => void confirm(values)}
      onClose={onClose}
    />
  );
};
