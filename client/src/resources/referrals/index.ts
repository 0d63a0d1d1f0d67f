import ReferralIcon from '@mui/icons-material/GroupAdd';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./ReferralList.tsx'), 'ReferralList'),
  show: lazyView(() => import('./ReferralShow.tsx'), 'ReferralShow'),
  icon: ReferralIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
