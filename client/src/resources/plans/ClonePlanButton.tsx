import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useState } from 'react';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { ClonePlanDialog } from './ClonePlanDialog.tsx';
import type { Plan } from './planTypes.ts';

/** Opens "Clone to countries" on a plan (catalog, admin). */
export const ClonePlanButton = () => {
  const plan = useRecordContext<Plan>();
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'create' });
  const [open, setOpen] = useState(false);
  if (!plan || !canAccess) return null;
  return (
    <>
      <Button label="resources.plans.clone.button" onClick={() => setOpen(true)}>
        <ContentCopyIcon />
      </Button>
      {open && <ClonePlanDialog plan={plan} onClose={() => setOpen(false)} />}
    </>
  );
};
