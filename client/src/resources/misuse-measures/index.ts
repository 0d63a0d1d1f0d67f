import MisuseIcon from '@mui/icons-material/ReportProblem';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./MisuseMeasureList.tsx'), 'MisuseMeasureList'),
  icon: MisuseIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${String(record.notifierEmail ?? record.accountId ?? '')}`,
} satisfies ResourceConfig;
