import { lazy, Suspense } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../../../server/domain/enums.ts';
import { chartSectionsFor } from '../dashboard/chartAccess.ts';
import { ChartsFallback } from '../dashboard/ChartsFallback.tsx';
import { DashboardCards } from '../dashboard/DashboardCards.tsx';

// recharts only loads with this module (its own chunk): the cards and the login page never wait for it.
const DashboardCharts = lazy(() => import('../dashboard/DashboardCharts.tsx'));

/** The landing page, tailored by role: live counts that open pre-filtered lists, then the role's charts. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions, isPending } = usePermissions<Role[]>();
  const roles = permissions ?? [];
  const sections = chartSectionsFor(roles);
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 3 }}>
      <Title title="dashboard.page_title" />
      <Box>
        <Typography variant="h5" component="h1">
          {translate('dashboard.greeting', { name: identity?.fullName ?? '' })}
        </Typography>
        {!isPending && roles.length === 0 && <Typography variant="body2">{translate('dashboard.no_roles')}</Typography>}
      </Box>
      <DashboardCards />
      {sections.length > 0 && (
        <Suspense fallback={<ChartsFallback count={sections.length} />}>
          <DashboardCharts sections={sections} />
        </Suspense>
      )}
    </Stack>
  );
};
