import { Alert, Typography } from '@mui/material';
import { required, SelectInput, TextInput, useTranslate, type Validator } from 'react-admin';
import { DecisionAssessment } from './DecisionAssessment.tsx';
import { rejectCodeChoices } from './refundChoices.ts';
import { RefundActionDialog } from './RefundActionDialog.tsx';
import type { EligibilityReason, Refund, RejectCode } from './refundTypes.ts';
import { useRefundAction } from './useRefundAction.ts';
import { useRefundAssessment } from './useRefundAssessment.ts';

interface RejectValues extends Record<string, unknown> {
  reasonCode: RejectCode | null;
  note: string | null;
}

// The verdict's refusals that are also rejection codes: the likely reason, pre-selected.
const REASON_TO_CODE: Partial<Record<EligibilityReason, RejectCode>> = {
  late_request: 'late_request',
  data_used: 'data_used',
  lost_or_stolen_device: 'lost_or_stolen_device',
  promo_order: 'promo_order',
};

/** Stripe's rule: "Other" needs a note (the API refuses it with errors.note). */
const noteWithOther: Validator = (value: unknown, values: Record<string, unknown>) =>
  values.reasonCode === 'other' && (typeof value !== 'string' || value.trim().length < 3)
    ? 'resources.refunds.reject.note_required'
    : undefined;

/**
 * Rejects the request with a reason from the list (translated) and a note; the customer is told by
 * e-mail. The verdict when asked is shown beside the verdict now, whose refusal is pre-selected.
 */
export const RejectRefundDialog = ({ refund, onClose }: { refund: Refund; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.reject.${key}`, args);
  const action = useRefundAction(refund, 'reject', onClose);
  const assessment = useRefundAssessment(refund.id);
  const loading = !assessment.data && !assessment.error;
  const reasons = assessment.data?.now.verdict.reasons ?? refund.eligibilityReasons;
  const likely = reasons.map((reason) => REASON_TO_CODE[reason]).find((code) => code !== undefined) ?? null;

  const fields = (
    <>
      <DecisionAssessment assessment={assessment.data} isFetching={assessment.isFetching} error={assessment.error} />
      <SelectInput
        source="reasonCode"
        label="resources.refunds.form.reasonCode"
        choices={rejectCodeChoices}
        validate={required()}
        fullWidth
      />
      <TextInput
        source="note"
        label="resources.refunds.form.note"
        multiline
        minRows={2}
        fullWidth
        validate={noteWithOther}
        helperText={t('note_hint')}
      />
    </>
  );

  const question = (values: RejectValues) => (
    <>
      <Alert severity="warning" data-testid="reject-question">
        {t('question', { id: refund.id, reason: translate(`enums.refund_reject_code.${values.reasonCode ?? 'other'}`) })}
      </Alert>
      {values.note?.trim() && (
        <Typography variant="body2" sx={{ mt: 2, overflowWrap: 'anywhere' }}>
          <strong>{translate('resources.refunds.form.note')}:</strong> {values.note.trim()}
        </Typography>
      )}
    </>
  );

  const confirm = (values: RejectValues) => {
    const note = values.note?.trim() ?? '';
    void action.confirm({ reasonCode: values.reasonCode, ...(note ? { note } : {}) }, () => ({
      message: 'resources.refunds.reject.success',
      args: { id: refund.id },
    }));
  };

  return (
    <RefundActionDialog<RejectValues>
      // Started again once the facts are known, so that the reason they give now is the one pre-selected.
      key={loading ? 'loading' : 'assessed'}
      action={action}
      labels="reject"
      name="reject"
      title={t('title', { id: refund.id })}
      initialValues={{ reasonCode: likely, note: null }}
      fields={fields}
      question={question}
      confirmColor="error"
      onConfirm={confirm}
      onClose={onClose}
      reviewDisabled={loading}
      maxWidth="md"
    />
  );
};
