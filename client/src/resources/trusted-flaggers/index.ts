import TrustedFlaggerIcon from '@mui/icons-material/VerifiedUser';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./TrustedFlaggerList.tsx'), 'TrustedFlaggerList'),
  show: lazyView(() => import('./TrustedFlaggerShow.tsx'), 'TrustedFlaggerShow'),
  create: lazyView(() => import('./TrustedFlaggerCreate.tsx'), 'TrustedFlaggerCreate'),
  edit: lazyView(() => import('./TrustedFlaggerEdit.tsx'), 'TrustedFlaggerEdit'),
  icon: TrustedFlaggerIcon,
  recordRepresentation: 'name',
} satisfies ResourceConfig;
