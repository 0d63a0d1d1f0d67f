import RedemptionIcon from '@mui/icons-material/Redeem';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { PromoRedemptionList } from './PromoRedemptionList.tsx';
import { PromoRedemptionShow } from './PromoRedemptionShow.tsx';

export default {
  list: PromoRedemptionList,
  show: PromoRedemptionShow,
  icon: RedemptionIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
