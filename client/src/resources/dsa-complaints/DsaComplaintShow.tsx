import { EmailField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { complaintStatusChoices } from './complaintChoices.ts';

export const DsaComplaintShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="reference" />
      <SelectField source="status" choices={complaintStatusChoices} />
      <DateTimeField source="receivedAt" />
      <TextField source="complainantName" />
      <EmailField source="complainantEmail" />
      <TextField source="text" />
      <RefField source="noticeId" reference="dsa-notices" />
      <RefField source="statementId" reference="statements-of-reasons" />
      <DateTimeField source="decidedAt" />
      <RefField source="decidedByStaffId" reference="staff" />
      <TextField source="decisionNote" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
