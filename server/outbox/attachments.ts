// Files a queued message carries, rendered when it is sent (the message row holds only the reference):
// an `order_documents` message gets the order's invoice and credit notes as PDFs, byte for byte as downloaded.
import type { Knex } from 'knex';
import { renderDocument } from '../documents/pdf.ts';
import { factsOf } from '../services/invoices.ts';

export async function attachmentsOf(
  db: Knex,
  m: { template: string; related_entity: string | null; related_id: string | null },
): Promise<{ filename: string; content: Buffer; contentType: string }[]> {
  if (m.template !== 'order_documents' || m.related_entity !== 'orders' || !m.related_id) return [];
  const rows = await db('invoices')
    .where({ order_id: Number(m.related_id) })
    .orderBy('id');
  return Promise.all(
    rows.map(async (r) => ({ filename: `${r.number}.pdf`, content: await renderDocument(factsOf(r)), contentType: 'application/pdf' })),
  );
}
