import PlanIcon from '@mui/icons-material/Sell';
import type { ResourceConfig } from '../types.ts';
import { PlanCreate } from './PlanCreate.tsx';
import { PlanEdit } from './PlanEdit.tsx';
import { PlanList } from './PlanList.tsx';
import { PlanShow } from './PlanShow.tsx';

export default {
  list: PlanList,
  show: PlanShow,
  create: PlanCreate,
  edit: PlanEdit,
  icon: PlanIcon,
  recordRepresentation: 'name',
} satisfies ResourceConfig;
