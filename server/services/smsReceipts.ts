// What the SMS provider tells us after sending (docs/OPERATIONS.md "SMS"): delivery receipts move a
// message's delivery status forward only (docs/RULES.md "SMS"), and inbound texts STOP/ARRET or
// START opt a number out of SMS or back in. Replays and receipts out of order change nothing wrong.
import type { Knex } from 'knex';
import { appendAudit } from '../audit/auditLog.ts';
import { deliveryStatusOf, nextDeliveryStatus, OPTED_OUT_ERROR_CODE, optOutKeyword, type DeliveryStatus } from '../domain/messages/sms.ts';
import { providerActor } from './payouts.ts';
import { recordOptOut, recordResubscription } from './smsOptOuts.ts';
import type { MessagesRow, SmsOptOutsRow } from '../db/rows.generated.ts';

export interface Receipt {
  /** Our message id, from the status callback URL (`?m=`), when present. */
  messageId: number | null;
  providerMessageId: string;
  providerStatus: string;
  errorCode: string | null;
}

export type ReceiptOutcome = 'applied' | 'unchanged' | 'unknown_message' | 'unknown_status';

export async function applyDeliveryReceipt(db: Knex, r: Receipt, now = new Date()): Promise<ReceiptOutcome> {
  const status = deliveryStatusOf(r.providerStatus);
  if (!status) return 'unknown_status';
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await db.transaction(async (trx) => {
      const m: MessagesRow | undefined =
        (r.messageId != null
          ? await trx('messages')
              .where({ id: r.messageId, channel: 'sms' })
              .andWhere((w) => w.whereNull('provider_message_id').orWhere('provider_message_id', r.providerMessageId))
              .first()
          : null) ?? (await trx('messages').where({ provider_message_id: r.providerMessageId, channel: 'sms' }).first());
      if (!m) return 'unknown_message' as const;
      const current: DeliveryStatus | null = m.delivery_status ?? null;
      const next = nextDeliveryStatus(current, status);
      if (!next) return 'unchanged' as const;
      const at = now.toISOString();
      // Only from the status read: a receipt applied meanwhile makes this one try again from the new status.
      const changed: number = await trx('messages')
        .where({ id: m.id })
        .andWhere((w) => (current == null ? w.whereNull('delivery_status') : w.where('delivery_status', current)))
        .update({
          delivery_status: next,
          delivery_error_code: r.errorCode ?? m.delivery_error_code ?? null,
          delivery_updated_at: at,
          ...(next === 'delivered' ? { delivered_at: at } : {}),
          updated_at: at,
          version: m.version + 1,
        });
      if (changed !== 1) return 'retry' as const;
      if (r.errorCode === String(OPTED_OUT_ERROR_CODE)) await recordOptOut(trx, m.to_address, 'provider_refusal', now);
      return 'applied' as const;
    });
    if (outcome !== 'retry') return outcome;
  }
  return 'unchanged';
}

/** An inbound SMS: STOP/ARRET opts the number out, START back in (audited as the provider); anything else is ignored here. */
export async function applyInboundSms(
  db: Knex,
  m: { from: string; body: string; providerMessageId: string | null },
  now = new Date(),
): Promise<'opted_out' | 'resubscribed' | 'unchanged' | 'ignored'> {
  const keyword = optOutKeyword(m.body);
  if (!keyword) return 'ignored';
  return db.transaction(async (trx) => {
    const done = keyword === 'stop' ? await recordOptOut(trx, m.from, 'inbound_sms', now) : await recordResubscription(trx, m.from, now);
    if (!done?.changed) return 'unchanged';
    const row: Pick<SmsOptOutsRow, 'id' | 'account_id'> | undefined = await trx('sms_opt_outs')
      .where({ phone: done.phone })
      .first('id', 'account_id');
    await appendAudit(trx, {
      actor: providerActor('twilio'),
      action: keyword === 'stop' ? 'sms.opted_out' : 'sms.resubscribed',
      entity: 'accounts',
      entityId: row?.account_id ?? null,
      after: { phone: done.phone, keyword: m.body.trim().slice(0, 20), providerMessageId: m.providerMessageId },
      reason: keyword === 'stop' ? 'The customer texted STOP' : 'The customer texted START',
      at: now,
    });
    return keyword === 'stop' ? 'opted_out' : 'resubscribed';
  });
}
