import { Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import { useSendableText } from '../account-plans/useSendableText.ts';
import type { OverviewPlan } from './accountTypes.ts';

/** Finished plans send nothing, and saying why adds nothing on the 360. */
const QUIET = new Set(['source_not_active']);

/**
 * What the customer can send from the plan now — paid data, whole GB (seed 000) — or why nothing
 * ("a refund request is open on this plan"): the answer to "why can't I send my data?".
 */
export const PlanSendableField = (_props: FieldProps) => {
  const plan = useRecordContext<OverviewPlan>();
  const text = useSendableText();
  if (!plan || plan.sendableGb === undefined) return null;
  const quiet = plan.sendableGb === 0 && QUIET.has(plan.notSendableBecause ?? '');
  return (
    <Typography
      variant="body2"
      color={plan.sendableGb > 0 ? 'text.primary' : 'text.secondary'}
      sx={{ minWidth: 140 }}
      data-testid={`plan-sendable-${plan.id}`}
    >
      {quiet ? '—' : text(plan.sendableGb, plan.notSendableBecause)}
    </Typography>
  );
};
