import ReviewIcon from '@mui/icons-material/RateReview';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./ReviewList.tsx'), 'ReviewList'),
  show: lazyView(() => import('./ReviewShow.tsx'), 'ReviewShow'),
  icon: ReviewIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${'★'.repeat(Number(record.rating) || 0)}`,
} satisfies ResourceConfig;
