import JobIcon from '@mui/icons-material/Schedule';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./JobRunList.tsx'), 'JobRunList'),
  show: lazyView(() => import('./JobRunList.tsx'), 'JobRunShow'),
  icon: JobIcon,
  recordRepresentation: 'job',
} satisfies ResourceConfig;
