import ReferralIcon from '@mui/icons-material/GroupAdd';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { ReferralList } from './ReferralList.tsx';
import { ReferralShow } from './ReferralShow.tsx';

export default {
  list: ReferralList,
  show: ReferralShow,
  icon: ReferralIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
