import { Router } from 'express';
import type { Knex } from 'knex';

/**
 * The customer app's API (`/api/integration`, SPEC §3). Each feature area mounts
 * its calls here (accounts, orders, usage, transfers, refund requests, reviews…).
 */
export function integrationRouter(_db: Knex): Router {
  const router = Router();
  return router;
}
