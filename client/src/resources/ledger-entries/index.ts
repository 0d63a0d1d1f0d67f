import LedgerIcon from '@mui/icons-material/ReceiptLong';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./LedgerEntryList.tsx'), 'LedgerEntryList'),
  show: lazyView(() => import('./LedgerEntryShow.tsx'), 'LedgerEntryShow'),
  icon: LedgerIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
