import ComplaintIcon from '@mui/icons-material/Feedback';
import type { ResourceConfig } from '../types.ts';
import { DsaComplaintList } from './DsaComplaintList.tsx';
import { DsaComplaintShow } from './DsaComplaintShow.tsx';

export default {
  list: DsaComplaintList,
  show: DsaComplaintShow,
  icon: ComplaintIcon,
  recordRepresentation: 'reference',
} satisfies ResourceConfig;
