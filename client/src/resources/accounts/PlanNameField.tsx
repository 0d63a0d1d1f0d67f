import { Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { OverviewPlan } from './accountTypes.ts';

/** The plan's name linking to its page (ledger), with its origin and id below. */
export const PlanNameField = (_props: FieldProps) => {
  const plan = useRecordContext<OverviewPlan>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!plan) return null;
  return (
    <Stack>
      <Link to={createPath({ resource: 'account-plans', id: plan.id, type: 'show' })} variant="body2">{plan.name}</Link>
      <Typography variant="caption" color="text.secondary">#{plan.id} · {translate(`enums.plan_origin.${plan.origin}`)}</Typography>
    </Stack>
  );
};
