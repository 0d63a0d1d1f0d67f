import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { JsonField } from '../../components/JsonField.tsx';
import { RefField } from '../../components/RefField.tsx';

export const LawEnforcementReferralShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <RefField source="noticeId" reference="dsa-notices" />
      <TextField source="authority" />
      <TextField source="memberState" />
      <TextField source="authorityReference" emptyText="—" />
      <TextField source="note" />
      <JsonField source="payload" />
      <RefField source="referredByStaffId" reference="staff" />
      <DateTimeField source="referredAt" />
    </SimpleShowLayout>
  </Show>
);
