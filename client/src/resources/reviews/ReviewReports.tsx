import { EmailField, Pagination, SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { RelatedListCard } from '../../components/RelatedListCard.tsx';
import { reportReasonChoices, reportStatusChoices } from '../review-reports/reportChoices.ts';
import { SeverityField } from './SeverityField.tsx';

/** Every report of the review, newest first: why, how severe, by whom, and the DSA notice it came from. */
export const ReviewReports = () => (
  <RelatedListCard
    title="resources.reviews.sections.reports"
    empty="resources.reviews.no_reports"
    reference="review-reports"
    target="reviewId"
    perPage={25}
    rowClick={false}
    pagination={<Pagination />}
    testId="review-reports"
  >
    <SelectField source="reason" choices={reportReasonChoices} sortable={false} />
    <SeverityField source="severity" sortable={false} />
    <TextField source="note" sortable={false} emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
    <SelectField source="status" choices={reportStatusChoices} sortable={false} />
    <RefField source="reporterAccountId" reference="accounts" sortable={false} emptyText="—">
      <TextField source="email" />
    </RefField>
    <EmailField source="reporterEmail" sortable={false} emptyText="—" />
    <DateTimeField source="createdAt" sortable={false} />
    <RefField source="noticeId" reference="dsa-notices" sortable={false} emptyText="—">
      <TextField source="reference" />
    </RefField>
  </RelatedListCard>
);
