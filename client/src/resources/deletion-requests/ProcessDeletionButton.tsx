import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DeactivationDialog } from '../accounts/DeactivationDialog.tsx';

/** Processes an open deletion request: the deactivation dialog, with the open refunds to decide. */
export const ProcessDeletionButton = () => {
  const record = useRecordContext<{ id: number; accountId: number; status: string }>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || record.status !== 'open') return null;
  return (
    <>
      <Button
        size="small"
        color="error"
        variant="outlined"
        startIcon={<PersonOffIcon />}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        data-testid={`process-deletion-${record.id}`}
      >
        {translate('resources.deletion-requests.process')}
      </Button>
      {open && (
        <DeactivationDialog
          accountId={record.accountId}
          via={{ resource: 'deletion-requests', id: record.id, action: 'process' }}
          onDone={refresh}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
};
