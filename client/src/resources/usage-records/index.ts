import UsageIcon from '@mui/icons-material/Timeline';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { UsageRecordList } from './UsageRecordList.tsx';
import { UsageRecordShow } from './UsageRecordShow.tsx';

export default {
  list: UsageRecordList,
  show: UsageRecordShow,
  icon: UsageIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
