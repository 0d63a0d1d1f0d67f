import { Card, CardContent } from '@mui/material';
import { SavedQueriesList } from 'react-admin';

/**
 * A list's sidebar with react-admin's saved queries: the current filters and sort saved under a name,
 * one click to come back to them. They are the staff member's own (userStore.ts keeps them per user).
 * Shown from 1200 px: below, the list needs the width.
 */
export const SavedQueriesAside = () => (
  <Card
    variant="outlined"
    sx={{ order: -1, mr: 2, mt: 2, alignSelf: 'flex-start', width: 220, flexShrink: 0, display: { xs: 'none', lg: 'block' } }}
    data-testid="saved-queries"
  >
    <CardContent sx={{ pt: 1 }}>
      <SavedQueriesList />
    </CardContent>
  </Card>
);
