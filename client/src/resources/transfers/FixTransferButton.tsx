import BuildIcon from '@mui/icons-material/Build';
import { Tooltip } from '@mui/material';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { FixTransferDialog } from './FixTransferDialog.tsx';
import type { Transfer } from './transferTypes.ts';

/**
 * Opens the fix dialog on a pending or delivered transfer. On a fixed one the button stays,
 * disabled, and says why (Saleor's habit: explain, do not hide); the page explains it too.
 */
export const FixTransferButton = () => {
  const record = useRecordContext<Transfer>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  const fixable = record.status === 'pending' || record.status === 'delivered';
  const why = translate('resources.transfers.fix.cannot_fix', {
    status: translate(`enums.transfer_status.${record.status}`).toLocaleLowerCase(),
  });

  return (
    <>
      {fixable ? (
        <Button label="resources.transfers.fix.button" onClick={() => setOpen(true)} variant="contained">
          <BuildIcon />
        </Button>
      ) : (
        <Tooltip title={why}>
          <span>
            <Button label="resources.transfers.fix.button" disabled>
              <BuildIcon />
            </Button>
          </span>
        </Tooltip>
      )}
      {/* Kept open across the refresh that follows a fix, so that the result stays on screen. */}
      {open && <FixTransferDialog transfer={record} onClose={() => setOpen(false)} />}
    </>
  );
};
