import type { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { parseId } from '../http/ids.ts';
import { fromZod } from '../http/errors.ts';
import { grantedRouter } from './grantedRouter.ts';
import { accountOverview, searchAccounts } from '../services/accountOverview.ts';
import { searchEverything, SEARCH_LIMIT_DEFAULT } from '../services/search.ts';

const searchQuery = z.strictObject({
  q: z.string().trim().min(2, 'type at least 2 characters').max(254),
  limit: z.coerce.number().int().min(1).max(20).default(SEARCH_LIMIT_DEFAULT),
});

/** The search box and the customer 360. */
export function accountQueryRouter(db: Knex): Router {
  const { router, get } = grantedRouter();
  get('/accounts/search', 'accounts.search', async (req, res, roles) => {
    const q = z.strictObject({ q: z.string().trim().min(2, 'type at least 2 characters').max(254) }).safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    res.json({ matches: await searchAccounts(db, q.data.q, roles) });
  });
  // The app bar's one search: every kind of record the role reads, grouped and ranked (docs/SEARCH.md).
  get('/search', 'search', async (req, res, roles) => {
    const q = searchQuery.safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    res.json({ q: q.data.q, groups: await searchEverything(db, q.data.q, roles, q.data.limit) });
  });
  get('/accounts/:id/overview', 'accounts.overview', async (req, res, roles) => {
    const id = parseId(req.params.id);
    res.json(await accountOverview(db, id, roles));
  });
  return router;
}
