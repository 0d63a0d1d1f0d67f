import OrderIcon from '@mui/icons-material/ShoppingCart';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { OrderList } from './OrderList.tsx';
import { OrderShow } from './OrderShow.tsx';

export default {
  list: OrderList,
  show: OrderShow,
  icon: OrderIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${String(record.paymentReference ?? '')}`,
} satisfies ResourceConfig;
