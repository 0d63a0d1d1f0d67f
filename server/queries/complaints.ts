// Notices to customers (docs/ACCOUNTS.md "Notices"): before sending, the admin sees how many customers the
// audience holds now, in which language, and the words each language reads. After sending: the frozen count.
import type { Router } from 'express';
import type { Knex } from 'knex';
import { parseId } from '../http/ids.ts';
import { readerOf } from '../db/connection.ts';
import { noticePreview } from '../services/notices.ts';
import { grantedRouter } from './grantedRouter.ts';

export function complaintsQueryRouter(db: Knex): Router {
  const { router, get } = grantedRouter();
  get('/customer-notices/:id/preview', 'customer-notices.preview', async (req, res) => {
    res.json(await noticePreview(readerOf(db), parseId(req.params.id)));
  });
  return router;
}
