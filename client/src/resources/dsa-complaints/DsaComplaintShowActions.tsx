import ResolveIcon from '@mui/icons-material/Gavel';
import { useState } from 'react';
import { Button, TopToolbar, useRecordContext } from 'react-admin';
import type { DsaComplaint } from './complaintTypes.ts';
import { ResolveComplaintDialog } from './ResolveComplaintDialog.tsx';

/** "Resolve", while the complaint is open. */
export const DsaComplaintShowActions = () => {
  const complaint = useRecordContext<DsaComplaint>();
  const [open, setOpen] = useState(false);
  if (!complaint) return <TopToolbar />;
  return (
    <TopToolbar>
      {complaint.status === 'open' && (
        <Button
          label="resources.dsa-complaints.actions.resolve"
          onClick={() => setOpen(true)}
          variant="contained"
          data-testid="complaint-action-resolve"
        >
          <ResolveIcon />
        </Button>
      )}
      {open && <ResolveComplaintDialog complaint={complaint} onClose={() => setOpen(false)} />}
    </TopToolbar>
  );
};
