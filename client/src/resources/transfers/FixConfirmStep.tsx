import { Alert, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';
import { FixFailureAlert } from './FixFailureAlert.tsx';
import type { FixKind } from './transferTypes.ts';
import type { FixFailure } from './useFixTransfer.ts';

interface FixConfirmStepProps {
  kind: FixKind;
  amountMb: number;
  email: string;
  reason: string;
  /** The address the sender meant (recorded with the fix). */
  intended: string;
  /** An admin's reason for fixing a transfer that had no address error. */
  overrideReason: string | null;
  failure: FixFailure | null;
}

/** Saleor's two steps: say exactly what will move, to whom, and that it is final, before doing it. */
export const FixConfirmStep = ({ kind, amountMb, email, reason, intended, overrideReason, failure }: FixConfirmStepProps) => {
  const translate = useTranslate();
  const data = useDataText();
  const question =
    kind === 'redirect'
      ? translate('resources.transfers.fix.confirm_redirect', { amount: data(amountMb), email })
      : translate('resources.transfers.fix.confirm_reverse', { amount: data(amountMb) });
  return (
    <>
      <Alert severity="warning" data-testid="fix-confirm-question">
        {question}
      </Alert>
      <Typography variant="body2" sx={{ mt: 2, overflowWrap: 'anywhere' }}>
        <strong>{translate('resources.transfers.fix.reason')}:</strong> {reason}
      </Typography>
      {kind === 'reverse' && (
        <Typography variant="body2" sx={{ mt: 1, overflowWrap: 'anywhere' }} data-testid="fix-confirm-intended">
          {translate('resources.transfers.fix.confirm_intended', { email: intended })}
        </Typography>
      )}
      {overrideReason && (
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="fix-confirm-override">
          {translate('resources.transfers.fix.confirm_override', { reason: overrideReason })}
        </Alert>
      )}
      {failure && (
        <div style={{ marginTop: 16 }}>
          <FixFailureAlert failure={failure} />
        </div>
      )}
    </>
  );
};
