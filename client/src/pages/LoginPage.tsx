import { Alert, Box, CardContent } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

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

/**
 * react-admin's login card. Its `username` field is labelled "E-mail" by our messages
 * (staff sign in with their e-mail; authProvider.login sends it as `email`).
 */
export const LoginPage = () => (
  <Login>
    <LoginForm />
    {import.meta.env.DEV && <DemoHint />}
  </Login>
);
