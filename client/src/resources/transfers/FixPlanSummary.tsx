import { Alert, Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDataText } from '../../components/useDataText.ts';
import type { FixKind, FixPlan, Unrecoverable } from './transferTypes.ts';
import { useDestinationText } from './useDestinationText.ts';
import { useRefusalText } from './useRefusalText.ts';

const REASONS_LOST: (keyof Unrecoverable)[] = ['usedMb', 'sentOnMb', 'expiredMb', 'expiresBeforeUseMb'];

interface FixPlanSummaryProps {
  kind: FixKind;
  /** The corrected address of a redirect, to say whose account the data goes to. */
  email?: string | null;
  /** The API's `fix` (what was done) rather than the preview's plan (what would be done). */
  done?: boolean;
  /** What a fix recovers: the preview's plan before, the API's `fix` after. */
  recoverableMb: number;
  unrecoverableMb: number;
  unrecoverable: Unrecoverable;
  destination: FixPlan['destination'];
  refusal?: FixPlan['refusal'];
}

/** Recoverable now, not recoverable and why (used / sent on / expired), and where the data goes; or why the fix is refused. */
export const FixPlanSummary = ({
  kind,
  email,
  done = false,
  recoverableMb,
  unrecoverableMb,
  unrecoverable,
  destination,
  refusal,
}: FixPlanSummaryProps) => {
  const translate = useTranslate();
  const data = useDataText();
  const destinationText = useDestinationText();
  const refusalText = useRefusalText();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.transfers.fix.${key}`, args);

  if (refusal) {
    return (
      <Alert severity="warning" data-testid="fix-refusal">
        {t('refused', { why: refusalText(refusal.code, refusal.message) })}
      </Alert>
    );
  }
  const lost = REASONS_LOST.filter((key) => unrecoverable[key] > 0);
  return (
    <Box data-testid="fix-plan" sx={{ p: 1.5, borderRadius: 1, bgcolor: 'action.hover' }}>
      <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }}>
        <div>
          <Typography variant="caption" color="text.secondary">
            {t(done ? 'recovered' : 'recoverable')}
          </Typography>
          <Typography variant="h6" color="success.main" data-testid="fix-recoverable">
            {data(recoverableMb)}
          </Typography>
        </div>
        <div>
          <Typography variant="caption" color="text.secondary">
            {t(done ? 'not_recovered' : 'unrecoverable')}
          </Typography>
          <Typography variant="h6" color={unrecoverableMb > 0 ? 'error.main' : 'text.primary'}>
            {data(unrecoverableMb)}
          </Typography>
        </div>
      </Stack>
      {lost.map((key) => (
        <Typography key={key} variant="body2" color="text.secondary">
          {t(`lost.${key}`, { amount: data(unrecoverable[key]) })}
        </Typography>
      ))}
      {destination && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          <strong>{t(done ? 'destination_done' : 'destination_label')}</strong> {destinationText(destination, kind, email)}
        </Typography>
      )}
    </Box>
  );
};
