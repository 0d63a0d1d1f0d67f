import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../types.ts';

// Read through their conversation's page (the thread); no list of their own.
export default {
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
} satisfies ResourceConfig;
