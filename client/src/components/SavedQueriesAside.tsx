import { Card, CardContent } from '@mui/material';
import { SavedQueriesList } from 'react-admin';

/**
 * A list's sidebar with react-admin's saved queries: the current filters and sort saved under a name,
 * one click to come back to them. They are the staff member's own (userStore.ts keeps them per user).
 * Shown from 1536 px: below, the busy lists need the whole width (docs/screenshots at 1440 and 1024 px).
 */
export const SavedQueriesAside = () => (
  <Card
    variant="outlined"
    sx={{ order: -1, mr: 2, mt: 2, alignSelf: 'flex-start', width: 220, flexShrink: 0, display: { xs: 'none', xl: 'block' } }}
    data-testid="saved-queries"
  >
    <CardContent sx={{ pt: 1 }}>
      <SavedQueriesList />
    </CardContent>
  </Card>
);

/** Beside the sidebar, the list may shrink: its table then scrolls inside its own frame, never the page. */
export const SAVED_QUERIES_LIST_SX = { '& .RaList-main': { minWidth: 0 } } as const;
