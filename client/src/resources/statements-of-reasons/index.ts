import StatementIcon from '@mui/icons-material/Description';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./StatementOfReasonsList.tsx'), 'StatementOfReasonsList'),
  show: lazyView(() => import('./StatementOfReasonsShow.tsx'), 'StatementOfReasonsShow'),
  icon: StatementIcon,
  recordRepresentation: 'puid',
} satisfies ResourceConfig;
