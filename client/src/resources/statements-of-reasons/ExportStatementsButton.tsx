import ExportIcon from '@mui/icons-material/CloudUpload';
import { useState } from 'react';
import { Button } from 'react-admin';
import { ExportStatementsDialog } from './ExportStatementsDialog.tsx';

/** Opens the export to the EU Transparency Database (Art. 24(5)). */
export const ExportStatementsButton = () => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="resources.statements-of-reasons.export.button" onClick={() => setOpen(true)} data-testid="export-statements">
        <ExportIcon />
      </Button>
      {open && <ExportStatementsDialog onClose={() => setOpen(false)} />}
    </>
  );
};
