import { Stack, Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import type { OverviewPlan } from './accountTypes.ts';
import { PlanAlertsButton } from './PlanAlertsButton.tsx';
import { PlanBlockButton } from './PlanBlockButton.tsx';
import { PlanGoodwillButton } from './PlanGoodwillButton.tsx';
import { useRoles } from './useRoles.ts';

/** A plan whose data can no longer be used: nothing to block or to watch there. */
const FINISHED: ReadonlySet<string> = new Set(['expired', 'exhausted', 'refunded', 'cancelled']);
const isFinishedPlan = (plan: Pick<OverviewPlan, 'status'>) => FINISHED.has(plan.status);

/**
 * Support's actions on a plan: its alert rules (an unlimited plan's count its fair-use allowance) and its data
 * block. A finished plan (expired, used up, refunded, cancelled) offers neither; a block left open on it can
 * still be lifted. `accountHasPhone`: whether an SMS rule without a destination has a number to go to.
 */
export const PlanActionsField = ({
  blockedIds,
  accountHasPhone,
  onDone,
}: FieldProps & { blockedIds: ReadonlySet<number>; accountHasPhone: boolean; onDone: () => void }) => {
  const plan = useRecordContext<OverviewPlan>();
  const { isSupport } = useRoles();
  if (!plan || !isSupport) return null;
  const blocked = blockedIds.has(plan.id);
  if (isFinishedPlan(plan)) {
    return (
      <Stack
        direction="row"
        spacing={0.5}
        sx={{ justifyContent: 'flex-end', alignItems: 'center' }}
        data-testid={`plan-finished-${plan.id}`}
      >
        {blocked ? (
          <PlanBlockButton plan={plan} blocked onDone={onDone} />
        ) : (
          <Typography variant="caption" color="text.secondary">
            —
          </Typography>
        )}
      </Stack>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
      <PlanAlertsButton plan={plan} accountHasPhone={accountHasPhone} onChanged={onDone} />
      <PlanBlockButton plan={plan} blocked={blocked} onDone={onDone} />
      {plan.status === 'active' && <PlanGoodwillButton plan={plan} onDone={onDone} />}
    </Stack>
  );
};
