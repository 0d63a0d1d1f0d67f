import MessageIcon from '@mui/icons-material/Mail';
import type { ResourceConfig } from '../types.ts';
import { MessageList } from './MessageList.tsx';
import { MessageShow } from './MessageShow.tsx';

export default {
  list: MessageList,
  show: MessageShow,
  icon: MessageIcon,
  recordRepresentation: 'subject',
} satisfies ResourceConfig;
