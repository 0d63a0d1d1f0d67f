import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { JsonField } from '../../components/JsonField.tsx';
import { RolesField } from '../../components/RolesField.tsx';
import { actorKindChoices, outcomeChoices } from './auditChoices.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { AuditSentenceField } from './AuditFields.tsx';

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <AuditSentenceField source="action" label="resources.audit-log.fields.sentence" />
      <CopyField source="id" />
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
      <CopyField source="requestId" />
      <TextField source="idempotencyKey" />
      <TextField source="ip" />
      <TextField source="userAgent" />
      <TextField source="prevHash" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
      <TextField source="hash" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
    </SimpleShowLayout>
  </Show>
);
