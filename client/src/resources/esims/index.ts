import EsimIcon from '@mui/icons-material/SimCard';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./EsimList.tsx'), 'EsimList'),
  show: lazyView(() => import('./EsimShow.tsx'), 'EsimShow'),
  icon: EsimIcon,
  recordRepresentation: 'iccid',
} satisfies ResourceConfig;
