import NoticeIcon from '@mui/icons-material/Report';
import type { ResourceConfig } from '../types.ts';
import { DsaNoticeList } from './DsaNoticeList.tsx';
import { DsaNoticeShow } from './DsaNoticeShow.tsx';

export default {
  list: DsaNoticeList,
  show: DsaNoticeShow,
  icon: NoticeIcon,
  recordRepresentation: 'reference',
} satisfies ResourceConfig;
