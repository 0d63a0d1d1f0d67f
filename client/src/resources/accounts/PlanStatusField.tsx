import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { OverviewPlan } from './accountTypes.ts';

/** The plan's status, and a "Blocked" chip when staff blocked its data (or the whole account's). */
export const PlanStatusField = ({ blockedIds }: FieldProps & { blockedIds: ReadonlySet<number> }) => {
  const plan = useRecordContext<OverviewPlan>();
  const translate = useTranslate();
  if (!plan) return null;
  const active = plan.status === 'active';
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      <Chip
        size="small"
        variant={active ? 'filled' : 'outlined'}
        color={active ? 'success' : 'default'}
        label={translate(`enums.account_plan_status.${plan.status}`)}
      />
      {blockedIds.has(plan.id) && (
        <Chip size="small" color="error" label={translate('resources.accounts.plans.blocked')} data-testid={`plan-blocked-${plan.id}`} />
      )}
    </Stack>
  );
};
