import SettingsIcon from '@mui/icons-material/Settings';
import type { ResourceConfig } from '../types.ts';
import { SettingEdit } from './SettingEdit.tsx';
import { SettingList } from './SettingList.tsx';
import { SettingShow } from './SettingShow.tsx';

export default {
  list: SettingList,
  show: SettingShow,
  edit: SettingEdit,
  icon: SettingsIcon,
  recordRepresentation: 'id',
} satisfies ResourceConfig;
