import { Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useEsimMoveText } from '../account-plans/useEsimMoveText.ts';
import type { OverviewPlan } from './accountTypes.ts';

/**
 * The plan's name linking to its page (ledger), with its origin and id below, and its last move to a
 * new eSIM after a change of device (`iccids`: the account's eSIMs, for their last digits).
 */
export const PlanNameField = ({ iccids }: FieldProps & { iccids?: ReadonlyMap<number, string> }) => {
  const plan = useRecordContext<OverviewPlan>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const moveText = useEsimMoveText();
  if (!plan) return null;
  const lastMove = plan.esimMoves?.[0];
  return (
    <Stack>
      <Link to={createPath({ resource: 'account-plans', id: plan.id, type: 'show' })} variant="body2">
        {plan.name}
      </Link>
      <Typography variant="caption" color="text.secondary">
        #{plan.id} · {translate(`enums.plan_origin.${plan.origin}`)}
      </Typography>
      {lastMove && (
        <Typography variant="caption" color="text.secondary" data-testid={`plan-moved-${plan.id}`}>
          {moveText(lastMove, (id) => iccids?.get(id))}
        </Typography>
      )}
    </Stack>
  );
};
