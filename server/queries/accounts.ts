import type { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { parseId } from '../http/ids.ts';
import { fromZod } from '../http/errors.ts';
import { grantedRouter } from './grantedRouter.ts';
import { accountOverview, searchAccounts } from '../services/accountOverview.ts';

/** The search box and the customer 360. */
export function accountQueryRouter(db: Knex): Router {
  const { router, get } = grantedRouter();
  get('/accounts/search', 'accounts.search', async (req, res, roles) => {
    const q = z.strictObject({ q: z.string().trim().min(2, 'type at least 2 characters').max(254) }).safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    res.json({ matches: await searchAccounts(db, q.data.q, roles) });
  });
  get('/accounts/:id/overview', 'accounts.overview', async (req, res, roles) => {
    const id = parseId(req.params.id);
    res.json(await accountOverview(db, id, roles));
  });
  return router;
}
