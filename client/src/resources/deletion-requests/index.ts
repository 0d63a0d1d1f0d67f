import Icon from '@mui/icons-material/PersonRemove';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./DeletionRequestList.tsx'), 'DeletionRequestList'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
