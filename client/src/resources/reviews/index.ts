import ReviewIcon from '@mui/icons-material/RateReview';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { ReviewList } from './ReviewList.tsx';
import { ReviewShow } from './ReviewShow.tsx';

export default {
  list: ReviewList,
  show: ReviewShow,
  icon: ReviewIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${'★'.repeat(Number(record.rating) || 0)}`,
} satisfies ResourceConfig;
