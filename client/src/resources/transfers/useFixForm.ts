import { useEffect, useState } from 'react';
import { isValidEmail, normalizeEmail } from '../../../../server/domain/units.ts';
import type { FixReasonCode } from './fixReasons.ts';
import type { FixKind } from './transferTypes.ts';

/** How long typing may pause before the preview is asked for the typed address. */
const EMAIL_DEBOUNCE_MS = 400;

/** The fix dialog's choices: redirect or reverse, the corrected address, the reason and its note. */
export function useFixForm() {
  const [mode, setMode] = useState<FixKind>('redirect');
  const [email, setEmail] = useState('');
  /** The address the preview was (or is being) fetched for: a picked suggestion at once, a typed one after a pause. */
  const [checkedEmail, setCheckedEmail] = useState<string | undefined>(undefined);
  const [reasonCode, setReasonCode] = useState<FixReasonCode | ''>('');
  const [note, setNote] = useState('');

  useEffect(() => {
    const normalized = normalizeEmail(email);
    if (!isValidEmail(normalized)) {
      setCheckedEmail(undefined);
      return undefined;
    }
    const timer = setTimeout(() => setCheckedEmail(normalized), EMAIL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [email]);

  const pick = (suggestion: string) => {
    setEmail(suggestion);
    setCheckedEmail(normalizeEmail(suggestion));
  };

  const emailIsChecked = checkedEmail !== undefined && normalizeEmail(email) === checkedEmail;
  const emailIsInvalid = email.trim() !== '' && !isValidEmail(normalizeEmail(email));

  return { mode, setMode, email, setEmail, checkedEmail, pick, emailIsChecked, emailIsInvalid, reasonCode, setReasonCode, note, setNote };
}

export type FixForm = ReturnType<typeof useFixForm>;
