import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { holdsAny } from '../../../server/domain/permissions.ts';
import type { Role } from '../../../server/domain/enums.ts';
import { httpClient } from '../httpClient.ts';

/** The roles whose sign-in the setting two_factor_required_roles is meant to protect. */
const CONCERNED: readonly Role[] = ['admin', 'finance'];

/**
 * Shown to admin and finance staff while those roles may sign in without a second factor (setting
 * two_factor_required_roles): the demo data's setting, or a production that turned it off (README
 * "Quick start"). Support, moderators and catalog staff are not concerned and never see it.
 */
export const TwoFactorBanner = () => {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['auth-me'],
    staleTime: 60_000,
    queryFn: async () => (await httpClient('/api/auth/me')).json as { roles?: Role[]; twoFactorRequiredRoles?: string[] },
  });
  const required = data?.twoFactorRequiredRoles;
  if (!required || !holdsAny(data?.roles ?? [], CONCERNED)) return null;
  if (CONCERNED.every((role) => required.includes(role))) return null;
  return (
    <Alert severity="warning" sx={{ mt: 1 }} data-testid="two-factor-banner">
      {translate('auth.two_factor.not_required_banner')}
    </Alert>
  );
};
