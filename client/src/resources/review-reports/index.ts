import ReportIcon from '@mui/icons-material/Flag';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { ReviewReportList } from './ReviewReportList.tsx';
import { ReviewReportShow } from './ReviewReportShow.tsx';

export default {
  list: ReviewReportList,
  show: ReviewReportShow,
  icon: ReportIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} · ${String(record.reason ?? '')}`,
} satisfies ResourceConfig;
