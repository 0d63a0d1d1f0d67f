import { ListSubheader, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ADDRESS_ERRORS, FINAL_REASONS, MIN_REASON_LENGTH, type FixReason } from './fixReasons.ts';

interface FixReasonFieldsProps {
  code: FixReason | '';
  note: string;
  onCode: (code: FixReason) => void;
  onNote: (note: string) => void;
  /** The API's message about the reason (400), if any. */
  error?: string;
}

/**
 * A reason from the closed list — the address errors support fixes first, the others apart (the
 * transfer is final: FinalTransferAdvice says what to tell the customer) — and a free note.
 */
export const FixReasonFields = ({ code, note, onCode, onNote, error }: FixReasonFieldsProps) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.transfers.fix.${key}`, args);
  const noteMissing = code === 'other' && note.trim().length < MIN_REASON_LENGTH;
  const option = (reason: FixReason) => (
    <MenuItem key={reason} value={reason} data-testid={`fix-reason-${reason}`}>
      {translate(`enums.transfer_fix_reason.${reason}`)}
    </MenuItem>
  );
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <TextField
        select
        required
        label={t('reason')}
        value={code}
        onChange={(event) => onCode(event.target.value as FixReason)}
        error={!!error}
        helperText={error}
        sx={{ minWidth: 260 }}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'fix-reason-select' } as object } }}
      >
        <ListSubheader>{t('reason_groups.address')}</ListSubheader>
        {ADDRESS_ERRORS.map(option)}
        <ListSubheader>{t('reason_groups.final')}</ListSubheader>
        {FINAL_REASONS.map(option)}
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
