import DismissIcon from '@mui/icons-material/DoneAll';
import { useState } from 'react';
import { Button, useListContext, useRefresh } from 'react-admin';
import { DismissReportsDialog } from './DismissReportsDialog.tsx';
import { DismissReportsResult } from './DismissReportsResult.tsx';
import type { DismissOutcome } from './reviewTypes.ts';

/** The API takes at most 100 reviews per call. */
const MAX_SELECTION = 100;

/**
 * Bulk action of the queue: keeps the selected reviews and dismisses their open reports (the
 * reporters are told). Reviews under an undecided DSA notice are skipped by the API; the result says which and why.
 */
export const DismissReportsButton = () => {
  const { selectedIds, onUnselectItems } = useListContext();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<DismissOutcome | null>(null);

  const done = (result: DismissOutcome) => {
    setOpen(false);
    setOutcome(result);
    refresh();
  };
  const finish = () => {
    setOutcome(null);
    onUnselectItems();
  };

  return (
    <>
      <Button
        label="resources.reviews.actions.dismiss"
        onClick={() => setOpen(true)}
        disabled={selectedIds.length === 0 || selectedIds.length > MAX_SELECTION}
        data-testid="dismiss-reports"
      >
        <DismissIcon />
      </Button>
      {open && <DismissReportsDialog ids={selectedIds} onDone={done} onClose={() => setOpen(false)} />}
      {outcome && <DismissReportsResult outcome={outcome} onClose={finish} />}
    </>
  );
};
