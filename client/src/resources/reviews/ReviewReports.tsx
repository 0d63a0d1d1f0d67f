import { Card, CardContent, Typography } from '@mui/material';
import { Datagrid, EmailField, Pagination, ReferenceManyField, SelectField, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { reportReasonChoices, reportStatusChoices } from '../review-reports/reportChoices.ts';
import { SeverityField } from './SeverityField.tsx';

/** Every report of the review, newest first: why, how severe, by whom, and the DSA notice it came from. */
export const ReviewReports = () => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>{translate('resources.reviews.sections.reports')}</Typography>
        <ReferenceManyField
          reference="review-reports"
          target="reviewId"
          sort={{ field: 'createdAt', order: 'DESC' }}
          perPage={25}
          pagination={<Pagination />}
          empty={<Typography variant="body2" color="textSecondary">{translate('resources.reviews.no_reports')}</Typography>}
        >
          <Datagrid bulkActionButtons={false} rowClick={false} data-testid="review-reports">
            <SelectField source="reason" choices={reportReasonChoices} sortable={false} />
            <SeverityField source="severity" sortable={false} />
            <TextField source="note" sortable={false} emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <SelectField source="status" choices={reportStatusChoices} sortable={false} />
            <RefField source="reporterAccountId" reference="accounts" sortable={false} emptyText="—"><TextField source="email" /></RefField>
            <EmailField source="reporterEmail" sortable={false} emptyText="—" />
            <DateTimeField source="createdAt" sortable={false} />
            <RefField source="noticeId" reference="dsa-notices" sortable={false} emptyText="—"><TextField source="reference" /></RefField>
          </Datagrid>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};
