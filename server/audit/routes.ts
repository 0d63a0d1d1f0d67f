import { Router } from 'express';
import type { Knex } from 'knex';
import { isAdmin } from '../domain/permissions.ts';
import { forbidden } from '../http/errors.ts';
import { verifyAuditChain } from './auditLog.ts';

/** `GET /api/audit-log/verify`: walks the hash chain and reports the first broken link (admin). */
export function auditRouter(db: Knex): Router {
  const router = Router();
  router.get('/audit-log/verify', async (req, res) => {
    const actor = req.actor;
    if (actor?.kind !== 'staff' || !isAdmin(actor.roles)) throw forbidden('Only admins can verify the audit log');
    res.json(await verifyAuditChain(db));
  });
  return router;
}
