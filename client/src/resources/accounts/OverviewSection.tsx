import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DataTable,
  Link,
  ListContextProvider,
  ResourceContextProvider,
  useCreatePath,
  useList,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { ResourceName } from '../../../../server/domain/permissions.ts';
import { useRoles } from './useRoles.ts';

export interface OverviewSectionProps {
  /** `resources.accounts.sections.<name>` titles it; also its test id (`section-<name>`). */
  name: string;
  /** The records' resource: their labels, and where a row and "see all" lead. */
  resource: ResourceName;
  data: RaRecord[];
  /** How many there are in all (the 360 sends the 50 most recent). */
  total: number | undefined;
  /** The full list's filter, e.g. `{ senderAccountId: 12 }`; no "see all" link without one. */
  filter?: Record<string, unknown>;
  /** Extra header content (buttons). */
  actions?: ReactNode;
  /** Rows open the record when the role reads it; `false` for rows holding their own buttons. */
  rowClick?: false;
  /** The columns: `DataTable.Col`s. */
  children: ReactNode;
}

/**
 * One list of the 360: "N of total", a link to the full filtered list, rows opening the record (when the role reads it).
 * An empty list is one line (its title and "None."), so that a quiet account's page stays short.
 */
export const OverviewSection = ({ name, resource, data, total, filter, actions, rowClick, children }: OverviewSectionProps) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { reads } = useRoles();
  const listContext = useList({ data, resource, perPage: Math.max(data.length, 1) });
  const readable = reads(resource);
  const count = total ?? data.length;
  const fullList = `${createPath({ resource, type: 'list' })}?filter=${encodeURIComponent(JSON.stringify(filter ?? {}))}`;
  const empty = count === 0 && data.length === 0;
  return (
    <Card variant="outlined" data-testid={`section-${name}`} component="section" aria-labelledby={`section-${name}-title`}>
      <CardContent sx={empty ? { py: 1.5, '&:last-child': { pb: 1.5 } } : { pb: 1, '&:last-child': { pb: 1 } }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap', mb: empty ? 0 : 0.5 }}>
          <Typography variant="subtitle1" component="h3" id={`section-${name}-title`} sx={{ fontWeight: 600 }}>
            {translate(`resources.accounts.sections.${name}`)}
          </Typography>
          {empty ? (
            <Typography variant="body2" color="text.secondary" data-testid={`section-${name}-empty`}>
              {translate('resources.accounts.sections.empty')}
            </Typography>
          ) : (
            <Typography variant="body2" color="text.secondary" data-testid={`section-${name}-count`}>
              {translate('resources.accounts.sections.count', { shown: data.length, total: count })}
            </Typography>
          )}
          {readable && filter && count > 0 && (
            <Link to={fullList} variant="body2" data-testid={`section-${name}-all`}>
              {translate('resources.accounts.sections.see_all')}
            </Link>
          )}
          <Stack direction="row" sx={{ flexGrow: 1, justifyContent: 'flex-end' }}>
            {actions}
          </Stack>
        </Stack>
        {!empty && (
          <ResourceContextProvider value={resource}>
            <ListContextProvider value={listContext}>
              <DataTable
                size="small"
                bulkActionButtons={false}
                rowClick={readable && rowClick !== false ? 'show' : false}
                empty={
                  <Typography variant="body2" color="text.secondary">
                    {translate('resources.accounts.sections.empty')}
                  </Typography>
                }
                sx={{ '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' } }}
              >
                {children}
              </DataTable>
            </ListContextProvider>
          </ResourceContextProvider>
        )}
      </CardContent>
    </Card>
  );
};
