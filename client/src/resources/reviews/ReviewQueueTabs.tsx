import { Divider, Tab, Tabs } from '@mui/material';
import type { SyntheticEvent } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import { REVIEW_TABS, tabOfFilter, withoutTabFilter, type ReviewTabId } from './reviewTabs.ts';
import { ReviewTabCount } from './ReviewTabCount.tsx';

/** StatusTabs for reviews: "Reported" is not a status but the queue filter, so each tab carries its filter and sort. */
export const ReviewQueueTabs = () => {
  const { filterValues, setFilters, displayedFilters, setSort } = useListContext();
  const translate = useTranslate();
  const others = withoutTabFilter(filterValues as Record<string, unknown>);
  const current = tabOfFilter(filterValues as Record<string, unknown>)?.id ?? false;

  const change = (_event: SyntheticEvent, value: ReviewTabId) => {
    const tab = REVIEW_TABS.find((t) => t.id === value);
    if (!tab) return;
    setFilters({ ...others, ...tab.filter }, displayedFilters);
    setSort(tab.sort);
  };

  return (
    <>
      <Tabs
        variant="fullWidth"
        value={current}
        onChange={change}
        indicatorColor="primary"
        aria-label={translate('resources.reviews.tabs.label')}
      >
        {REVIEW_TABS.map((tab) => (
          <Tab
            key={tab.id}
            value={tab.id}
            label={
              <span>
                {translate(`resources.reviews.tabs.${tab.id}`)} (<ReviewTabCount tab={tab} filter={others} />)
              </span>
            }
          />
        ))}
      </Tabs>
      <Divider />
    </>
  );
};
