import { LinearProgress, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';
import { FinalTransferAdvice } from './FinalTransferAdvice.tsx';
import { FixPlanSummary } from './FixPlanSummary.tsx';
import { FixReasonFields } from './FixReasonFields.tsx';
import { isAddressError } from './fixReasons.ts';
import { FixSuggestions } from './FixSuggestions.tsx';
import { IntendedAddressField } from './IntendedAddressField.tsx';
import type { FixPlan, FixPreview } from './transferTypes.ts';
import type { FixForm } from './useFixForm.ts';

interface FixFormStepProps {
  preview: FixPreview;
  plan: FixPlan | null;
  isFetching: boolean;
  form: FixForm;
  fieldErrors: Record<string, string>;
  isAdmin: boolean;
}

/**
 * Choose redirect or reverse, the address (suggestions first; for a reverse, the address the sender
 * meant), read what would be recovered, give the reason: an address error, or — the transfer being
 * final — what to tell the customer (an admin may still fix it, with a reason).
 */
export const FixFormStep = ({ preview, plan, isFetching, form, fieldErrors, isAdmin }: FixFormStepProps) => {
  const translate = useTranslate();
  const data = useDataText();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.transfers.fix.${key}`, args);
  return (
    <Stack spacing={2}>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid="fix-sent">
        {t('sent', {
          amount: data(preview.amountMb),
          email: preview.recipientEmail,
          status: translate(`enums.transfer_status.${preview.status}`),
        })}
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={form.mode}
        onChange={(_e, mode) => mode && form.setMode(mode)}
        fullWidth
      >
        <ToggleButton value="redirect">{t('mode.redirect')}</ToggleButton>
        <ToggleButton value="reverse">{t('mode.reverse')}</ToggleButton>
      </ToggleButtonGroup>
      {form.mode === 'redirect' && (
        <>
          <FixSuggestions suggestions={preview.suggestions} selected={form.checkedEmail ?? ''} onPick={form.pick} />
          <TextField
            label={t('email')}
            type="email"
            value={form.email}
            onChange={(event) => form.setEmail(event.target.value)}
            error={form.emailIsInvalid || !!fieldErrors.email}
            helperText={fieldErrors.email ?? (form.emailIsInvalid ? t('email_invalid') : t('email_hint'))}
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'fix-email' } }}
          />
        </>
      )}
      {form.mode === 'reverse' && (
        <IntendedAddressField
          value={form.intendedEmail}
          onChange={form.setIntendedEmail}
          suggestions={preview.suggestions}
          recipientEmail={preview.recipientEmail}
          error={fieldErrors.intendedEmail}
        />
      )}
      {isFetching && <LinearProgress />}
      {plan && <FixPlanSummary {...plan} email={form.checkedEmail} />}
      {!plan && form.mode === 'redirect' && !isFetching && (
        <Typography variant="body2" color="text.secondary">
          {t('choose_email')}
        </Typography>
      )}
      <FixReasonFields
        code={form.reasonCode}
        note={form.note}
        onCode={form.setReasonCode}
        onNote={form.setNote}
        error={fieldErrors.reasonCode ?? fieldErrors.reason}
      />
      {form.reasonCode !== '' && !isAddressError(form.reasonCode) && (
        <FinalTransferAdvice isAdmin={isAdmin} overrideReason={form.overrideReason} onOverrideReason={form.setOverrideReason} />
      )}
    </Stack>
  );
};
