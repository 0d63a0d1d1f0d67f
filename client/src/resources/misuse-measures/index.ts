import MisuseIcon from '@mui/icons-material/ReportProblem';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { MisuseMeasureList } from './MisuseMeasureList.tsx';

export default {
  list: MisuseMeasureList,
  icon: MisuseIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${String(record.notifierEmail ?? record.accountId ?? '')}`,
} satisfies ResourceConfig;
