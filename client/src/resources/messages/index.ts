import MessageIcon from '@mui/icons-material/Mail';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./MessageList.tsx'), 'MessageList'),
  show: lazyView(() => import('./MessageShow.tsx'), 'MessageShow'),
  icon: MessageIcon,
  recordRepresentation: 'subject',
} satisfies ResourceConfig;
