import AccountPlanIcon from '@mui/icons-material/DataUsage';
import type { ResourceConfig } from '../types.ts';
import { AccountPlanList } from './AccountPlanList.tsx';
import { AccountPlanShow } from './AccountPlanShow.tsx';

export default {
  list: AccountPlanList,
  show: AccountPlanShow,
  icon: AccountPlanIcon,
  recordRepresentation: 'name',
} satisfies ResourceConfig;
