import PromoCodeIcon from '@mui/icons-material/LocalOffer';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./PromoCodeList.tsx'), 'PromoCodeList'),
  show: lazyView(() => import('./PromoCodeShow.tsx'), 'PromoCodeShow'),
  create: lazyView(() => import('./PromoCodeCreate.tsx'), 'PromoCodeCreate'),
  edit: lazyView(() => import('./PromoCodeEdit.tsx'), 'PromoCodeEdit'),
  icon: PromoCodeIcon,
  recordRepresentation: 'code',
} satisfies ResourceConfig;
