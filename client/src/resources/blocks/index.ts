import BlockIcon from '@mui/icons-material/Block';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./BlockList.tsx'), 'BlockList'),
  show: lazyView(() => import('./BlockShow.tsx'), 'BlockShow'),
  icon: BlockIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
