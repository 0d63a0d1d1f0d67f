import { Alert, AlertTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MIN_OVERRIDE_LENGTH } from './fixReasons.ts';

interface FinalTransferAdviceProps {
  isAdmin: boolean;
  overrideReason: string;
  onOverrideReason: (reason: string) => void;
}

/**
 * Shown when the reason is not an address error: the transfer is final (seed 000), and what to tell
 * the customer — the recipient can send the data back. Support stops here; an admin may fix it
 * anyway with a written reason, audited.
 */
export const FinalTransferAdvice = ({ isAdmin, overrideReason, onOverrideReason }: FinalTransferAdviceProps) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.transfers.fix.${key}`, args);
  const short = overrideReason.trim().length > 0 && overrideReason.trim().length < MIN_OVERRIDE_LENGTH;
  return (
    <>
      <Alert severity={isAdmin ? 'warning' : 'info'} data-testid="fix-final-advice">
        <AlertTitle>{t('final_title')}</AlertTitle>
        {t('final_advice')}
        <br />
        <strong>{t(isAdmin ? 'final_admin' : 'final_support')}</strong>
      </Alert>
      {isAdmin && (
        <TextField
          label={t('override_reason')}
          value={overrideReason}
          onChange={(event) => onOverrideReason(event.target.value)}
          required
          error={short}
          helperText={t('override_hint', { min: MIN_OVERRIDE_LENGTH })}
          multiline
          minRows={2}
          fullWidth
          slotProps={{ htmlInput: { maxLength: 1000, 'data-testid': 'fix-override-reason' } }}
        />
      )}
    </>
  );
};
