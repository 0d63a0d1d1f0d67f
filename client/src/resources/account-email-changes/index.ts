import AlternateEmailIcon from '@mui/icons-material/AlternateEmail';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./AccountEmailChangeList.tsx'), 'AccountEmailChangeList'),
  icon: AlternateEmailIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
