import StatementIcon from '@mui/icons-material/Description';
import type { ResourceConfig } from '../types.ts';
import { StatementOfReasonsList } from './StatementOfReasonsList.tsx';
import { StatementOfReasonsShow } from './StatementOfReasonsShow.tsx';

export default {
  list: StatementOfReasonsList,
  show: StatementOfReasonsShow,
  icon: StatementIcon,
  recordRepresentation: 'puid',
} satisfies ResourceConfig;
