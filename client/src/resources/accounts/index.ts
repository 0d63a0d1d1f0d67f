import AccountIcon from '@mui/icons-material/Person';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./AccountList.tsx'), 'AccountList'),
  // The customer 360: one page, one call (GET /api/accounts/:id/overview).
  show: lazyView(() => import('./AccountShow.tsx'), 'AccountShow'),
  icon: AccountIcon,
  recordRepresentation: 'email',
} satisfies ResourceConfig;
