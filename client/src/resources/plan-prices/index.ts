import PriceIcon from '@mui/icons-material/PriceChange';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./PlanPriceList.tsx'), 'PlanPriceList'),
  show: lazyView(() => import('./PlanPriceShow.tsx'), 'PlanPriceShow'),
  icon: PriceIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
