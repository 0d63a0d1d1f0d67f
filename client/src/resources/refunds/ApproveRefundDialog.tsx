import { Alert, Typography } from '@mui/material';
import { required, TextInput, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../../../../server/domain/enums.ts';
import { EuroInput } from '../../components/EuroInput.tsx';
import { approveTerms, reasonForOutsidePolicy, withinCap } from './approveRules.ts';
import { DecisionAssessment } from './DecisionAssessment.tsx';
import { FourEyesHint } from './FourEyesHint.tsx';
import { RefundActionDialog } from './RefundActionDialog.tsx';
import type { Order, Refund, RefundApproval } from './refundTypes.ts';
import { useFormatters } from './useFormatters.ts';
import { useRefundAction } from './useRefundAction.ts';
import { useRefundAssessment } from './useRefundAssessment.ts';
import { isAdmin } from '../../../../server/domain/permissions.ts';

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
 * Grants the refund on the facts as they are now (docs/RULES.md "Refunds"): the verdict when asked beside
 * the verdict now, the amount pre-filled and capped by now's (Stripe, Medusa), a note (required
 * outside the terms, which only an admin may approve). Above the four-eyes threshold the API waits
 * for a second approver, who confirms the first amount or less.
 */
export const ApproveRefundDialog = ({ refund, order, approvals, onClose }: ApproveRefundDialogProps) => {
  const translate = useTranslate();
  const { money } = useFormatters();
  const { permissions } = usePermissions<Role[]>();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.approve.${key}`, args);
  const action = useRefundAction(refund, 'approve', onClose);
  const assessment = useRefundAssessment(refund.id);
  // Until the assessment answers (or if it cannot), the verdict stored on the case; the API re-assesses anyway.
  const now = assessment.data?.now.verdict ?? {
    eligibility: refund.eligibility,
    reasons: refund.eligibilityReasons,
    proposedAmountCents: refund.proposedAmountCents,
  };
  const terms = approveTerms(now, order, refund.status, approvals, isAdmin(permissions ?? []));
  const loading = !assessment.data && !assessment.error;
  const method = translate(`enums.payment_method.${order.paymentMethod}`);
  const reasons = now.reasons.map((r) => translate(`resources.refunds.verdict.short.${r}`, { _: r })).join(', ');

  const fields = (
    <>
      <DecisionAssessment assessment={assessment.data} isFetching={assessment.isFetching} error={assessment.error} />
      {terms.second && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="approve-second">
          {t('second_amount', { amount: money(terms.second.amountCents), name: terms.second.staffName })}
        </Alert>
      )}
      {terms.adminOnly ? (
        <Alert severity="error" data-testid="approve-admin-only">
          {t('admin_only_now', { reasons })}
        </Alert>
      ) : (
        !loading && (
          <>
            {terms.outsidePolicy && (
              <Alert severity="warning" sx={{ mb: 2 }} data-testid="approve-outside-policy">
                {t('outside_policy', { reasons })}
              </Alert>
            )}
            <EuroInput
              source="amountCents"
              label="resources.refunds.form.amountCents"
              validate={[required(), withinCap(terms.capCents, money(terms.capCents))]}
              helperText={t(`cap_${terms.capBy}`, { cap: money(terms.capCents) })}
            />
            <TextInput
              source="note"
              label="resources.refunds.form.note"
              multiline
              minRows={2}
              fullWidth
              validate={terms.outsidePolicy ? reasonForOutsidePolicy : undefined}
              helperText={terms.outsidePolicy ? t('note_required') : false}
            />
            {!terms.second && <FourEyesHint />}
          </>
        )
      )}
    </>
  );

  const question = (values: ApproveValues) => (
    <>
      <Alert severity="warning" data-testid="approve-question">
        {terms.second
          ? t('question_second', { amount: money(values.amountCents), name: terms.second.staffName })
          : t('question', { amount: money(values.amountCents), order: order.id, method })}
      </Alert>
      {!terms.second && <FourEyesHint amountCents={values.amountCents} />}
      {values.note?.trim() && (
        <Typography variant="body2" sx={{ mt: 1, overflowWrap: 'anywhere' }}>
          <strong>{translate('resources.refunds.form.note')}:</strong> {values.note.trim()}
        </Typography>
      )}
    </>
  );

  const confirm = (values: ApproveValues) => {
    const note = values.note?.trim() ?? '';
    void action.confirm({ amountCents: values.amountCents, ...(note ? { note } : {}) }, (result) => ({
      message:
        result.status === 'awaiting_second_approval' ? 'resources.refunds.approve.success_four_eyes' : 'resources.refunds.approve.success',
      args: { amount: money(values.amountCents) },
    }));
  };

  return (
    <RefundActionDialog<ApproveValues>
      // Started again once the facts are known, so that the amount starts at what the terms allow now.
      key={loading ? 'loading' : 'assessed'}
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
      reviewDisabled={loading || terms.adminOnly}
      maxWidth="md"
    />
  );
};
