import SettingsIcon from '@mui/icons-material/Settings';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./SettingList.tsx'), 'SettingList'),
  show: lazyView(() => import('./SettingShow.tsx'), 'SettingShow'),
  edit: lazyView(() => import('./SettingEdit.tsx'), 'SettingEdit'),
  icon: SettingsIcon,
  recordRepresentation: 'id',
} satisfies ResourceConfig;
