// Documents and dispute facts (docs/PAYMENTS.md): invoice, credit note and copy of the contract as PDFs,
// and the facts a dispute's evidence is built from. Support and finance (who read orders and refunds).
import type { Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import { toIso } from '../db/values.ts';
import { renderContract, renderDocument } from '../documents/pdf.ts';
import { notFound } from '../http/errors.ts';
import { parseId } from '../http/ids.ts';
import { disputeEvidence } from '../services/disputes.ts';
import { factsOf, issueCreditNote, issueInvoice } from '../services/invoices.ts';
import { grantedRouter } from './grantedRouter.ts';

const idOf = (req: Request) => parseId(req.params.id);

function sendPdf(res: Response, name: string, pdf: Buffer) {
  res.set('Content-Type', 'application/pdf');
  res.set('Content-Disposition', `inline; filename="${name}.pdf"`);
  res.send(pdf);
}

export function paymentsQueryRouter(db: Knex): Router {
  const { router, get } = grantedRouter();
  get('/orders/:id/invoice.pdf', 'orders.invoice', async (req, res) => {
    const id = idOf(req);
    const row = await db.transaction((trx) => issueInvoice(trx, id, new Date()));
    sendPdf(res, row.number, await renderDocument(factsOf(row)));
  });
  get('/refunds/:id/credit-note.pdf', 'refunds.credit-note', async (req, res) => {
    const id = idOf(req);
    const row = await db.transaction((trx) => issueCreditNote(trx, id, new Date()));
    sendPdf(res, row.number, await renderDocument(factsOf(row)));
  });
  get('/orders/:id/documents', 'orders.documents', async (req, res) => {
    const rows = await db('invoices')
      .where({ order_id: idOf(req) })
      .orderBy('id')
      .select('id', 'kind', 'number', 'issued_at', 'total_cents', 'refund_id', 'retain_until');
    res.json(
      rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        number: r.number,
        issuedAt: toIso(r.issued_at),
        totalCents: r.total_cents,
        refundId: r.refund_id,
        retainUntil: toIso(r.retain_until),
      })),
    );
  });
  get('/orders/:id/contract.pdf', 'orders.contract', async (req, res) => {
    const order = await db('orders')
      .where({ id: idOf(req) })
      .first();
    if (!order) throw notFound('No such order');
    const account = await db('accounts').where({ id: order.account_id }).first('id', 'email', 'name');
    const plan = await db('plans').where({ id: order.plan_id }).first('name', 'data_mb', 'validity_days');
    const invoice = await db('invoices').where({ order_id: order.id, kind: 'invoice' }).first('number');
    sendPdf(
      res,
      `contrat-${order.id}`,
      await renderContract({
        order: {
          id: order.id,
          orderedAt: toIso(order.ordered_at)!,
          amountCents: order.amount_cents,
          vatCents: order.vat_cents,
          paymentMethod: order.payment_method,
          paymentReference: order.payment_reference,
          status: order.status,
          termsVersion: order.terms_version ?? null,
          withdrawalWaivedAt: toIso(order.withdrawal_waived_at) ?? null,
        },
        customer: { accountId: account.id, email: account.email, name: account.name ?? null },
        plan: { name: plan.name, dataMb: plan.data_mb ?? null, validityDays: plan.validity_days },
        invoiceNumber: invoice?.number ?? null,
      }),
    );
  });
  get('/disputes/:id/evidence', 'disputes.evidence', async (req, res) => {
    res.json(await disputeEvidence(db, idOf(req)));
  });
  return router;
}
