import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { httpClient } from '../httpClient.ts';

/**
 * Shown while admin and finance may sign in without a second factor (setting two_factor_required_roles):
 * the demo data's setting, or a production that turned it off (README "Quick start").
 */
export const TwoFactorBanner = () => {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['auth-me'],
    staleTime: 60_000,
    queryFn: async () => (await httpClient('/api/auth/me')).json as { twoFactorRequiredRoles?: string[] },
  });
  const required = data?.twoFactorRequiredRoles;
  if (!required || (required.includes('admin') && required.includes('finance'))) return null;
  return (
    <Alert severity="warning" sx={{ mt: 1 }} data-testid="two-factor-banner">
      {translate('auth.two_factor.not_required_banner')}
    </Alert>
  );
};
