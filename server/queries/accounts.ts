import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { canUse } from '../domain/permissions.ts';
import { parseId } from '../http/ids.ts';
import { forbidden, fromZod } from '../http/errors.ts';
import { accountOverview, searchAccounts } from '../services/accountOverview.ts';

const staffRoles = (req: Request) => {
  if (req.actor?.kind !== 'staff' || !canUse(req.actor.roles, 'accounts', 'read')) throw forbidden('Your role does not read accounts');
  return req.actor.roles;
};

/** The search box and the customer 360. */
export function accountQueryRouter(db: Knex): Router {
  const router = Router();
  router.get('/accounts/search', async (req, res) => {
    const roles = staffRoles(req);
    const q = z.strictObject({ q: z.string().trim().min(2, 'type at least 2 characters').max(254) }).safeParse(req.query);
    if (!q.success) throw fromZod(q.error, 'query');
    res.json({ matches: await searchAccounts(db, q.data.q, roles) });
  });
  router.get('/accounts/:id/overview', async (req, res) => {
    const roles = staffRoles(req);
    const id = parseId(req.params.id);
    res.json(await accountOverview(db, id, roles));
  });
  return router;
}
