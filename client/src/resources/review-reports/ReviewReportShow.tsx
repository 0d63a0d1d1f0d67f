import { EmailField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { SeverityField } from '../reviews/SeverityField.tsx';
import { reportReasonChoices, reportStatusChoices } from './reportChoices.ts';

export const ReviewReportShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <RefField source="reviewId" reference="reviews" />
      <SelectField source="reason" choices={reportReasonChoices} />
      <SeverityField source="severity" />
      <TextField source="note" emptyText="—" />
      <SelectField source="status" choices={reportStatusChoices} />
      <RefField source="reporterAccountId" reference="accounts" emptyText="—" />
      <EmailField source="reporterEmail" emptyText="—" />
      <RefField source="noticeId" reference="dsa-notices" emptyText="—">
        <TextField source="reference" />
      </RefField>
      <DateTimeField source="createdAt" />
      <DateTimeField source="resolvedAt" emptyText="—" />
      <RefField source="resolvedByStaffId" reference="staff" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
