import AuditIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./AuditLogList.tsx'), 'AuditLogList'),
  show: lazyView(() => import('./AuditLogShow.tsx'), 'AuditLogShow'),
  icon: AuditIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${String(record.action ?? '')}`,
} satisfies ResourceConfig;
