import StaffIcon from '@mui/icons-material/Badge';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./StaffList.tsx'), 'StaffList'),
  show: lazyView(() => import('./StaffShow.tsx'), 'StaffShow'),
  create: lazyView(() => import('./StaffCreate.tsx'), 'StaffCreate'),
  edit: lazyView(() => import('./StaffEdit.tsx'), 'StaffEdit'),
  icon: StaffIcon,
  recordRepresentation: 'name',
} satisfies ResourceConfig;
