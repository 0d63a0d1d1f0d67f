import ComplaintIcon from '@mui/icons-material/Feedback';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./DsaComplaintList.tsx'), 'DsaComplaintList'),
  show: lazyView(() => import('./DsaComplaintShow.tsx'), 'DsaComplaintShow'),
  icon: ComplaintIcon,
  recordRepresentation: 'reference',
} satisfies ResourceConfig;
