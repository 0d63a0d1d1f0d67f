import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../../../server/domain/enums.ts';

/** A welcome page for now: who is signed in and with which roles (the real dashboard is another issue). */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Role[]>();
  const roles = permissions ?? [];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="dashboard.title" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('dashboard.greeting', { name: identity?.fullName ?? '' })}
        </Typography>
        {typeof identity?.email === 'string' && (
          <Typography variant="body2" color="textSecondary" gutterBottom>
            {identity.email}
          </Typography>
        )}
        <Typography variant="body1" sx={{ my: 2 }}>
          {translate('dashboard.intro')}
        </Typography>
        <Typography variant="subtitle2" component="h2" gutterBottom>
          {translate('dashboard.roles')}
        </Typography>
        {roles.length === 0 ? (
          <Typography variant="body2">{translate('dashboard.no_roles')}</Typography>
        ) : (
          <Stack direction="row" spacing={1}>
            {roles.map((role) => (
              <Chip key={role} label={translate(`enums.role.${role}`)} color="primary" variant="outlined" />
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
