import PlanIcon from '@mui/icons-material/Sell';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./PlanList.tsx'), 'PlanList'),
  show: lazyView(() => import('./PlanShow.tsx'), 'PlanShow'),
  create: lazyView(() => import('./PlanCreate.tsx'), 'PlanCreate'),
  edit: lazyView(() => import('./PlanEdit.tsx'), 'PlanEdit'),
  icon: PlanIcon,
  recordRepresentation: 'name',
} satisfies ResourceConfig;
