import RedemptionIcon from '@mui/icons-material/Redeem';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./PromoRedemptionList.tsx'), 'PromoRedemptionList'),
  show: lazyView(() => import('./PromoRedemptionShow.tsx'), 'PromoRedemptionShow'),
  icon: RedemptionIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
