import RefundIcon from '@mui/icons-material/CurrencyExchange';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { RefundList } from './RefundList.tsx';
import { RefundShow } from './RefundShow.tsx';

export default {
  list: RefundList,
  show: RefundShow,
  icon: RefundIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
