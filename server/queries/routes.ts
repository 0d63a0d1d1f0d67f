import type { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { canUse } from '../domain/permissions.ts';
import { badRequest, fromZod, notFound } from '../http/errors.ts';
import { parseId } from '../http/ids.ts';
import { previewTransferFix } from '../services/transferFixPreview.ts';
import { transferTimeline } from '../services/transferTimeline.ts';
import { refundHistory } from '../services/refundHistory.ts';
import { refundAssessment } from '../services/refunds.ts';
import { planSendable } from '../services/transfers.ts';
import { esimMovesOf } from '../services/esimMoves.ts';
import { exportPlansCsv } from '../services/catalog.ts';
import { earliestAgentReceipt } from '../domain/refunds/clocks.ts';
import { getSetting } from '../settings.ts';
import { grantedRouter } from './grantedRouter.ts';

const previewQuery = z.strictObject({ email: z.string().trim().min(3).max(254).optional() });

/** Read-only domain views that are not plain resources (GET, role-checked like everything else). */
export function queryRouter(db: Knex): Router {
  const { router, get } = grantedRouter();
  get('/transfers/:id/fix-preview', 'transfers.fix-preview', async (req, res) => {
    const id = parseId(req.params.id);
    const query = previewQuery.safeParse(req.query);
    if (!query.success) throw fromZod(query.error, 'query');
    res.json(await previewTransferFix(db, id, new Date(), query.data.email));
  });
  get('/transfers/:id/timeline', 'transfers.timeline', async (req, res) => {
    res.json(await transferTimeline(db, parseId(req.params.id)));
  });
  get('/countries/:id/plans.csv', 'countries.plans-export', async (req, res) => {
    const code = String(req.params.id).toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) throw badRequest('invalid_id', `"${req.params.id}" is not a country code`, { id: 'invalid' });
    const csv = await exportPlansCsv(db, code);
    res.type('text/csv').attachment(`kolet-plans-${code}.csv`).send(csv);
  });
  // The verdict as the customer asked (then), as it would be decided this instant (now), and as decided.
  get('/refunds/:id/assessment', 'refunds.assessment', async (req, res) => {
    res.json(await refundAssessment(db, parseId(req.params.id), new Date()));
  });
  // What a plan can send now (paid data, whole GB) and why not: the console's answer to "why can't I send?".
  get('/account-plans/:id/sendable', 'account-plans.sendable', async (req, res) => {
    const id = parseId(req.params.id);
    const plan = await db('account_plans').where({ id }).first();
    if (!plan) throw notFound(`Account plan ${id} not found`);
    res.json({
      accountPlanId: id,
      dataRemainingMb: plan.data_remaining_mb,
      dataGiftedMb: plan.data_gifted_mb,
      ...(await planSendable(db, plan, new Date())),
    });
  });
  // The eSIMs a plan moved between after a change of device (GCS §5.4); the ICCIDs for those who read eSIMs.
  get('/account-plans/:id/esim-moves', 'account-plans.esim-moves', async (req, res, roles) => {
    const id = parseId(req.params.id);
    if (!(await db('account_plans').where({ id }).first('id'))) throw notFound(`Account plan ${id} not found`);
    res.json(await esimMovesOf(db, id, canUse(roles, 'esims', 'read')));
  });
  // The refund rules the console explains; the settings themselves are the admin's (docs/OPERATIONS.md "Refunds").
  get('/refund-rules', 'refund-rules', async (_req, res) => {
    const [fourEyesThresholdCents, backdateWorkingDays] = await Promise.all([
      getSetting(db, 'four_eyes_threshold_cents'),
      getSetting(db, 'refund_backdate_working_days'),
    ]);
    res.json({
      fourEyesThresholdCents,
      backdateWorkingDays,
      earliestAgentReceiptAt: earliestAgentReceipt(new Date(), backdateWorkingDays).toISOString(),
    });
  });
  // Names only, for every role: who on the staff did what, without the staff list (e-mails, roles) that is the admin's.
  get('/staff-directory', 'staff-directory', async (_req, res) => {
    res.json(await db('staff').orderBy('id').select('id', 'name'));
  });
  get('/refunds/:id/history', 'refunds.history', async (req, res, roles) => {
    res.json(await refundHistory(db, parseId(req.params.id), roles));
  });
  return router;
}
