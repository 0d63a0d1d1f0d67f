import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { canUse } from '../domain/permissions.ts';
import { badRequest, forbidden, fromZod } from '../http/errors.ts';
import { accountOverview, searchAccounts } from '../services/accountOverview.ts';
import { searchEverything, SEARCH_LIMIT_DEFAULT } from '../services/search.ts';

const staffRoles = (req: Request) => {
  if (req.actor?.kind !== 'staff' || !canUse(req.actor.roles, 'accounts', 'read')) throw forbidden('Your role does not read accounts');
  return req.actor.roles;
};

const searchQuery = z.strictObject({
  q: z.string().trim().min(2, 'type at least 2 characters').max(254),
  limit: z.coerce.number().int().min(1).max(20).default(SEARCH_LIMIT_DEFAULT),
});

/** The search box and the customer 360. */
export function accountQueryRouter(db: Knex): Router {
  const router = Router();
  router.get('/accounts/search', async (req, res) => {
    const roles = staffRoles(req);
    const q = z.strictObject({ q: z.string().trim().min(2, 'type at least 2 characters').max(254) }).safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    res.json({ matches: await searchAccounts(db, q.data.q, roles) });
  });
  // The app bar's one search: every kind of record the role reads, grouped and ranked (docs/SEARCH.md).
  router.get('/search', async (req, res) => {
    if (req.actor?.kind !== 'staff') throw forbidden('Staff only');
    const q = searchQuery.safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    res.json({ q: q.data.q, groups: await searchEverything(db, q.data.q, req.actor.roles, q.data.limit) });
  });
  router.get('/accounts/:id/overview', async (req, res) => {
    const roles = staffRoles(req);
    const id = Number(req.params.id);
    if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw badRequest('invalid_id', `"${req.params.id}" is not a valid id`, { id: 'invalid' });
    res.json(await accountOverview(db, id, roles));
  });
  return router;
}
