import DifferenceIcon from '@mui/icons-material/CompareArrows';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./PayoutDiscrepancyList.tsx'), 'PayoutDiscrepancyList'),
  show: lazyView(() => import('./PayoutDiscrepancyShow.tsx'), 'PayoutDiscrepancyShow'),
  icon: DifferenceIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${String(record.providerReference ?? '')}`,
} satisfies ResourceConfig;
