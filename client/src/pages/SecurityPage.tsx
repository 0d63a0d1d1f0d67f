import { Alert, Box, Button, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { EnrolmentPanel, RecoveryCodesPanel } from '../auth/EnrolmentPanel.tsx';
import {
  changePassword,
  confirmTwoFactor,
  replaceRecoveryCodes,
  setUpTwoFactor,
  turnOffTwoFactor,
  twoFactorStatus,
  type Enrolment,
} from '../auth/signInApi.ts';
import { errorCode } from '../httpClient.ts';

export const SECURITY_PAGE_PATH = '/security';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card variant="outlined" sx={{ mb: 2, maxWidth: 640 }}>
    <CardContent>
      <Typography variant="h6" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** A small form: its fields, one button, and the API's refusal shown in place. */
function useForm<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (name: keyof T & string, type = 'text') => ({
    name,
    type,
    value: values[name],
    size: 'small' as const,
    required: true,
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(errorCode(error) ? `errors.${errorCode(error)}` : 'ra.notification.http_error');
    } finally {
      setBusy(false);
    }
  };
  return { values, field, run, problem, busy, reset: () => setValues(initial) };
}

/** Setting up, replacing the recovery codes of, or turning off one's second factor (docs/OPERATIONS.md "Two-factor sign-in"). */
const TwoFactorSection = () => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const { data: status } = useQuery({ queryKey: ['two-factor'], queryFn: twoFactorStatus });
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useForm({ password: '', code: '' });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['two-factor'] });
  const t = (key: string, args?: Record<string, unknown>) => translate(`auth.two_factor.${key}`, args);
  if (!status) return null;

  const body = () => {
    if (codes)
      return (
        <RecoveryCodesPanel
          codes={codes}
          onDone={() => {
            setCodes(null);
            form.reset();
            void refresh();
          }}
        />
      );
    if (enrolment)
      return (
        <EnrolmentPanel
          enrolment={enrolment}
          busy={form.busy}
          onConfirm={(code) =>
            void form.run(async () => {
              setCodes((await confirmTwoFactor(code)).recoveryCodes);
              setEnrolment(null);
            })
          }
        />
      );
    if (!status.enabled) {
      const submit = (e: FormEvent) => {
        e.preventDefault();
        void form.run(async () => setEnrolment(await setUpTwoFactor(form.values.password)));
      };
      return (
        <Stack component="form" direction="row" spacing={1} onSubmit={submit} alignItems="center">
          <TextField {...form.field('password', 'password')} label={t('current_password')} autoComplete="current-password" />
          <Button type="submit" variant="contained" disabled={form.busy} data-testid="two-factor-setup">
            {t('set_up')}
          </Button>
        </Stack>
      );
    }
    const withCode = (work: () => Promise<void>) => (e: FormEvent) => {
      e.preventDefault();
      void form.run(work);
    };
    return (
      <Stack spacing={2}>
        <Typography variant="body2">{t('codes_left', { smart_count: status.recoveryCodesLeft })}</Typography>
        <Stack
          component="form"
          direction="row"
          spacing={1}
          onSubmit={withCode(async () => setCodes((await replaceRecoveryCodes(form.values.code)).recoveryCodes))}
          alignItems="center"
        >
          <TextField
            {...form.field('code')}
            label={t('code')}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'one-time-code' } }}
          />
          <Button type="submit" variant="outlined" disabled={form.busy}>
            {t('new_codes')}
          </Button>
        </Stack>
        {!status.required && (
          <Stack
            component="form"
            direction="row"
            spacing={1}
            onSubmit={withCode(async () => {
              await turnOffTwoFactor(form.values.password, form.values.code);
              form.reset();
              await refresh();
            })}
            alignItems="center"
          >
            <TextField {...form.field('password', 'password')} label={t('current_password')} autoComplete="current-password" />
            <Button type="submit" color="warning" variant="outlined" disabled={form.busy}>
              {t('turn_off')}
            </Button>
          </Stack>
        )}
      </Stack>
    );
  };

  return (
    <Section title={t('title')}>
      <Box sx={{ mb: 2 }}>
        <Chip
          size="small"
          color={status.enabled ? 'success' : 'default'}
          label={t(status.enabled ? 'on' : 'off')}
          data-testid="two-factor-status"
        />
        {status.required && <Chip size="small" sx={{ ml: 1 }} label={t('required_chip')} />}
      </Box>
      {form.problem && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate(form.problem)}
        </Alert>
      )}
      {body()}
    </Section>
  );
};

/** Changing one's password: the current one first; every other session of ours ends. */
const PasswordSection = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const form = useForm({ currentPassword: '', newPassword: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void form.run(async () => {
      const { otherSessionsEnded } = await changePassword(form.values.currentPassword, form.values.newPassword);
      form.reset();
      notify('auth.password.changed', { type: 'success', messageArgs: { smart_count: otherSessionsEnded } });
    });
  };
  return (
    <Section title={translate('auth.password.title')}>
      {form.problem && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate(form.problem)}
        </Alert>
      )}
      <Stack component="form" spacing={2} onSubmit={submit} sx={{ maxWidth: 360 }}>
        <TextField
          {...form.field('currentPassword', 'password')}
          label={translate('auth.password.current')}
          autoComplete="current-password"
        />
        <TextField
          {...form.field('newPassword', 'password')}
          label={translate('auth.password.new')}
          autoComplete="new-password"
          helperText={translate('auth.password.hint')}
        />
        <Button type="submit" variant="contained" disabled={form.busy}>
          {translate('auth.password.change')}
        </Button>
      </Stack>
    </Section>
  );
};

export const SecurityPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('auth.security')} />
      <TwoFactorSection />
      <PasswordSection />
    </Box>
  );
};
