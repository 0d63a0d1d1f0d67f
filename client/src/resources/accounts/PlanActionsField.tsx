import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { OverviewPlan } from './accountTypes.ts';
import { PlanAlertsButton } from './PlanAlertsButton.tsx';
import { PlanBlockButton } from './PlanBlockButton.tsx';
import { useRoles } from './useRoles.ts';

/** A plan whose data can no longer be used: nothing to block or to watch there. */
const FINISHED: ReadonlySet<string> = new Set(['expired', 'exhausted', 'refunded', 'cancelled']);
const isFinishedPlan = (plan: Pick<OverviewPlan, 'status'>) => FINISHED.has(plan.status);

/**
 * Support's actions on a plan: its alert rules (none on an unlimited plan) and its data block. A finished plan
 * (expired, used up, refunded, cancelled) offers neither; a block left open on it can still be lifted.
 */
export const PlanActionsField = ({ blockedIds, onDone }: FieldProps & { blockedIds: ReadonlySet<number>; onDone: () => void }) => {
  const plan = useRecordContext<OverviewPlan>();
  const translate = useTranslate();
  const { isSupport } = useRoles();
  if (!plan || !isSupport) return null;
  const blocked = blockedIds.has(plan.id);
  if (isFinishedPlan(plan)) {
    return (
      <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', alignItems: 'center' }} data-testid={`plan-finished-${plan.id}`}>
        {blocked ? <PlanBlockButton plan={plan} blocked onDone={onDone} /> : <Typography variant="caption" color="text.secondary">—</Typography>}
      </Stack>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
      {plan.unlimited ? (
        <Typography variant="caption" color="text.secondary">{translate('resources.accounts.plans.no_alerts_unlimited')}</Typography>
      ) : (
        <PlanAlertsButton plan={plan} onChanged={onDone} />
      )}
      <PlanBlockButton plan={plan} blocked={blocked} onDone={onDone} />
    </Stack>
  );
};
