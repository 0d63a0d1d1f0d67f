import { Divider, Tab, Tabs } from '@mui/material';
import type { SyntheticEvent } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import { TRANSFER_TABS } from './transferChoices.ts';
import { TransferStatusCount } from './TransferStatusCount.tsx';
import type { TransferStatus } from './transferTypes.ts';

/** Posters Galore's order tabs: one per status, each with its live count; the status is a list filter. */
export const TransferStatusTabs = () => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const { status, ...otherFilters } = filterValues as { status?: TransferStatus } & Record<string, unknown>;
  const current = status && (TRANSFER_TABS as readonly string[]).includes(status) ? status : false;

  const change = (_event: SyntheticEvent, value: TransferStatus) => {
    setFilters({ ...filterValues, status: value }, displayedFilters);
  };

  return (
    <>
      <Tabs variant="fullWidth" value={current} onChange={change} indicatorColor="primary" aria-label={translate('resources.transfers.list.tabs')}>
        {TRANSFER_TABS.map((value) => (
          <Tab
            key={value}
            value={value}
            label={
              <span>
                {translate(`enums.transfer_status.${value}`)} (<TransferStatusCount status={value} filter={otherFilters} />)
              </span>
            }
          />
        ))}
      </Tabs>
      <Divider />
    </>
  );
};
