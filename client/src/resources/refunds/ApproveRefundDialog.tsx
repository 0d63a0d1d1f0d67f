import { Alert, Typography } from '@mui/material';
import { required, TextInput, useTranslate } from 'react-admin';
import { EuroInput } from '../../components/EuroInput.tsx';
import { approveTerms, reasonForOutsidePolicy, withinCap } from './approveRules.ts';
import { RefundActionDialog } from './RefundActionDialog.tsx';
import type { Order, Refund, RefundApproval } from './refundTypes.ts';
import { useFormatters } from './useFormatters.ts';
import { useRefundAction } from './useRefundAction.ts';

interface ApproveRefundDialogProps {
  refund: Refund;
  order: Order;
  approvals: RefundApproval[];
  onClose: () => void;
}

interface ApproveValues extends Record<string, unknown> {
  amountCents: number;
  /** react-admin stores an emptied text input as null. */
  note: string | null;
}

/**
 * Grants the refund: the amount pre-filled and capped as the terms say (Stripe, Medusa), a note
 * (required outside the terms). Above the four-eyes threshold the API waits for a second approver.
 */
export const ApproveRefundDialog = ({ refund, order, approvals, onClose }: ApproveRefundDialogProps) => {
  const translate = useTranslate();
  const { money } = useFormatters();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.approve.${key}`, args);
  const action = useRefundAction(refund, 'approve', onClose);
  const terms = approveTerms(refund, order, approvals);
  const method = translate(`enums.payment_method.${order.paymentMethod}`);

  const fields = (
    <>
      {terms.second ? (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="approve-second">
          {t('second_amount', { amount: money(terms.second.amountCents), name: terms.second.staffName })}
        </Alert>
      ) : (
        <EuroInput
          source="amountCents"
          label="resources.refunds.form.amountCents"
          validate={[required(), withinCap(terms.capCents, money(terms.capCents))]}
          helperText={t(terms.outsidePolicy ? 'cap_refundable' : 'cap_proposed', { cap: money(terms.capCents) })}
        />
      )}
      {terms.outsidePolicy && <Alert severity="warning" sx={{ mb: 2 }}>{t('outside_policy')}</Alert>}
      <TextInput
        source="note"
        label="resources.refunds.form.note"
        multiline
        minRows={2}
        fullWidth
        validate={terms.outsidePolicy ? reasonForOutsidePolicy : undefined}
        helperText={terms.outsidePolicy ? t('note_required') : false}
      />
    </>
  );

  const question = (values: ApproveValues) => (
    <>
      <Alert severity="warning" data-testid="approve-question">
        {terms.second
          ? t('question_second', { amount: money(values.amountCents), name: terms.second.staffName })
          : t('question', { amount: money(values.amountCents), order: order.id, method })}
      </Alert>
      {!terms.second && <Typography variant="body2" sx={{ mt: 2 }}>{t('four_eyes_hint')}</Typography>}
      {values.note?.trim() && <Typography variant="body2" sx={{ mt: 1, overflowWrap: 'anywhere' }}><strong>{translate('resources.refunds.form.note')}:</strong> {values.note.trim()}</Typography>}
    </>
  );

  const confirm = (values: ApproveValues) => {
    const note = values.note?.trim() ?? '';
    void action.confirm({ amountCents: values.amountCents, ...(note ? { note } : {}) }, (result) => ({
      message: result.status === 'awaiting_second_approval' ? 'resources.refunds.approve.success_four_eyes' : 'resources.refunds.approve.success',
      args: { amount: money(values.amountCents) },
    }));
  };

  return (
    <RefundActionDialog<ApproveValues>
      action={action}
      labels="approve"
      name="approve"
      title={t(terms.second ? 'title_second' : 'title', { id: refund.id })}
      initialValues={{ amountCents: terms.prefillCents, note: '' }}
      fields={fields}
      question={question}
      confirmColor="success"
      onConfirm={confirm}
      onClose={onClose}
    />
  );
};
