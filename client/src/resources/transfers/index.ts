import TransferIcon from '@mui/icons-material/SwapHoriz';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { TransferList } from './TransferList.tsx';
import { TransferShow } from './TransferShow.tsx';

export default {
  list: TransferList,
  show: TransferShow,
  icon: TransferIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} → ${String(record.recipientEmail ?? '')}`,
} satisfies ResourceConfig;
