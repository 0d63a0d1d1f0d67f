// Documents and dispute facts (docs/PAYMENTS.md): invoice, credit note and copy of the contract as PDFs,
// and the facts a dispute's evidence is built from. Support and finance (who read orders and refunds).
import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { toIso } from '../db/values.ts';
import { holdsAny } from '../domain/permissions.ts';
import { renderContract, renderDocument } from '../documents/pdf.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { disputeEvidence } from '../services/disputes.ts';
import { factsOf, issueCreditNote, issueInvoice } from '../services/invoices.ts';

const SUPPORT_FINANCE = ['support', 'finance'] as const;
const mayRead = (req: Request) => req.actor?.kind === 'staff' && holdsAny(req.actor.roles, SUPPORT_FINANCE);
const idOf = (req: Request) => {
  const id = Number(req.params.id);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound('No such record');
  return id;
};

function sendPdf(res: Response, name: string, pdf: Buffer) {
  res.set('Content-Type', 'application/pdf');
  res.set('Content-Disposition', `inline; filename="${name}.pdf"`);
  res.send(pdf);
}

export function paymentsQueryRouter(db: Knex): Router {
  const router = Router();
  router.get('/orders/:id/invoice.pdf', async (req, res) => {
    if (!mayRead(req)) throw forbidden('Only support and finance see invoices');
    const id = idOf(req);
    const row = await db.transaction((trx) => issueInvoice(trx, id, new Date()));
    sendPdf(res, row.number, await renderDocument(factsOf(row)));
  });
  router.get('/refunds/:id/credit-note.pdf', async (req, res) => {
    if (!mayRead(req)) throw forbidden('Only support and finance see credit notes');
    const id = idOf(req);
    const row = await db.transaction((trx) => issueCreditNote(trx, id, new Date()));
    sendPdf(res, row.number, await renderDocument(factsOf(row)));
  });
  router.get('/orders/:id/documents', async (req, res) => {
    if (!mayRead(req)) throw forbidden();
    const rows = await db('invoices').where({ order_id: idOf(req) }).orderBy('id').select('id', 'kind', 'number', 'issued_at', 'total_cents', 'refund_id', 'retain_until');
    res.json(rows.map((r) => ({ id: r.id, kind: r.kind, number: r.number, issuedAt: toIso(r.issued_at), totalCents: r.total_cents, refundId: r.refund_id, retainUntil: toIso(r.retain_until) })));
  });
  router.get('/orders/:id/contract.pdf', async (req, res) => {
    if (!mayRead(req)) throw forbidden('Only support and finance see contracts');
    const order = await db('orders').where({ id: idOf(req) }).first();
    if (!order) throw notFound('No such order');
    const account = await db('accounts').where({ id: order.account_id }).first('id', 'email', 'name');
    const plan = await db('plans').where({ id: order.plan_id }).first('name', 'data_mb', 'validity_days');
    const invoice = await db('invoices').where({ order_id: order.id, kind: 'invoice' }).first('number');
    sendPdf(res, `contrat-${order.id}`, await renderContract({
      order: {
        id: order.id, orderedAt: toIso(order.ordered_at)!, amountCents: order.amount_cents, vatCents: order.vat_cents, paymentMethod: order.payment_method,
        paymentReference: order.payment_reference, status: order.status, termsVersion: order.terms_version ?? null, withdrawalWaivedAt: toIso(order.withdrawal_waived_at) ?? null,
      },
      customer: { accountId: account.id, email: account.email, name: account.name ?? null },
      plan: { name: plan.name, dataMb: plan.data_mb ?? null, validityDays: plan.validity_days },
      invoiceNumber: invoice?.number ?? null,
    }));
  });
  router.get('/disputes/:id/evidence', async (req, res) => {
    if (req.actor?.kind !== 'staff' || !holdsAny(req.actor.roles, ['finance'])) throw forbidden('Only finance handles disputes');
    res.json(await disputeEvidence(db, idOf(req)));
  });
  return router;
}
