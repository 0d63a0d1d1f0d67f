import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { canUse, holdsAny } from '../domain/permissions.ts';
import { badRequest, forbidden, fromZod, notFound } from '../http/errors.ts';
import { deactivationPreview } from '../services/accountLifecycle.ts';
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
    const id = Number(req.params.id);
    if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw badRequest('invalid_id', `"${req.params.id}" is not a valid id`, { id: 'invalid' });
    res.json(await accountOverview(db, id, roles));
  });
  // What a deactivation will touch (open refunds, pending transfers sent, running plans): the agent sees it first.
  router.get('/accounts/:id/deactivation-preview', async (req, res) => {
    if (req.actor?.kind !== 'staff' || !holdsAny(req.actor.roles, ['support'])) throw forbidden('Only support closes accounts');
    const id = Number(req.params.id);
    if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw badRequest('invalid_id', `"${req.params.id}" is not a valid id`, { id: 'invalid' });
    if (!(await db('accounts').where({ id }).first('id'))) throw notFound(`Account ${id} not found`);
    res.json(await deactivationPreview(db, id));
  });
  return router;
}
