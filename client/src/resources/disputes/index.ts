import DisputeIcon from '@mui/icons-material/Gavel';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./DisputeList.tsx'), 'DisputeList'),
  show: lazyView(() => import('./DisputeShow.tsx'), 'DisputeShow'),
  icon: DisputeIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · order #${String(record.orderId ?? '')}`,
} satisfies ResourceConfig;
