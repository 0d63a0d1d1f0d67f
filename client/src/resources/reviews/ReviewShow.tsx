import { NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { removalGroundChoices, reviewStatusChoices } from './reviewChoices.ts';
import { StarRatingField } from './StarRatingField.tsx';

export const ReviewShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <SelectField source="status" choices={reviewStatusChoices} />
      <RefField source="accountId" reference="accounts" />
      <RefField source="orderId" reference="orders" />
      <StarRatingField source="rating" />
      <TextField source="comment" />
      <DateTimeField source="collectedAt" />
      <DateTimeField source="publishedAt" />
      <DateTimeField source="contentUpdatedAt" />
      <DateTimeField source="deleteAfter" />
      <NumberField source="reportCount" />
      <NumberField source="severity" />
      <DateTimeField source="lastReportedAt" />
      <SelectField source="removalGround" choices={removalGroundChoices} />
      <TextField source="removalNote" />
      <DateTimeField source="removedAt" />
      <RefField source="removedByStaffId" reference="staff" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
