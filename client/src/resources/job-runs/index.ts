import JobIcon from '@mui/icons-material/Schedule';
import type { ResourceConfig } from '../types.ts';
import { JobRunList, JobRunShow } from './JobRunList.tsx';

export default {
  list: JobRunList,
  show: JobRunShow,
  icon: JobIcon,
  recordRepresentation: 'job',
} satisfies ResourceConfig;
