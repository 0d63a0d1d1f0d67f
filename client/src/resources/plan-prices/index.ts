import PriceIcon from '@mui/icons-material/PriceChange';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { PlanPriceList } from './PlanPriceList.tsx';
import { PlanPriceShow } from './PlanPriceShow.tsx';

export default {
  list: PlanPriceList,
  show: PlanPriceShow,
  icon: PriceIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
