import AuditIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { AuditLogList } from './AuditLogList.tsx';
import { AuditLogShow } from './AuditLogShow.tsx';

export default {
  list: AuditLogList,
  show: AuditLogShow,
  icon: AuditIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${String(record.action ?? '')}`,
} satisfies ResourceConfig;
