import AccountIcon from '@mui/icons-material/Person';
import type { ResourceConfig } from '../types.ts';
import { AccountList } from './AccountList.tsx';
import { AccountShow } from './AccountShow.tsx';

export default {
  list: AccountList,
  // The customer 360: one page, one call (GET /api/accounts/:id/overview).
  show: AccountShow,
  icon: AccountIcon,
  recordRepresentation: 'email',
} satisfies ResourceConfig;
