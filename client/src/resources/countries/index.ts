import CountryIcon from '@mui/icons-material/Language';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';
import { CountryCreate } from './CountryCreate.tsx';
import { CountryEdit } from './CountryEdit.tsx';
import { CountryList } from './CountryList.tsx';
import { CountryShow } from './CountryShow.tsx';

export default {
  list: CountryList,
  show: CountryShow,
  create: CountryCreate,
  edit: CountryEdit,
  icon: CountryIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.name ?? '')} (${record.id})`,
} satisfies ResourceConfig;
