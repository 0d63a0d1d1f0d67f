import LiftIcon from '@mui/icons-material/LockOpen';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import { LiftMeasureDialog } from './LiftMeasureDialog.tsx';
import { isActive, type MisuseMeasure } from './misuseTypes.ts';

/** "Lift", on a measure still in force. */
export const LiftMeasureButton = () => {
  const measure = useRecordContext<MisuseMeasure>();
  const [open, setOpen] = useState(false);
  if (!measure || !isActive(measure)) return null;
  return (
    <>
      <Button label="resources.misuse-measures.actions.lift" onClick={() => setOpen(true)} data-testid={`lift-${measure.id}`}>
        <LiftIcon />
      </Button>
      {open && <LiftMeasureDialog measure={measure} onClose={() => setOpen(false)} />}
    </>
  );
};
