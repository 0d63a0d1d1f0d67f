import { Box, CircularProgress, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { CaseCard } from './CaseCard.tsx';
import { DataUsageBar } from './DataUsageBar.tsx';
import { FactList } from './FactList.tsx';
import { useFormatters } from './useFormatters.ts';
import { useRefundCase } from './useRefundCase.ts';

/** The plan the order bought: how much data it used (the 1 % rule) and when it was installed and activated. */
export const RefundPlanUsage = () => {
  const { refund, plan, isPending } = useRefundCase();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { time } = useFormatters();
  if (!refund) return null;
  let content;
  if (isPending) content = <CircularProgress size={24} />;
  else if (!plan) content = <Typography variant="body2">{translate('resources.refunds.plan.none')}</Typography>;
  else
    content = (
      <>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
          <Link to={createPath({ resource: 'account-plans', id: plan.id, type: 'show' })}>{plan.name}</Link>
          <Typography variant="body2" color="text.secondary">
            {translate(`enums.account_plan_status.${plan.status}`)} · {translate(`enums.plan_origin.${plan.origin}`)}
          </Typography>
        </Stack>
        <DataUsageBar totalMb={plan.dataTotalMb} usedMb={plan.dataUsedMb} remainingMb={plan.dataRemainingMb} />
        <Box sx={{ mt: 2 }}>
          <FactList
            facts={[
              {
                label: 'resources.refunds.plan.installed',
                value: plan.installedAt ? time(plan.installedAt) : translate('resources.refunds.plan.never'),
                testId: 'plan-installed',
              },
              {
                label: 'resources.refunds.plan.activated',
                value: plan.activatedAt ? time(plan.activatedAt) : translate('resources.refunds.plan.never'),
                testId: 'plan-activated',
              },
              { label: 'resources.refunds.plan.expires', value: time(plan.expiresAt) },
            ]}
          />
        </Box>
      </>
    );
  return (
    <CaseCard title="resources.refunds.plan.title" testId="refund-plan">
      {content}
    </CaseCard>
  );
};
