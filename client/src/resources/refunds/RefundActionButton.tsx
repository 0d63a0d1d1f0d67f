import ApproveIcon from '@mui/icons-material/CheckCircle';
import PayoutIcon from '@mui/icons-material/Payments';
import PayoutFailedIcon from '@mui/icons-material/MoneyOff';
import RejectIcon from '@mui/icons-material/Block';
import { Tooltip } from '@mui/material';
import type { ReactElement } from 'react';
import { Button, useTranslate } from 'react-admin';
import type { RefundActionName, RefundActionState } from './refundActionStates.ts';

const ICONS: Record<RefundActionName, ReactElement> = {
  approve: <ApproveIcon />,
  reject: <RejectIcon />,
  payout: <PayoutIcon />,
  payout_failed: <PayoutFailedIcon />,
};

/** One action of the case page; when it cannot be done now it stays, disabled, and its tooltip says why. */
export const RefundActionButton = ({ state, onClick }: { state: RefundActionState; onClick: () => void }) => {
  const translate = useTranslate();
  const label = `resources.refunds.actions.${state.name}`;
  const main = state.name === 'approve' || state.name === 'payout';
  if (state.blockedBy) {
    return (
      <Tooltip title={translate(`resources.refunds.why_not.${state.blockedBy}`)}>
        <span data-testid={`refund-why-not-${state.name}`}>
          <Button label={label} disabled>
            {ICONS[state.name]}
          </Button>
        </span>
      </Tooltip>
    );
  }
  return (
    <Button
      label={label}
      onClick={onClick}
      variant={main ? 'contained' : 'outlined'}
      color={state.name === 'payout_failed' || state.name === 'reject' ? 'error' : 'primary'}
      data-testid={`refund-action-${state.name}`}
    >
      {ICONS[state.name]}
    </Button>
  );
};
