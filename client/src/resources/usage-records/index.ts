import UsageIcon from '@mui/icons-material/Timeline';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./UsageRecordList.tsx'), 'UsageRecordList'),
  show: lazyView(() => import('./UsageRecordShow.tsx'), 'UsageRecordShow'),
  icon: UsageIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
