import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { composeReason, reasonIsComplete } from './fixReasons.ts';
import { FixConfirmStep } from './FixConfirmStep.tsx';
import { FixFormStep } from './FixFormStep.tsx';
import { FixResult } from './FixResult.tsx';
import type { FixPlan, FixPreview, Transfer } from './transferTypes.ts';
import { useFixForm, type FixForm } from './useFixForm.ts';
import { useFixPreview } from './useFixPreview.ts';
import { useFixTransfer } from './useFixTransfer.ts';

/** The plan the form's choices lead to; none while the preview for the chosen address is loading. */
function currentPlan(preview: FixPreview | undefined, form: FixForm): FixPlan | null {
  if (!preview) return null;
  if (form.mode === 'reverse') return preview.reverse;
  return form.emailIsChecked && preview.redirectEmail === form.checkedEmail ? preview.redirect : null;
}

/**
 * Support's fix of a mistaken transfer: preview (what is recoverable, where it goes, likely
 * addresses), choose, confirm, result. Pessimistic: nothing shows as done before the API says so.
 */
export const FixTransferDialog = ({ transfer, onClose }: { transfer: Transfer; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.transfers.fix.${key}`, args);
  const form = useFixForm();
  const preview = useFixPreview(transfer.id, form.mode === 'redirect' ? form.checkedEmail : undefined);
  const { fix, isPending, result, failure, clearFailure } = useFixTransfer(transfer.id);
  const [step, setStep] = useState<'form' | 'confirm'>('form');

  const plan = preview.isPlaceholderData ? null : currentPlan(preview.data, form);
  const reasonLabel = form.reasonCode ? t(`reasons.${form.reasonCode}`) : '';
  const reason = form.reasonCode ? composeReason(reasonLabel, form.reasonCode, form.note) : '';
  const canReview = !!plan && !plan.refusal && reasonIsComplete(form.reasonCode, form.note);
  const alreadyFixed = failure?.code === 'transfer_already_fixed';
  const confirm = () => void fix(form.mode, form.mode === 'redirect' ? { email: form.checkedEmail ?? '', reason } : { reason });
  // A 400's field messages stay on the form after going back; a new review starts clean.
  const review = () => { clearFailure(); setStep('confirm'); };

  let content;
  if (result) content = <FixResult result={result} onNavigate={onClose} />;
  else if (preview.error && !preview.data) content = <Alert severity="error">{t('preview_error', { message: translate(preview.error.message, { _: preview.error.message }) })}</Alert>;
  else if (!preview.data) content = <CircularProgress aria-label={t('loading')} />;
  else if (step === 'confirm' && plan) content = <FixConfirmStep kind={form.mode} amountMb={plan.recoverableMb} email={form.checkedEmail ?? ''} reason={reason} failure={failure} />;
  else content = <FixFormStep preview={preview.data} plan={plan} isFetching={preview.isFetching} form={form} fieldErrors={failure?.fields ?? {}} />;

  return (
    <Dialog open onClose={isPending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="fix-transfer-title">
      <DialogTitle id="fix-transfer-title">{t('title', { id: transfer.id })}</DialogTitle>
      <DialogContent dividers>{content}</DialogContent>
      <DialogActions>
        {result || alreadyFixed ? (
          <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        ) : step === 'confirm' ? (
          <>
            <Button onClick={() => setStep('form')} disabled={isPending}>{translate('ra.action.back')}</Button>
            <Button
              variant="contained"
              color="warning"
              onClick={confirm}
              disabled={isPending}
              startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
              data-testid="fix-confirm"
            >
              {isPending ? t('running') : t(`confirm.${form.mode}`)}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <Button variant="contained" onClick={review} disabled={!canReview} data-testid="fix-review">
              {t('review')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};
