import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { isValidEmail, normalizeEmail } from '../../../../server/domain/units.ts';
import { FixSuggestions } from './FixSuggestions.tsx';
import type { EmailSuggestion } from './transferTypes.ts';

interface IntendedAddressFieldProps {
  value: string;
  onChange: (email: string) => void;
  suggestions: EmailSuggestion[];
  /** The address the data went to: the intended one differs, or there was no address error. */
  recipientEmail: string;
  error?: string;
}

/** Why an intended address cannot be recorded, or null. */
export function intendedAddressProblem(email: string, recipientEmail: string): 'required' | 'invalid' | 'same' | null {
  const normalized = normalizeEmail(email);
  if (!normalized) return 'required';
  if (!isValidEmail(normalized)) return 'invalid';
  return normalized === normalizeEmail(recipientEmail) ? 'same' : null;
}

/**
 * A reverse records the address the sender meant (the address error it corrects), pre-filled with
 * the likeliest suggestion; the suggestions stay one click away.
 */
export const IntendedAddressField = ({ value, onChange, suggestions, recipientEmail, error }: IntendedAddressFieldProps) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.transfers.fix.${key}`);
  const problem = value.trim() === '' ? null : intendedAddressProblem(value, recipientEmail);
  return (
    <>
      <FixSuggestions suggestions={suggestions} selected={normalizeEmail(value)} onPick={onChange} />
      <TextField
        label={t('intended_email')}
        type="email"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required
        error={!!problem || !!error}
        helperText={error ?? (problem ? t(`intended_${problem}`) : t('intended_hint'))}
        fullWidth
        slotProps={{ htmlInput: { 'data-testid': 'fix-intended-email' } }}
      />
    </>
  );
};
