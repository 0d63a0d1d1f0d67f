import StaffIcon from '@mui/icons-material/Badge';
import type { ResourceConfig } from '../types.ts';
import { StaffCreate } from './StaffCreate.tsx';
import { StaffEdit } from './StaffEdit.tsx';
import { StaffList } from './StaffList.tsx';
import { StaffShow } from './StaffShow.tsx';

export default {
  list: StaffList,
  show: StaffShow,
  create: StaffCreate,
  edit: StaffEdit,
  icon: StaffIcon,
  recordRepresentation: 'name',
} satisfies ResourceConfig;
