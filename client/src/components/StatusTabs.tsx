import { Divider, Tab, Tabs } from '@mui/material';
import type { SyntheticEvent } from 'react';
import { useGetList, useListContext, useTranslate, type SortPayload } from 'react-admin';
import { countText } from '../dataProvider.ts';

interface StatusTabsProps {
  /** The statuses to show as tabs, in order; labelled `enums.<enumName>.<status>`. */
  statuses: readonly string[];
  enumName: string;
  /** i18n key naming the tab list for screen readers. */
  label: string;
  /** The sort a tab switches to, when its rows are read in another order (e.g. a queue, then the decided ones). */
  sorts?: Partial<Record<string, SortPayload>>;
}

/** How many records a tab holds with the list's other filters: one row fetched, the total from Content-Range. */
const StatusCount = ({ status, filter }: { status: string; filter: Record<string, unknown> }) => {
  const { resource } = useListContext();
  const counted = useGetList(resource, {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'DESC' },
    filter: { ...filter, status },
  });
  return <span data-testid={`status-count-${status}`}>{countText(counted)}</span>;
};

/** Posters Galore's status tabs with live counts, for any list filtered by `status`. */
export const StatusTabs = ({ statuses, enumName, label, sorts }: StatusTabsProps) => {
  const { filterValues, setFilters, displayedFilters, setSort } = useListContext();
  const translate = useTranslate();
  const { status, ...otherFilters } = filterValues as { status?: unknown } & Record<string, unknown>;
  const current = typeof status === 'string' && statuses.includes(status) ? status : false;
  const change = (_event: SyntheticEvent, value: string) => {
    setFilters({ ...filterValues, status: value }, displayedFilters);
    const sort = sorts?.[value];
    if (sort) setSort(sort);
  };
  return (
    <>
      <Tabs variant="fullWidth" value={current} onChange={change} indicatorColor="primary" aria-label={translate(label)}>
        {statuses.map((value) => (
          <Tab
            key={value}
            value={value}
            label={
              <span>
                {translate(`enums.${enumName}.${value}`)} (<StatusCount status={value} filter={otherFilters} />)
              </span>
            }
          />
        ))}
      </Tabs>
      <Divider />
    </>
  );
};
