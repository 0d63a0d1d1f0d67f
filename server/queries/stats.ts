import type { Router, Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { holdsAny } from '../domain/permissions.ts';
import { fromZod } from '../http/errors.ts';
import { grantedRouter } from './grantedRouter.ts';
import { cardCounts, dsaStats, reviewStats, salesStats, topDestinations, transferStats, windowOf } from '../services/stats.ts';

const period = z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(30) });

function windowFrom(req: Request) {
  const q = period.safeParse(req.query);
  if (!q.success) throw fromZod(q.error, 'query');
  return windowOf(q.data.days);
}

/** `/api/stats/*`: the dashboard's aggregates, each for the roles that work on it (admin: all). */
export function statsRouter(db: Knex): Router {
  const { router, get } = grantedRouter();
  get('/stats/cards', 'stats.cards', async (_req, res, roles) => {
    res.json(await cardCounts(db, (area) => holdsAny(roles, [area])));
  });
  get('/stats/sales', 'stats.sales', async (req, res) => {
    res.json(await salesStats(db, windowFrom(req)));
  });
  get('/stats/top-destinations', 'stats.top-destinations', async (req, res) => {
    res.json(await topDestinations(db, windowFrom(req)));
  });
  get('/stats/transfers', 'stats.transfers', async (req, res) => {
    res.json(await transferStats(db, windowFrom(req)));
  });
  get('/stats/reviews', 'stats.reviews', async (req, res) => {
    res.json(await reviewStats(db));
  });
  get('/stats/dsa', 'stats.dsa', async (req, res) => {
    res.json(await dsaStats(db));
  });
  return router;
}
