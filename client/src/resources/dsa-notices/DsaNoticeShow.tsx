import { BooleanField, EmailField, SelectField, Show, SimpleShowLayout, TextArrayField, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { decisionChoices, noticeStatusChoices } from './noticeChoices.ts';

// The Art. 16(2) elements first, then the handling and the decision.
export const DsaNoticeShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="reference" />
      <SelectField source="status" choices={noticeStatusChoices} />
      <BooleanField source="threatToLife" />
      <DateTimeField source="receivedAt" />
      <DateTimeField source="acknowledgedAt" />
      <DateTimeField source="decisionDueAt" />
      <TextField source="category" />
      <TextField source="explanation" />
      <TextArrayField source="locations" />
      <RefField source="reviewId" reference="reviews" />
      <RefField source="authorAccountId" reference="accounts" />
      <TextField source="notifierName" />
      <EmailField source="notifierEmail" />
      <BooleanField source="goodFaith" />
      <RefField source="trustedFlaggerId" reference="trusted-flaggers" />
      <TextField source="language" />
      <RefField source="lockedByStaffId" reference="staff" />
      <DateTimeField source="lockedAt" />
      <SelectField source="decision" choices={decisionChoices} />
      <DateTimeField source="decidedAt" />
      <RefField source="decidedByStaffId" reference="staff" />
      <BooleanField source="automatedDetection" />
      <BooleanField source="automatedDecision" />
      <DateTimeField source="escalatedAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
