import TransferIcon from '@mui/icons-material/SwapHoriz';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./TransferList.tsx'), 'TransferList'),
  show: lazyView(() => import('./TransferShow.tsx'), 'TransferShow'),
  icon: TransferIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} → ${String(record.recipientEmail ?? '')}`,
} satisfies ResourceConfig;
