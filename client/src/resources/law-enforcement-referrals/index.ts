import PoliceIcon from '@mui/icons-material/LocalPolice';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./LawEnforcementReferralList.tsx'), 'LawEnforcementReferralList'),
  show: lazyView(() => import('./LawEnforcementReferralShow.tsx'), 'LawEnforcementReferralShow'),
  icon: PoliceIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${String(record.authority ?? '')}`,
} satisfies ResourceConfig;
