import RefundIcon from '@mui/icons-material/CurrencyExchange';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./RefundList.tsx'), 'RefundList'),
  show: lazyView(() => import('./RefundShow.tsx'), 'RefundShow'),
  icon: RefundIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
