// Invoices and credit notes (docs/PAYMENTS.md "Invoices and credit notes"): numbered from a gapless
// sequence per kind and Paris year, allocated under lock in the transaction that issues the document (a
// rolled-back issue gives its number back), a unique constraint guarding the number; the facts printed
// are frozen on the row and the PDF is rendered from them, byte for byte the same every time.
import type { Knex } from 'knex';
import { forUpdate } from '../db/locks.ts';
import { toIso } from '../db/values.ts';
import { documentNumber, documentYear, creditNoteVat, type DocumentFacts, type DocumentKind } from '../domain/payments/invoices.ts';
import { notFound, ruleRefused } from '../http/errors.ts';
import type { AccountsRow, DocumentSequencesRow, InvoicesRow, OrdersRow, PlansRow, RefundsRow } from '../db/rows.generated.ts';

/** The next number of `kind` in `year`: the row is locked until the issuing transaction ends, so numbers never skip nor repeat. */
export async function allocateNumber(trx: Knex.Transaction, kind: DocumentKind, year: number): Promise<number> {
  const row: DocumentSequencesRow | undefined = await forUpdate(trx, trx('document_sequences').where({ kind, year })).first();
  if (!row) {
    const inserted = await trx('document_sequences')
      .insert({ kind, year, last_number: 1 })
      .onConflict(['kind', 'year'])
      .ignore()
      .returning(['kind']);
    if ((inserted as unknown[]).length) return 1;
    return allocateNumber(trx, kind, year); // another transaction created the year's row first: take the next number after it
  }
  const next = Number(row.last_number) + 1;
  await trx('document_sequences').where({ kind, year }).update({ last_number: next });
  return next;
}

async function orderFacts(
  trx: Knex | Knex.Transaction,
  orderId: number,
): Promise<{
  order: OrdersRow;
  account: Pick<AccountsRow, 'id' | 'email' | 'name'>;
  plan: Pick<PlansRow, 'name' | 'vat_rate_bp' | 'data_mb' | 'validity_days'>;
}> {
  const order: OrdersRow | undefined = await trx('orders').where({ id: orderId }).first();
  if (!order) throw notFound(`Order ${orderId} not found`);
  // The order's account and plan are foreign keys: they are there.
  const account: Pick<AccountsRow, 'id' | 'email' | 'name'> = await trx('accounts')
    .where({ id: order.account_id })
    .first('id', 'email', 'name');
  const plan: Pick<PlansRow, 'name' | 'vat_rate_bp' | 'data_mb' | 'validity_days'> = await trx('plans')
    .where({ id: order.plan_id })
    .first('name', 'vat_rate_bp', 'data_mb', 'validity_days');
  return { order, account, plan };
}

async function insertDocument(
  trx: Knex.Transaction,
  kind: DocumentKind,
  issuedAt: Date,
  build: (number: string) => DocumentFacts,
  extra: { orderId: number; refundId: number | null; retainUntil: unknown },
): Promise<InvoicesRow> {
  const year = documentYear(issuedAt);
  const sequence = await allocateNumber(trx, kind, year);
  const number = documentNumber(kind, year, sequence);
  const facts = build(number);
  const row: InvoicesRow = (
    await trx('invoices').insert(
      {
        kind,
        year,
        sequence,
        number,
        order_id: extra.orderId,
        refund_id: extra.refundId,
        issued_at: issuedAt.toISOString(),
        total_cents: facts.line.totalCents,
        vat_cents: facts.line.vatCents,
        vat_rate_bp: facts.line.vatRateBp,
        facts: JSON.stringify(facts),
        retain_until: extra.retainUntil ? toIso(extra.retainUntil) : null,
        created_at: issuedAt.toISOString(),
      },
      '*',
    )
  )[0];
  return row;
}

/** The order's invoice, issued now if it has none yet (orders placed before invoices existed get theirs on first request). */
export async function issueInvoice(trx: Knex.Transaction, orderId: number, now: Date): Promise<InvoicesRow> {
  const existing: InvoicesRow | undefined = await trx('invoices').where({ order_id: orderId, kind: 'invoice' }).first();
  if (existing) return existing;
  const { order, account, plan } = await orderFacts(trx, orderId);
  if (order.amount_cents <= 0) throw ruleRefused('nothing_invoiced', 'A free order has no invoice: nothing was paid');
  return insertDocument(
    trx,
    'invoice',
    now,
    (number) => ({
      kind: 'invoice',
      number,
      issuedAt: now.toISOString(),
      customer: { name: account.name ?? null, email: account.email, accountId: account.id },
      order: {
        id: order.id,
        orderedAt: toIso(order.ordered_at)!,
        paymentMethod: order.payment_method,
        paymentReference: order.payment_reference,
      },
      line: {
        description: `Forfait eSIM ${plan.name}`,
        totalCents: order.amount_cents,
        vatCents: order.vat_cents,
        vatRateBp: plan.vat_rate_bp,
      },
    }),
    { orderId: order.id, refundId: null, retainUntil: order.retain_until },
  );
}

/** The credit note (avoir) of a refund paid out, against the order's invoice (issued first if needed). */
export async function issueCreditNote(trx: Knex.Transaction, refundId: number, now: Date): Promise<InvoicesRow> {
  const existing: InvoicesRow | undefined = await trx('invoices').where({ refund_id: refundId, kind: 'credit_note' }).first();
  if (existing) return existing;
  const refund: RefundsRow | undefined = await trx('refunds').where({ id: refundId }).first();
  if (!refund) throw notFound(`Refund ${refundId} not found`);
  const amountCents = refund.amount_cents;
  // A refund paid out always has its amount.
  if (refund.status !== 'paid_out' || amountCents == null)
    throw ruleRefused('refund_not_paid_out', 'A credit note is issued for a refund paid out only');
  const invoice = await issueInvoice(trx, refund.order_id, now);
  const { order, account, plan } = await orderFacts(trx, refund.order_id);
  return insertDocument(
    trx,
    'credit_note',
    now,
    (number) => ({
      kind: 'credit_note',
      number,
      issuedAt: now.toISOString(),
      invoiceNumber: invoice.number,
      refundId: refund.id,
      customer: { name: account.name ?? null, email: account.email, accountId: account.id },
      order: {
        id: order.id,
        orderedAt: toIso(order.ordered_at)!,
        paymentMethod: order.payment_method,
        paymentReference: order.payment_reference,
      },
      line: {
        description: `Remboursement du forfait eSIM ${plan.name}`,
        totalCents: amountCents,
        vatCents: creditNoteVat(amountCents, { amountCents: order.amount_cents, vatCents: order.vat_cents }),
        vatRateBp: plan.vat_rate_bp,
      },
    }),
    { orderId: order.id, refundId: refund.id, retainUntil: order.retain_until },
  );
}

export const factsOf = (row: Pick<InvoicesRow, 'facts'>): DocumentFacts =>
  (typeof row.facts === 'string' ? JSON.parse(row.facts) : row.facts) as DocumentFacts;
