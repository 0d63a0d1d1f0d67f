import PriceChangeIcon from '@mui/icons-material/PriceChange';
import { useState } from 'react';
import { Button, useListContext } from 'react-admin';
import { BulkPriceChangeDialog } from './BulkPriceChangeDialog.tsx';

/** Bulk action of the plan list: change the selected plans' prices by a percentage (new orders only). */
export const BulkPriceChangeButton = () => {
  const { selectedIds } = useListContext();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="resources.plans.price_change.button" onClick={() => setOpen(true)}>
        <PriceChangeIcon />
      </Button>
      {open && <BulkPriceChangeDialog planIds={selectedIds.map(Number)} onClose={() => setOpen(false)} />}
    </>
  );
};
