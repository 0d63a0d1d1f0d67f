import { Card, CardContent, Grid, Typography } from '@mui/material';
import { SelectField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { StaffField } from '../dsa-notices/ClaimHolderField.tsx';
import { removalGroundChoices } from './reviewChoices.ts';
import type { Review } from './reviewTypes.ts';

/** Why, when and by whom a review was removed; the note is the explanation the author received. */
export const ReviewRemoval = () => {
  const review = useRecordContext<Review>();
  const translate = useTranslate();
  if (!review?.removedAt) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="review-removal">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('resources.reviews.sections.removal')}
        </Typography>
        <Grid container spacing={2}>
          <Cell>
            <SelectField source="removalGround" choices={removalGroundChoices} emptyText="—" />
          </Cell>
          <Cell>
            <DateTimeField source="removedAt" />
          </Cell>
          <Cell>
            <StaffField source="removedByStaffId" emptyText="—" />
          </Cell>
          <Grid size={12}>
            <TextField source="removalNote" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
};
