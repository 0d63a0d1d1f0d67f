import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../../../../server/domain/enums.ts';
import { composeReason, fixAllowed, isAddressError, reasonIsComplete } from './fixReasons.ts';
import { FixConfirmStep } from './FixConfirmStep.tsx';
import { FixFormStep } from './FixFormStep.tsx';
import { FixResult } from './FixResult.tsx';
import { intendedAddressProblem } from './IntendedAddressField.tsx';
import type { FixPlan, FixPreview, Transfer } from './transferTypes.ts';
import { useFixForm, type FixForm } from './useFixForm.ts';
import { useFixPreview } from './useFixPreview.ts';
import { useFixTransfer } from './useFixTransfer.ts';
import { isAdmin } from '../../../../server/domain/permissions.ts';

/** The plan the form's choices lead to; none while the preview for the chosen address is loading. */
function currentPlan(preview: FixPreview | undefined, form: FixForm): FixPlan | null {
  if (!preview) return null;
  if (form.mode === 'reverse') return preview.reverse;
  return form.emailIsChecked && preview.redirectEmail === form.checkedEmail ? preview.redirect : null;
}

/**
 * Support's fix of a mistaken transfer: preview (what is recoverable, where it goes, likely
 * addresses), choose, confirm, result. Pessimistic: nothing shows as done before the API says so.
 * Transfers are final (seed 000): a fix corrects an address error; for any other reason the dialog
 * says what to tell the customer, and only an admin may fix it anyway, with a written reason.
 */
export const FixTransferDialog = ({ transfer, onClose }: { transfer: Transfer; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.transfers.fix.${key}`, args);
  const form = useFixForm();
  const preview = useFixPreview(transfer.id, form.mode === 'redirect' ? form.checkedEmail : undefined);
  const { fix, isPending, result, failure, clearFailure } = useFixTransfer(transfer.id);
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const { permissions } = usePermissions<Role[]>();
  const byAdmin = isAdmin(permissions ?? []);

  // A reverse records the address the sender meant: the likeliest suggestion, until the agent says otherwise.
  const firstSuggestion = preview.data?.suggestions[0]?.email;
  const { intendedEmail, setIntendedEmail } = form;
  const prefilled = useRef(false);
  useEffect(() => {
    if (!firstSuggestion || prefilled.current) return;
    prefilled.current = true;
    if (!intendedEmail) setIntendedEmail(firstSuggestion);
  }, [firstSuggestion, intendedEmail, setIntendedEmail]);

  const plan = preview.isPlaceholderData ? null : currentPlan(preview.data, form);
  const reasonLabel = form.reasonCode ? translate(`enums.transfer_fix_reason.${form.reasonCode}`) : '';
  const reason = form.reasonCode ? composeReason(reasonLabel, form.reasonCode, form.note) : '';
  const override = form.reasonCode !== '' && !isAddressError(form.reasonCode) && byAdmin ? form.overrideReason.trim() : null;
  const intendedOk =
    form.mode === 'redirect' || (!!preview.data && intendedAddressProblem(form.intendedEmail, preview.data.recipientEmail) === null);
  const canReview =
    !!plan &&
    !plan.refusal &&
    reasonIsComplete(form.reasonCode, form.note) &&
    fixAllowed(form.reasonCode, byAdmin, form.overrideReason) &&
    intendedOk;
  const alreadyFixed = failure?.code === 'transfer_already_fixed';
  const confirm = () => {
    if (!reasonIsComplete(form.reasonCode, form.note)) return;
    const common = { reasonCode: form.reasonCode, reason, ...(override ? { overrideReason: override } : {}) };
    void fix(
      form.mode,
      form.mode === 'redirect' ? { email: form.checkedEmail ?? '', ...common } : { intendedEmail: form.intended, ...common },
    );
  };
  // A 400's field messages stay on the form after going back; a new review starts clean.
  const review = () => {
    clearFailure();
    setStep('confirm');
  };

  let content;
  if (result) content = <FixResult result={result} onNavigate={onClose} />;
  else if (preview.error && !preview.data)
    content = (
      <Alert severity="error">{t('preview_error', { message: translate(preview.error.message, { _: preview.error.message }) })}</Alert>
    );
  else if (!preview.data) content = <CircularProgress aria-label={t('loading')} />;
  else if (step === 'confirm' && plan)
    content = (
      <FixConfirmStep
        kind={form.mode}
        amountMb={plan.recoverableMb}
        email={form.checkedEmail ?? ''}
        reason={reason}
        intended={form.intended}
        overrideReason={override}
        failure={failure}
      />
    );
  else
    content = (
      <FixFormStep
        preview={preview.data}
        plan={plan}
        isFetching={preview.isFetching}
        form={form}
        fieldErrors={failure?.fields ?? {}}
        isAdmin={byAdmin}
      />
    );

  return (
    <Dialog open onClose={isPending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="fix-transfer-title">
      <DialogTitle id="fix-transfer-title">{t('title', { id: transfer.id })}</DialogTitle>
      <DialogContent dividers>{content}</DialogContent>
      <DialogActions>
        {result || alreadyFixed ? (
          <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        ) : step === 'confirm' ? (
          <>
            <Button onClick={() => setStep('form')} disabled={isPending}>
              {translate('ra.action.back')}
            </Button>
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
