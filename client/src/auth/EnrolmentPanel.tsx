import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import type { Enrolment } from './signInApi.ts';

/**
 * Setting up an authenticator app: the QR code to scan, the secret to type instead, and the first
 * code, which confirms the set-up (docs/OPERATIONS.md "Two-factor sign-in").
 */
export const EnrolmentPanel = ({
  enrolment,
  onConfirm,
  busy,
}: {
  enrolment: Enrolment;
  onConfirm: (code: string) => void;
  busy: boolean;
}) => {
  const translate = useTranslate();
  const [code, setCode] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onConfirm(code.trim());
  };
  return (
    <Box component="form" onSubmit={submit} data-testid="enrolment">
      <Typography variant="body2" gutterBottom>
        {translate('auth.two_factor.scan')}
      </Typography>
      <Box sx={{ textAlign: 'center', my: 1 }}>
        <img src={enrolment.qrCode} alt={translate('auth.two_factor.qr_alt')} width={180} height={180} data-testid="enrolment-qr" />
      </Box>
      <Typography variant="caption" color="text.secondary">
        {translate('auth.two_factor.or_type')}
      </Typography>
      <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all', mb: 2 }} data-testid="enrolment-secret">
        {enrolment.secret}
      </Typography>
      <Stack spacing={1}>
        <TextField
          name="code"
          label={translate('auth.two_factor.code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoFocus
          required
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'one-time-code', pattern: '[0-9 ]{6,7}' } }}
        />
        <Button type="submit" variant="contained" disabled={busy || code.trim().length < 6} data-testid="enrolment-confirm">
          {translate('auth.two_factor.confirm')}
        </Button>
      </Stack>
    </Box>
  );
};

/** The recovery codes, shown once: each signs in once when the phone is not at hand. */
export const RecoveryCodesPanel = ({ codes, onDone }: { codes: string[]; onDone: () => void }) => {
  const translate = useTranslate();
  return (
    <Box data-testid="recovery-codes">
      <Typography variant="body2" gutterBottom>
        {translate('auth.two_factor.recovery_intro')}
      </Typography>
      <Box component="ol" sx={{ fontFamily: 'monospace', pl: 4, my: 1, '& li': { whiteSpace: 'nowrap' } }}>
        {codes.map((c) => (
          <li key={c} data-testid="recovery-code">
            {c}
          </li>
        ))}
      </Box>
      <Button variant="contained" fullWidth onClick={onDone} data-testid="recovery-codes-saved">
        {translate('auth.two_factor.codes_saved')}
      </Button>
    </Box>
  );
};
