import ReportIcon from '@mui/icons-material/Flag';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./ReviewReportList.tsx'), 'ReviewReportList'),
  show: lazyView(() => import('./ReviewReportShow.tsx'), 'ReviewReportShow'),
  icon: ReportIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${String(record.reason ?? '')}`,
} satisfies ResourceConfig;
