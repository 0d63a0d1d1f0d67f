import NoticeIcon from '@mui/icons-material/Report';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./DsaNoticeList.tsx'), 'DsaNoticeList'),
  show: lazyView(() => import('./DsaNoticeShow.tsx'), 'DsaNoticeShow'),
  icon: NoticeIcon,
  recordRepresentation: 'reference',
} satisfies ResourceConfig;
