import TrustedFlaggerIcon from '@mui/icons-material/VerifiedUser';
import type { ResourceConfig } from '../types.ts';
import { TrustedFlaggerCreate } from './TrustedFlaggerCreate.tsx';
import { TrustedFlaggerEdit } from './TrustedFlaggerEdit.tsx';
import { TrustedFlaggerList } from './TrustedFlaggerList.tsx';
import { TrustedFlaggerShow } from './TrustedFlaggerShow.tsx';

export default {
  list: TrustedFlaggerList,
  show: TrustedFlaggerShow,
  create: TrustedFlaggerCreate,
  edit: TrustedFlaggerEdit,
  icon: TrustedFlaggerIcon,
  recordRepresentation: 'name',
} satisfies ResourceConfig;
