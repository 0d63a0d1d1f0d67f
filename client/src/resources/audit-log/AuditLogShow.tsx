import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { JsonField } from '../../components/JsonField.tsx';
import { RolesField } from '../../components/RolesField.tsx';
import { actorKindChoices, outcomeChoices } from './auditChoices.ts';

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <DateTimeField source="at" />
      <SelectField source="actorKind" choices={actorKindChoices} />
      <TextField source="actorId" />
      <TextField source="actorEmail" />
      <RolesField source="actorRoles" />
      <TextField source="action" />
      <TextField source="entity" />
      <TextField source="entityId" />
      <JsonField source="before" />
      <JsonField source="after" />
      <TextField source="reason" />
      <SelectField source="outcome" choices={outcomeChoices} />
      <TextField source="requestId" />
      <TextField source="idempotencyKey" />
      <TextField source="ip" />
      <TextField source="userAgent" />
      <TextField source="prevHash" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
      <TextField source="hash" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
    </SimpleShowLayout>
  </Show>
);
