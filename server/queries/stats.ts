import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { Role } from '../domain/enums.ts';
import { holdsAny } from '../domain/permissions.ts';
import { forbidden, fromZod } from '../http/errors.ts';
import { cardCounts, dsaStats, reviewStats, salesStats, topDestinations, transferStats, windowOf } from '../services/stats.ts';

const period = z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(30) });

function roles(req: Request): readonly Role[] {
  const actor = req.actor;
  return actor?.kind === 'staff' ? actor.roles : [];
}
function allow(req: Request, allowed: readonly Role[]): void {
  if (!holdsAny(roles(req), allowed)) throw forbidden('Your role does not see these figures');
}
function windowFrom(req: Request) {
  const q = period.safeParse(req.query);
  if (!q.success) throw fromZod(q.error, 'query');
  return windowOf(q.data.days);
}

/** `/api/stats/*`: the dashboard's aggregates, each for the roles that work on it (admin: all). */
export function statsRouter(db: Knex): Router {
  const router = Router();
  router.get('/stats/cards', async (req, res) => {
    res.json(await cardCounts(db, (area) => holdsAny(roles(req), [area])));
  });
  router.get('/stats/sales', async (req, res) => {
    allow(req, ['finance']);
    res.json(await salesStats(db, windowFrom(req)));
  });
  router.get('/stats/top-destinations', async (req, res) => {
    allow(req, ['support', 'finance', 'catalog']);
    res.json(await topDestinations(db, windowFrom(req)));
  });
  router.get('/stats/transfers', async (req, res) => {
    allow(req, ['support']);
    res.json(await transferStats(db, windowFrom(req)));
  });
  router.get('/stats/reviews', async (req, res) => {
    allow(req, ['moderator']);
    res.json(await reviewStats(db));
  });
  router.get('/stats/dsa', async (req, res) => {
    allow(req, ['moderator']);
    res.json(await dsaStats(db));
  });
  return router;
}
