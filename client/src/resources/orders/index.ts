import OrderIcon from '@mui/icons-material/ShoppingCart';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./OrderList.tsx'), 'OrderList'),
  show: lazyView(() => import('./OrderShow.tsx'), 'OrderShow'),
  icon: OrderIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${String(record.paymentReference ?? '')}`,
} satisfies ResourceConfig;
