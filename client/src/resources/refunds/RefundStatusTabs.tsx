import { Divider, Tab, Tabs } from '@mui/material';
import type { SyntheticEvent } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import { REFUND_TABS, tabOfStatus, type RefundTabId } from './refundTabs.ts';
import { RefundTabCount } from './RefundTabCount.tsx';

/**
 * Posters Galore's order tabs for the finance queue: one per stage of the work, each with its
 * live count. A tab sets the status filter and sorts by the deadline that stage runs against.
 */
export const RefundStatusTabs = () => {
  const { filterValues, setFilters, displayedFilters, setSort } = useListContext();
  const translate = useTranslate();
  const { status, ...otherFilters } = filterValues as { status?: unknown } & Record<string, unknown>;
  const current = tabOfStatus(status)?.id ?? false;

  const change = (_event: SyntheticEvent, value: RefundTabId) => {
    const tab = REFUND_TABS.find((t) => t.id === value);
    if (!tab) return;
    setFilters({ ...filterValues, status: tab.status }, displayedFilters);
    setSort(tab.sort);
  };

  return (
    <>
      <Tabs
        variant="fullWidth"
        value={current}
        onChange={change}
        indicatorColor="primary"
        aria-label={translate('resources.refunds.tabs.label')}
      >
        {REFUND_TABS.map((tab) => (
          <Tab
            key={tab.id}
            value={tab.id}
            label={
              <span>
                {translate(`resources.refunds.tabs.${tab.id}`)} (<RefundTabCount tab={tab} filter={otherFilters} />)
              </span>
            }
          />
        ))}
      </Tabs>
      <Divider />
    </>
  );
};
