import AccountPlanIcon from '@mui/icons-material/DataUsage';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./AccountPlanList.tsx'), 'AccountPlanList'),
  show: lazyView(() => import('./AccountPlanShow.tsx'), 'AccountPlanShow'),
  icon: AccountPlanIcon,
  recordRepresentation: 'name',
} satisfies ResourceConfig;
