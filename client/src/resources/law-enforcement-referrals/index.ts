import PoliceIcon from '@mui/icons-material/LocalPolice';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { LawEnforcementReferralList } from './LawEnforcementReferralList.tsx';
import { LawEnforcementReferralShow } from './LawEnforcementReferralShow.tsx';

export default {
  list: LawEnforcementReferralList,
  show: LawEnforcementReferralShow,
  icon: PoliceIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${String(record.authority ?? '')}`,
} satisfies ResourceConfig;
