import PromoCodeIcon from '@mui/icons-material/LocalOffer';
import type { ResourceConfig } from '../types.ts';
import { PromoCodeCreate } from './PromoCodeCreate.tsx';
import { PromoCodeEdit } from './PromoCodeEdit.tsx';
import { PromoCodeList } from './PromoCodeList.tsx';
import { PromoCodeShow } from './PromoCodeShow.tsx';

export default {
  list: PromoCodeList,
  show: PromoCodeShow,
  create: PromoCodeCreate,
  edit: PromoCodeEdit,
  icon: PromoCodeIcon,
  recordRepresentation: 'code',
} satisfies ResourceConfig;
