import LedgerIcon from '@mui/icons-material/ReceiptLong';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { LedgerEntryList } from './LedgerEntryList.tsx';
import { LedgerEntryShow } from './LedgerEntryShow.tsx';

export default {
  list: LedgerEntryList,
  show: LedgerEntryShow,
  icon: LedgerIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
