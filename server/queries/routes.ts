import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { holdsAny } from '../domain/permissions.ts';
import { badRequest, forbidden, fromZod } from '../http/errors.ts';
import { previewTransferFix } from '../services/transferFixPreview.ts';
import { transferTimeline } from '../services/transferTimeline.ts';
import { refundHistory } from '../services/refundHistory.ts';
import { refundAssessment } from '../services/refunds.ts';
import { planSendable } from '../services/transfers.ts';
import { esimMovesOf } from '../services/esimMoves.ts';
import { notFound } from '../http/errors.ts';
import { exportPlansCsv } from '../services/catalog.ts';
import { earliestAgentReceipt } from '../domain/refunds/clocks.ts';
import { getSetting } from '../settings.ts';
import type { Role } from '../domain/enums.ts';

const previewQuery = z.strictObject({ email: z.string().trim().min(3).max(254).optional() });

function authorizedRoles(req: Request, roles: readonly Role[], what: string): readonly Role[] {
  const actor = req.actor;
  if (actor?.kind !== 'staff' || !holdsAny(actor.roles, roles)) throw forbidden(`Your role does not allow reading ${what}`);
  return actor.roles;
}

function authorizedId(req: Request, roles: readonly Role[], what: string): number {
  authorizedRoles(req, roles, what);
  const id = Number(req.params.id);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw badRequest('invalid_id', `"${req.params.id}" is not a valid id`, { id: 'invalid' });
  return id;
}

/** Read-only domain views that are not plain resources (GET, role-checked like everything else). */
export function queryRouter(db: Knex): Router {
  const router = Router();
  router.get('/transfers/:id/fix-preview', async (req, res) => {
    const id = authorizedId(req, ['support'], 'transfer fixes');
    const query = previewQuery.safeParse(req.query);
    if (!query.success) throw fromZod(query.error, 'query');
    res.json(await previewTransferFix(db, id, new Date(), query.data.email));
  });
  router.get('/transfers/:id/timeline', async (req, res) => {
    res.json(await transferTimeline(db, authorizedId(req, ['support'], 'transfer timelines')));
  });
  router.get('/countries/:id/plans.csv', async (req, res) => {
    if (!holdsAny(req.actor?.kind === 'staff' ? req.actor.roles : [], ['catalog'])) throw forbidden('Only the catalog team exports plans');
    const code = String(req.params.id).toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) throw badRequest('invalid_id', `"${req.params.id}" is not a country code`, { id: 'invalid' });
    const csv = await exportPlansCsv(db, code);
    res.type('text/csv').attachment(`kolet-plans-${code}.csv`).send(csv);
  });
  // The verdict as the customer asked (then), as it would be decided this instant (now), and as decided.
  router.get('/refunds/:id/assessment', async (req, res) => {
    res.json(await refundAssessment(db, authorizedId(req, ['finance'], 'refund assessments'), new Date()));
  });
  // What a plan can send now (paid data, whole GB) and why not: the console's answer to "why can't I send?".
  router.get('/account-plans/:id/sendable', async (req, res) => {
    const id = authorizedId(req, ['support', 'finance'], 'plans');
    const plan = await db('account_plans').where({ id }).first();
    if (!plan) throw notFound(`Account plan ${id} not found`);
    res.json({ accountPlanId: id, dataRemainingMb: plan.data_remaining_mb, dataGiftedMb: plan.data_gifted_mb, ...(await planSendable(db, plan, new Date())) });
  });
  // The eSIMs a plan moved between after a change of device (GCS §5.4); the ICCIDs for those who read eSIMs.
  router.get('/account-plans/:id/esim-moves', async (req, res) => {
    const id = authorizedId(req, ['support', 'finance'], 'plans');
    if (!(await db('account_plans').where({ id }).first('id'))) throw notFound(`Account plan ${id} not found`);
    res.json(await esimMovesOf(db, id, holdsAny(req.actor?.kind === 'staff' ? req.actor.roles : [], ['support'])));
  });
  // The refund rules the console explains; the settings themselves are the admin's (docs/OPERATIONS.md "Refunds").
  router.get('/refund-rules', async (req, res) => {
    authorizedRoles(req, ['support', 'finance'], 'refund rules');
    const [fourEyesThresholdCents, backdateWorkingDays] = await Promise.all([getSetting(db, 'four_eyes_threshold_cents'), getSetting(db, 'refund_backdate_working_days')]);
    res.json({ fourEyesThresholdCents, backdateWorkingDays, earliestAgentReceiptAt: earliestAgentReceipt(new Date(), backdateWorkingDays).toISOString() });
  });
  // Names only, for every role: who on the staff did what, without the staff list (e-mails, roles) that is the admin's.
  router.get('/staff-directory', async (req, res) => {
    if (req.actor?.kind !== 'staff') throw forbidden('Only staff read the staff directory');
    res.json(await db('staff').orderBy('id').select('id', 'name'));
  });
  router.get('/refunds/:id/history', async (req, res) => {
    const id = authorizedId(req, ['finance'], 'refund histories');
    res.json(await refundHistory(db, id, req.actor?.kind === 'staff' ? req.actor.roles : []));
  });
  return router;
}
