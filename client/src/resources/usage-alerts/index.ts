import UsageAlertIcon from '@mui/icons-material/NotificationsActive';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./UsageAlertList.tsx'), 'UsageAlertList'),
  show: lazyView(() => import('./UsageAlertShow.tsx'), 'UsageAlertShow'),
  create: lazyView(() => import('./UsageAlertCreate.tsx'), 'UsageAlertCreate'),
  edit: lazyView(() => import('./UsageAlertEdit.tsx'), 'UsageAlertEdit'),
  icon: UsageAlertIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.thresholdPercent)} % · ${String(record.channel)}`,
} satisfies ResourceConfig;
