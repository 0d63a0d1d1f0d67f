import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { FIX_REASONS, MIN_REASON_LENGTH, type FixReasonCode } from './fixReasons.ts';

interface FixReasonFieldsProps {
  code: FixReasonCode | '';
  note: string;
  onCode: (code: FixReasonCode) => void;
  onNote: (note: string) => void;
  /** The API's message about the reason (400), if any. */
  error?: string;
}

/** A reason from the list, and a free note added to it (required with "Other"). */
export const FixReasonFields = ({ code, note, onCode, onNote, error }: FixReasonFieldsProps) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.transfers.fix.${key}`, args);
  const noteMissing = code === 'other' && note.trim().length < MIN_REASON_LENGTH;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <TextField
        select
        required
        label={t('reason')}
        value={code}
        onChange={(event) => onCode(event.target.value as FixReasonCode)}
        error={!!error}
        helperText={error}
        sx={{ minWidth: 240 }}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'fix-reason-select' } as object } }}
      >
        {FIX_REASONS.map((reason) => (
          <MenuItem key={reason} value={reason}>{t(`reasons.${reason}`)}</MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('note')}
        value={note}
        onChange={(event) => onNote(event.target.value)}
        required={code === 'other'}
        error={noteMissing && note.length > 0}
        helperText={code === 'other' ? t('note_required', { min: MIN_REASON_LENGTH }) : t('note_hint')}
        multiline
        maxRows={4}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 900 } }}
      />
    </Stack>
  );
};
