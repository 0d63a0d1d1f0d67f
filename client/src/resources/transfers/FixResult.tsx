import { Alert, Button, Stack } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { FixPlanSummary } from './FixPlanSummary.tsx';
import type { FixedTransfer } from './transferTypes.ts';

/** What the fix did: recovered and lost (with why), where the data went, and the correcting transfer. */
export const FixResult = ({ result, onNavigate }: { result: FixedTransfer; onNavigate: () => void }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { fix } = result;
  const done =
    fix.kind === 'redirect'
      ? translate('resources.transfers.fix.done.redirected', { email: result.redirectedToEmail ?? '' })
      : translate('resources.transfers.fix.done.reversed');
  return (
    <Stack spacing={2} data-testid="fix-result">
      <Alert severity="success">{done}</Alert>
      <FixPlanSummary
        done
        kind={fix.kind}
        email={result.redirectedToEmail}
        recoverableMb={fix.recoveredMb}
        unrecoverableMb={fix.unrecoverableMb}
        unrecoverable={fix.unrecoverable}
        destination={fix.destination}
      />
      {fix.correctionTransferId !== null && (
        <div>
          <Button
            component={Link}
            to={createPath({ resource: 'transfers', id: fix.correctionTransferId, type: 'show' })}
            onClick={onNavigate}
            variant="outlined"
            data-testid="fix-correction-link"
          >
            {translate('resources.transfers.fix.done.open_correction', { id: fix.correctionTransferId })}
          </Button>
        </div>
      )}
    </Stack>
  );
};
