import { Alert, Box, Button, CardContent, Link, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { LocalesMenuButton, Login, useLogin, useTranslate } from 'react-admin';
import { EnrolmentPanel, RecoveryCodesPanel } from '../auth/EnrolmentPanel.tsx';
import { confirmEnrolment, signInWithCode, signInWithPassword, startEnrolment, type Enrolment, type SignedIn } from '../auth/signInApi.ts';
import { errorCode, errorStatus } from '../httpClient.ts';

// The demo seed's staff (seeds/demo/staff.ts); this hint is dropped from production builds.
const DEMO_EMAILS = ['admin@kolet.demo', 'support@kolet.demo', 'finance@kolet.demo', 'moderator@kolet.demo', 'catalog@kolet.demo'];
const DEMO_PASSWORD = 'kolet-demo';

const DemoHint = () => {
  const translate = useTranslate();
  return (
    <CardContent sx={{ pt: 0, maxWidth: 300 }}>
      <Alert severity="info">
        {translate('auth.demo_hint', { password: DEMO_PASSWORD })}
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {DEMO_EMAILS.map((email) => (
            <li key={email}>{email}</li>
          ))}
        </Box>
      </Alert>
    </CardContent>
  );
};

type Step =
  | { kind: 'password' }
  | { kind: 'code'; challenge: string; recovery: boolean }
  | { kind: 'enrol'; challenge: string; enrolment: Enrolment | null }
  | { kind: 'codes'; codes: string[]; signedIn: SignedIn };

/** The API's refusal in the staff member's language: our label for its code, else react-admin's sign-in error. */
function problemOf(error: unknown): string {
  const code = errorCode(error);
  if (code === 'invalid_credentials' || (errorStatus(error) === 401 && !code)) return 'ra.auth.sign_in_error';
  if (code) return `errors.${code}`;
  return errorStatus(error) === 429 ? 'auth.too_many_attempts' : 'ra.auth.sign_in_error';
}

/**
 * Sign-in in steps (docs/OPERATIONS.md "Staff accounts"): e-mail and password; then, when the staff
 * member has a second factor, the six-digit code of their app or a recovery code; when their role
 * requires one they have not set up, the set-up first (QR code, first code, recovery codes).
 */
const SignInSteps = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [values, setValues] = useState({ username: '', password: '', code: '' });

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      if (errorCode(error) === 'challenge_expired') setStep({ kind: 'password' });
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };
  const finish = (signedIn: SignedIn) => login({ signedIn });

  const submitPassword = (e: FormEvent) => {
    e.preventDefault();
    void attempt(async () => {
      const outcome = await signInWithPassword(values.username, values.password);
      if ('done' in outcome) return finish(outcome.done);
      if (outcome.secondFactor === 'required') return setStep({ kind: 'code', challenge: outcome.challenge, recovery: false });
      setStep({ kind: 'enrol', challenge: outcome.challenge, enrolment: await startEnrolment(outcome.challenge) });
    });
  };
  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    if (step.kind !== 'code') return;
    const typed = values.code.trim();
    void attempt(async () => finish(await signInWithCode(step.challenge, step.recovery ? { recoveryCode: typed } : { code: typed })));
  };
  const confirm = (code: string) => {
    if (step.kind !== 'enrol') return;
    void attempt(async () => {
      const { recoveryCodes, ...signedIn } = await confirmEnrolment(step.challenge, code);
      setStep({ kind: 'codes', codes: recoveryCodes, signedIn });
    });
  };

  const field = (name: 'username' | 'password' | 'code') => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
    fullWidth: true,
  });

  return (
    <CardContent sx={{ width: 320 }}>
      {problem && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="sign-in-problem">
          {translate(problem)}
        </Alert>
      )}
      {step.kind === 'password' && (
        <Stack component="form" spacing={2} onSubmit={submitPassword}>
          <TextField {...field('username')} label={translate('ra.auth.username')} autoComplete="username" autoFocus required />
          <TextField
            {...field('password')}
            type="password"
            label={translate('ra.auth.password')}
            autoComplete="current-password"
            required
          />
          <Button type="submit" variant="contained" disabled={busy}>
            {translate('ra.auth.sign_in')}
          </Button>
        </Stack>
      )}
      {step.kind === 'code' && (
        <Stack component="form" spacing={2} onSubmit={submitCode} data-testid="second-factor">
          <Typography variant="body2">
            {translate(step.recovery ? 'auth.two_factor.recovery_prompt' : 'auth.two_factor.code_prompt')}
          </Typography>
          <TextField
            {...field('code')}
            label={translate(step.recovery ? 'auth.two_factor.recovery_code' : 'auth.two_factor.code')}
            autoFocus
            required
            slotProps={{ htmlInput: step.recovery ? { autoComplete: 'off' } : { inputMode: 'numeric', autoComplete: 'one-time-code' } }}
          />
          <Button type="submit" variant="contained" disabled={busy}>
            {translate('auth.two_factor.verify')}
          </Button>
          <Link
            component="button"
            type="button"
            variant="body2"
            data-testid="use-recovery-code"
            onClick={() => {
              setValues((v) => ({ ...v, code: '' }));
              setStep({ ...step, recovery: !step.recovery });
            }}
          >
            {translate(step.recovery ? 'auth.two_factor.use_app' : 'auth.two_factor.use_recovery')}
          </Link>
        </Stack>
      )}
      {step.kind === 'enrol' && (
        <>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('auth.two_factor.required_for_role')}
          </Alert>
          {step.enrolment && <EnrolmentPanel enrolment={step.enrolment} onConfirm={confirm} busy={busy} />}
        </>
      )}
      {step.kind === 'codes' && <RecoveryCodesPanel codes={step.codes} onDone={() => finish(step.signedIn)} />}
    </CardContent>
  );
};

/** The product's name, and the language to read the console in (kept for the session, as the app bar's menu). */
const LoginHeader = () => {
  const translate = useTranslate();
  return (
    <CardContent sx={{ pb: 0, display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 0.5 }}>
      <Typography variant="h6" component="h1" data-testid="login-product">
        {translate('app.title')}
      </Typography>
      <LocalesMenuButton />
    </CardContent>
  );
};

/** react-admin's login card around our steps (the e-mail field keeps the name `username`, as react-admin's own form). */
export const LoginPage = () => (
  <Login>
    <LoginHeader />
    <SignInSteps />
    {import.meta.env.DEV && <DemoHint />}
  </Login>
);
