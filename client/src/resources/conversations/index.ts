import ForumIcon from '@mui/icons-material/Forum';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./ConversationList.tsx'), 'ConversationList'),
  show: lazyView(() => import('./ConversationShow.tsx'), 'ConversationShow'),
  icon: ForumIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id} ${String(record.subject ?? '')}`,
} satisfies ResourceConfig;
