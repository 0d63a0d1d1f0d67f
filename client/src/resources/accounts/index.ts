import AccountIcon from '@mui/icons-material/Person';
import type { ResourceConfig } from '../types.ts';
import { AccountList } from './AccountList.tsx';
import { AccountShow } from './AccountShow.tsx';

export default {
  list: AccountList,
  show: AccountShow,
  icon: AccountIcon,
  recordRepresentation: 'email',
} satisfies ResourceConfig;
