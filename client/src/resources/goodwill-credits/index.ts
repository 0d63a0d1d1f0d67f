import Icon from '@mui/icons-material/CardGiftcard';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./GoodwillCreditList.tsx'), 'GoodwillCreditList'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
