import BlockIcon from '@mui/icons-material/Block';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { BlockList } from './BlockList.tsx';
import { BlockShow } from './BlockShow.tsx';

export default {
  list: BlockList,
  show: BlockShow,
  icon: BlockIcon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
