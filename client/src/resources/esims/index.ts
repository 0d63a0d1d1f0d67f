import EsimIcon from '@mui/icons-material/SimCard';
import type { ResourceConfig } from '../types.ts';
import { EsimList } from './EsimList.tsx';
import { EsimShow } from './EsimShow.tsx';

export default {
  list: EsimList,
  show: EsimShow,
  icon: EsimIcon,
  recordRepresentation: 'iccid',
} satisfies ResourceConfig;
