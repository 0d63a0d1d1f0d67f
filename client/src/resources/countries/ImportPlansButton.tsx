import UploadIcon from '@mui/icons-material/Upload';
import { useState } from 'react';
import { Button } from 'react-admin';
import { ImportPlansDialog } from './ImportPlansDialog.tsx';

/** Opens the CSV import of a country's plans. */
export const ImportPlansButton = ({
  countryCode,
  countryName,
  label = 'resources.countries.csv.import',
}: {
  countryCode: string;
  countryName?: string;
  label?: string;
}) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        <UploadIcon />
      </Button>
      {open && <ImportPlansDialog countryCode={countryCode} countryName={countryName} onClose={() => setOpen(false)} />}
    </>
  );
};
