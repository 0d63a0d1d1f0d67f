import HistoryIcon from '@mui/icons-material/History';
import { Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import {
  Button,
  Link,
  useCreatePath,
  usePermissions,
  useRecordContext,
  useResourceContext,
  type FieldProps,
  type Identifier,
} from 'react-admin';
import { canUse, RESOURCES, type ResourceName } from '../../../../server/domain/permissions.ts';
import type { Role } from '../../../../server/domain/enums.ts';
import { useAuditSentence, type AuditEntryLike } from './useAuditSentence.ts';

/** The entry as a sentence (useAuditSentence). */
export const AuditSentenceField = (_props: FieldProps) => {
  const entry = useRecordContext<AuditEntryLike & { id: Identifier }>();
  const sentence = useAuditSentence();
  if (!entry) return null;
  return (
    <Typography variant="body2" component="span" data-testid="audit-sentence">
      {sentence(entry)}
    </Typography>
  );
};

/** The record an entry is about, as a link to it when the reader may open it. */
export const AuditEntityLinkField = (_props: FieldProps) => {
  const entry = useRecordContext<AuditEntryLike & { id: Identifier }>();
  const createPath = useCreatePath();
  const { permissions } = usePermissions<Role[]>();
  if (!entry?.entity || !entry.entityId) return null;
  const known = (RESOURCES as readonly string[]).includes(entry.entity) && canUse(permissions ?? [], entry.entity as ResourceName, 'read');
  // A range ("12..40", a batch job's) is no record.
  if (!known || entry.entityId.includes('..'))
    return (
      <Typography variant="body2" component="span">
        {entry.entityId}
      </Typography>
    );
  return (
    <Link to={createPath({ resource: entry.entity, id: entry.entityId, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {entry.entityId}
    </Link>
  );
};

/** `/audit-log` filtered on one record: its own trail, for those who read the audit log (admins). */
export function historyPath(entity: string, id: Identifier): string {
  return `/audit-log?filter=${encodeURIComponent(JSON.stringify({ entity, entityId: String(id) }))}`;
}

/** "History": from a record's page to its own trail in the audit log (nothing for a role that may not read it). */
export const HistoryButton = ({ resource: given }: { resource?: string }) => {
  const record = useRecordContext();
  const current = useResourceContext();
  const { permissions } = usePermissions<Role[]>();
  const resource = given ?? current;
  if (!record || !resource || !canUse(permissions ?? [], 'audit-log', 'read')) return null;
  return (
    <Button to={historyPath(resource, record.id)} label="audit_sentence.history" data-testid="history-link">
      <HistoryIcon />
    </Button>
  );
};
