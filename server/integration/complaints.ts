// A customer's written complaint sent from the app (GCU §14, GCS §14; docs/ACCOUNTS.md "Complaints"):
// `POST /api/integration/accounts/:id/complaints`. Registered and acknowledged like one an agent logs.
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { runChange } from '../actions/runChange.ts';
import { fromZod, notFound } from '../http/errors.ts';
import { rowToRecord } from '../rest/fields.ts';
import { customerComplaints } from '../rest/resources/complaints.ts';
import { logComplaint } from '../services/complaints.ts';

const id = z.number().int().positive();
export const complaintSchema = z.strictObject({
  subject: z.string().trim().min(3).max(200),
  body: z.string().trim().min(10).max(20000),
  orderId: id.nullable().optional(),
  refundId: id.nullable().optional(),
  transferId: id.nullable().optional(),
});

export function complaintsIntegrationRouter(db: Knex): Router {
  const router = Router();
  router.post('/accounts/:id/complaints', async (req, res) => {
    const accountId = Number(req.params.id);
    if (!Number.isSafeInteger(accountId) || accountId <= 0) throw notFound('No such account');
    const parsed = complaintSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw fromZod(parsed.error);
    const r = await runChange(
      db,
      req,
      { body: parsed.data, idempotencyKey: 'optional', what: 'customer-complaints.create' },
      async (ctx) => {
        const record = rowToRecord(customerComplaints.fields, await logComplaint(ctx, accountId, { ...parsed.data, channel: 'app' }));
        return {
          status: 201,
          body: record,
          audit: {
            action: 'customer-complaints.create',
            entity: 'customer-complaints',
            entityId: String(record.id),
            before: null,
            after: { accountId, status: record.status, dueAt: record.dueAt },
          },
        };
      },
    );
    if (r.replayed) res.set('Idempotent-Replayed', 'true');
    res.status(r.status).json(r.body);
  });
  return router;
}
