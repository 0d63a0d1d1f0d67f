import type { recordFields as en } from '../en/common.ts';

export const recordFields: typeof en = {
  id: 'ID',
  createdAt: 'Créé le',
  updatedAt: 'Modifié le',
  version: 'Version',
};
