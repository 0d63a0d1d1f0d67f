import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** "Published late": more than a month after its collection, later than the terms allow (GCU §8). */
export const PublishedLateChip = ({ reviewId }: { reviewId: number }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('resources.reviews.published_late_hint')}>
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        label={translate('resources.reviews.published_late')}
        data-testid={`review-published-late-${reviewId}`}
        sx={{ mt: 0.5 }}
      />
    </Tooltip>
  );
};
