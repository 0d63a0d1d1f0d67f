import Icon from '@mui/icons-material/Campaign';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./NoticeList.tsx'), 'NoticeList'),
  show: lazyView(() => import('./NoticeShow.tsx'), 'NoticeShow'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id} ${String(record.subjectEn ?? '')}`,
} satisfies ResourceConfig;
