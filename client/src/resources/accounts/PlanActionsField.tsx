import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { OverviewPlan } from './accountTypes.ts';
import { PlanAlertsButton } from './PlanAlertsButton.tsx';
import { PlanBlockButton } from './PlanBlockButton.tsx';
import { useRoles } from './useRoles.ts';

/** Support's actions on a plan: its alert rules (none on an unlimited plan) and its data block. */
export const PlanActionsField = ({ blockedIds, onDone }: FieldProps & { blockedIds: ReadonlySet<number>; onDone: () => void }) => {
  const plan = useRecordContext<OverviewPlan>();
  const translate = useTranslate();
  const { isSupport } = useRoles();
  if (!plan || !isSupport) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
      {plan.unlimited ? (
        <Typography variant="caption" color="text.secondary">{translate('resources.accounts.plans.no_alerts_unlimited')}</Typography>
      ) : (
        <PlanAlertsButton plan={plan} onChanged={onDone} />
      )}
      <PlanBlockButton plan={plan} blocked={blockedIds.has(plan.id)} onDone={onDone} />
    </Stack>
  );
};
