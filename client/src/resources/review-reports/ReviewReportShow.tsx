import { EmailField, NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { reportStatusChoices } from './reportChoices.ts';

export const ReviewReportShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <RefField source="reviewId" reference="reviews" />
      <RefField source="reporterAccountId" reference="accounts" />
      <EmailField source="reporterEmail" />
      <TextField source="reason" />
      <TextField source="note" />
      <NumberField source="severity" />
      <SelectField source="status" choices={reportStatusChoices} />
      <DateTimeField source="resolvedAt" />
      <RefField source="resolvedByStaffId" reference="staff" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
