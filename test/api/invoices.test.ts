// Invoices, credit notes and the copy of the contract, read back from the PDF (pdfjs text extraction):
// every mandatory mention, gapless numbers per year (a rolled-back issue gives its number back), the same
// bytes on every download, a credit note once a refund is paid out, and 10-year retention above 120 €.
import { randomUUID } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { issueInvoice } from '../../server/services/invoices.ts';
import { insertAccount } from '../support/fixtures.ts';
import { serviceToken } from '../support/ledger.ts';
import { paidOrder } from '../support/orders.ts';
import { startTestServer, type SessionFetch } from '../support/server.ts';

let s: Awaited<ReturnType<typeof startTestServer>>;
let finance: SessionFetch;
let token: string;

beforeAll(async () => {
  s = await startTestServer();
  finance = await s.login('finance');
  token = await serviceToken(s.db);
});
afterAll(async () => {
  await s?.close();
});

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: true, isEvalSupported: false }).promise;
  const out: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    out.push(content.items.map((it) => ('str' in it ? it.str : '')).join('\n'));
  }
  await pdf.destroy();
  return out.join('\n');
}
const download = async (path: string) => {
  const res = await finance(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  return Buffer.from(await res.arrayBuffer());
};
const newOrder = async (amountCents = 1999) =>
  paidOrder(s.db, await insertAccount(s.db, { email: `inv.${randomUUID().slice(0, 8)}@gmail.com` }), { amountCents });

describe('invoices', () => {
  test('the invoice PDF carries every mandatory mention and downloads byte for byte the same', async () => {
    const { orderId } = await newOrder();
    const first = await download(`/api/orders/${orderId}/invoice.pdf`);
    const again = await download(`/api/orders/${orderId}/invoice.pdf`);
    expect(first.equals(again)).toBe(true);
    const text = await pdfText(first);
    const invoice = await s.db('invoices').where({ order_id: orderId, kind: 'invoice' }).first();
    for (const mention of [
      'KOLET SAS',
      '6 rue d’Armaille, 75017 Paris',
      'RCS Paris B 981 094 261',
      'FR58981094261',
      `FACTURE N° ${invoice.number}`,
      'Date : ',
      'Client : ',
      'Désignation : Forfait eSIM',
      'Prix HT : 16,66 €',
      'Taux de TVA : 20 %',
      'Montant de la TVA : 3,33 €',
      'Total TTC : 19,99 €',
    ]) {
      expect(text).toContain(mention);
    }
  });

  test('numbers never skip: a rolled-back issue gives its number back, and each Paris year starts again at 1', async () => {
    const orders = await Promise.all([newOrder(), newOrder(), newOrder(), newOrder()]);
    const issue = (orderId: number, at: string) => s.db.transaction((trx) => issueInvoice(trx, orderId, new Date(at)));
    const a = await issue(orders[0]!.orderId, '2030-12-31T12:00:00Z');
    await expect(
      s.db.transaction(async (trx) => {
        await issueInvoice(trx, orders[1]!.orderId, new Date('2030-12-31T13:00:00Z'));
        throw new Error('the order did not commit');
      }),
    ).rejects.toThrow();
    const b = await issue(orders[1]!.orderId, '2030-12-31T22:30:00Z'); // 23:30 in Paris: still 2030
    const c = await issue(orders[2]!.orderId, '2030-12-31T23:30:00Z'); // 00:30 on 1 January in Paris: 2031
    const d = await issue(orders[3]!.orderId, '2031-01-02T09:00:00Z');
    expect([a.number, b.number, c.number, d.number]).toEqual(['F-2030-000001', 'F-2030-000002', 'F-2031-000001', 'F-2031-000002']);
    // The database refuses a second document with the same kind, year and number.
    await expect(s.db('invoices').insert({ ...a, id: undefined, order_id: orders[2]!.orderId, number: 'F-2030-X' })).rejects.toThrow();
  });

  test('an order through the integration API records terms and waiver, gets its invoice at once, and is kept 10 years above 120 €', async () => {
    const accountId = await insertAccount(s.db, { email: `int.${randomUUID().slice(0, 8)}@gmail.com` });
    const planId = (
      await s.db('plans').insert(
        {
          region_name: 'Monde',
          name: 'Monde 50 GB',
          data_mb: 51200,
          validity_days: 30,
          price_cents: 12900,
          vat_rate_bp: 2000,
          status: 'active',
          promotional: false,
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
          version: 1,
        },
        ['id'],
      )
    )[0].id;
    const res = await fetch(`${s.baseUrl}/api/integration/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        accountId,
        planId,
        paymentMethod: 'card',
        paymentReference: `pi_${randomUUID().slice(0, 12)}`,
        channel: 'site',
        termsVersion: '2025-03',
        withdrawalWaived: true,
      }),
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const order = await s.db('orders').where({ id }).first();
    expect(order.terms_version).toBe('2025-03');
    expect(order.withdrawal_waived_at).toBeTruthy();
    const invoice = await s.db('invoices').where({ order_id: id }).first();
    expect(invoice.retain_until).toBeTruthy();
    expect(new Date(invoice.retain_until).getUTCFullYear()).toBe(new Date(order.ordered_at).getUTCFullYear() + 10);
    const contract = await pdfText(await download(`/api/orders/${id}/contract.pdf`));
    expect(contract).toContain('version 2025-03');
    expect(contract).toContain('Renonciation expresse au droit de rétractation');
    expect(contract).toContain(invoice.number);
    const refused = await fetch(`${s.baseUrl}/api/integration/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        accountId,
        planId,
        paymentMethod: 'card',
        paymentReference: `pi_${randomUUID().slice(0, 12)}`,
        channel: 'site',
        termsVersion: '1999-01',
      }),
    });
    expect(refused.status).toBe(400);
  });

  test('a refund paid out gets its credit note, against the invoice; before that there is none', async () => {
    const { orderId } = await newOrder();
    const req = await fetch(`${s.baseUrl}/api/integration/refund-requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ orderId, reason: 'Never installed' }),
    });
    const { id } = await req.json();
    const act = (action: string, body: unknown) =>
      finance(`/api/refunds/${id}/${action}`, { method: 'POST', body: JSON.stringify(body), headers: { 'idempotency-key': randomUUID() } });
    expect((await act('approve', { amountCents: 1999 })).status).toBe(200);
    expect((await finance(`/api/refunds/${id}/credit-note.pdf`)).status).toBe(422);
    expect((await act('payout', {})).status).toBe(422); // the manual provider needs the reference
    expect((await act('payout', { reference: `re_${id}` })).status).toBe(200);
    const text = await pdfText(await download(`/api/refunds/${id}/credit-note.pdf`));
    const invoice = await s.db('invoices').where({ order_id: orderId, kind: 'invoice' }).first();
    expect(text).toMatch(/AVOIR N° AV-\d{4}-\d{6}/);
    expect(text).toContain(`Avoir sur la facture N° ${invoice.number}`);
    expect(text).toContain('Total TTC : -19,99 €');
    const sent = await finance(`/api/orders/${orderId}/send-documents`, { method: 'POST', body: '{}' });
    expect(await sent.json()).toMatchObject({ documents: [invoice.number, expect.stringMatching(/^AV-/)] });
    expect(
      await s
        .db('messages')
        .where({ template: 'order_documents', related_id: String(orderId) })
        .first(),
    ).toBeTruthy();
  });
});
