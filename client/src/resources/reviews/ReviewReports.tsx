import { DataTable, EmailField, Pagination, SelectField, TextField } from 'react-admin';
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
    <DataTable.Col source="reason" disableSort>
      <SelectField source="reason" choices={reportReasonChoices} />
    </DataTable.Col>
    <DataTable.Col source="severity" disableSort field={SeverityField} />
    <DataTable.Col source="note" disableSort>
      <TextField source="note" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
    </DataTable.Col>
    <DataTable.Col source="status" disableSort>
      <SelectField source="status" choices={reportStatusChoices} />
    </DataTable.Col>
    <DataTable.Col source="reporterAccountId" disableSort>
      <RefField source="reporterAccountId" reference="accounts" emptyText="—">
        <TextField source="email" />
      </RefField>
    </DataTable.Col>
    <DataTable.Col source="reporterEmail" disableSort>
      <EmailField source="reporterEmail" emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="createdAt" disableSort field={DateTimeField} />
    <DataTable.Col source="noticeId" disableSort>
      <RefField source="noticeId" reference="dsa-notices" emptyText="—">
        <TextField source="reference" />
      </RefField>
    </DataTable.Col>
  </RelatedListCard>
);
