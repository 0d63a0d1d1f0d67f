// What a receipt page may show after Post/Redirect/Get: the reference, when it arrived, whether we acknowledge it.
// Nothing personal: anyone holding the reference can open the page.
import type { Knex } from 'knex';
import { toIso } from '../db/values.ts';
import type { ComplaintReceipt } from './complaintPage.ts';
import type { NoticeReceipt } from './noticePage.ts';

const REFERENCE = /^DSA-(C-)?\d{4}-[2-9A-HJ-NP-Z]{8}$/;

export async function noticeReceipt(db: Knex, reference: string): Promise<NoticeReceipt | undefined> {
  if (!REFERENCE.test(reference) || reference.startsWith('DSA-C-')) return undefined;
  const row = await db('dsa_notices').where({ reference }).first('reference', 'received_at', 'acknowledged_at');
  return row && { reference: row.reference, receivedAt: toIso(row.received_at)!, acknowledged: row.acknowledged_at != null };
}

export async function complaintReceipt(db: Knex, reference: string): Promise<ComplaintReceipt | undefined> {
  if (!REFERENCE.test(reference) || !reference.startsWith('DSA-C-')) return undefined;
  const row = await db('dsa_complaints').where({ reference }).first('reference', 'received_at');
  return row && { reference: row.reference, receivedAt: toIso(row.received_at)! };
}
