import CountryIcon from '@mui/icons-material/Language';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../../components/lazyView.ts';
import type { ResourceConfig } from '../types.ts';

export default {
  list: lazyView(() => import('./CountryList.tsx'), 'CountryList'),
  show: lazyView(() => import('./CountryShow.tsx'), 'CountryShow'),
  create: lazyView(() => import('./CountryCreate.tsx'), 'CountryCreate'),
  edit: lazyView(() => import('./CountryEdit.tsx'), 'CountryEdit'),
  icon: CountryIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.name ?? '')} (${record.id})`,
} satisfies ResourceConfig;
