import { Grid } from '@mui/material';
import { SelectField, TextField } from 'react-admin';
import { DateTimeField, DayField } from '../../components/DateTimeField.tsx';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReportTallyField } from './ReportTallyField.tsx';
import { PublishedDateField } from './PublishedDateField.tsx';
import { reviewStatusChoices } from './reviewChoices.ts';
import { SeverityField } from './SeverityField.tsx';
import { StarRatingField } from './StarRatingField.tsx';

/** The review's facts: status, author, rating, its dates (collected, published — flagged when late —, updated, erased after three years) and open reports. */
export const ReviewSummary = () => (
  <Grid container spacing={2} sx={{ mb: 2 }} data-testid="review-summary">
    <Cell>
      <SelectField source="status" choices={reviewStatusChoices} />
    </Cell>
    <Cell>
      <RefField source="accountId" reference="accounts">
        <TextField source="email" />
      </RefField>
    </Cell>
    <Cell>
      <StarRatingField source="rating" />
    </Cell>
    <Cell>
      <RefField source="orderId" reference="orders" emptyText="—" />
    </Cell>
    <Cell>
      <DateTimeField source="collectedAt" />
    </Cell>
    <Cell>
      <PublishedDateField source="publishedAt" label="resources.reviews.fields.publishedAt" />
    </Cell>
    <Cell>
      <DateTimeField source="contentUpdatedAt" emptyText="—" />
    </Cell>
    <Cell>
      <DayField source="deleteAfter" />
    </Cell>
    <Cell>
      <ReportTallyField source="reports" label="resources.reviews.fields.reports" />
    </Cell>
    <Cell>
      <SeverityField source="severity" emptyText="—" />
    </Cell>
    <Cell>
      <DateTimeField source="lastReportedAt" emptyText="—" />
    </Cell>
  </Grid>
);
