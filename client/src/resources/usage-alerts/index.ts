import UsageAlertIcon from '@mui/icons-material/NotificationsActive';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { UsageAlertCreate } from './UsageAlertCreate.tsx';
import { UsageAlertEdit } from './UsageAlertEdit.tsx';
import { UsageAlertList } from './UsageAlertList.tsx';
import { UsageAlertShow } from './UsageAlertShow.tsx';

export default {
  list: UsageAlertList,
  show: UsageAlertShow,
  create: UsageAlertCreate,
  edit: UsageAlertEdit,
  icon: UsageAlertIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.thresholdPercent)} % · ${String(record.channel)}`,
} satisfies ResourceConfig;
