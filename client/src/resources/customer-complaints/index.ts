import Icon from '@mui/icons-material/Feedback';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./ComplaintList.tsx'), 'ComplaintList'),
  show: lazyView(() => import('./ComplaintShow.tsx'), 'ComplaintShow'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
