import { useEffect, useState } from 'react';
import { isValidEmail, normalizeEmail } from '../../../../server/domain/units.ts';
import type { FixReason } from './fixReasons.ts';
import type { FixKind } from './transferTypes.ts';

/** How long typing may pause before the preview is asked for the typed address. */
const EMAIL_DEBOUNCE_MS = 400;

/**
 * The fix dialog's choices: redirect or reverse, the corrected address (for a reverse: the address
 * the sender meant, recorded with the fix), the reason, its note, and an admin's override reason.
 */
export function useFixForm() {
  const [mode, setMode] = useState<FixKind>('redirect');
  const [email, setEmail] = useState('');
  /** The address the preview was (or is being) fetched for: a picked suggestion at once, a typed one after a pause. */
  const [checkedEmail, setCheckedEmail] = useState<string | undefined>(undefined);
  const [intendedEmail, setIntendedEmail] = useState('');
  const [reasonCode, setReasonCode] = useState<FixReason | ''>('');
  const [note, setNote] = useState('');
  const [overrideReason, setOverrideReason] = useState('');

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
  /** What the fix records as the address the sender meant: the redirect's address, or the one given for a reverse. */
  const intended = mode === 'redirect' ? (checkedEmail ?? '') : normalizeEmail(intendedEmail);

  return {
    mode,
    setMode,
    email,
    setEmail,
    checkedEmail,
    pick,
    emailIsChecked,
    emailIsInvalid,
    intendedEmail,
    setIntendedEmail,
    intended,
    reasonCode,
    setReasonCode,
    note,
    setNote,
    overrideReason,
    setOverrideReason,
  };
}

export type FixForm = ReturnType<typeof useFixForm>;
