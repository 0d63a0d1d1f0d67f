import type { Knex } from 'knex';
import { mutableRecord, OUTSIDE_TRANSACTION, setCheckValues } from './helpers.ts';

export const config = OUTSIDE_TRANSACTION; // SQLite rebuilds messages to widen its status check

// The values as they were when this migration was written (docs/ARCHITECTURE.md "Changing the schema").
const MESSAGE_STATUSES_BEFORE = ['queued', 'sending', 'sent', 'dead'] as const;
const MESSAGE_STATUSES = [...MESSAGE_STATUSES_BEFORE, 'suppressed'] as const;
const SMS_ENCODINGS = ['gsm7', 'ucs2'] as const;
const DELIVERY_STATUSES = ['queued', 'sent', 'delivered', 'failed', 'undelivered'] as const;
const ALERT_SET_BY = ['staff', 'customer'] as const;
const OPT_OUT_SOURCES = ['inbound_sms', 'provider_refusal', 'staff'] as const;

// SMS through a provider (docs/OPERATIONS.md "SMS"): the encoding and segments computed before
// sending, the provider's delivery receipts, numbers that opted out (STOP), and who set an alert rule.
export async function up(knex: Knex): Promise<void> {
  await setCheckValues(knex, 'messages', 'status', MESSAGE_STATUSES);
  await knex.schema.alterTable('messages', (t) => {
    t.string('transport', 20); // mail, twilio: what carried it
    t.enu('sms_encoding', SMS_ENCODINGS);
    t.integer('sms_segments');
    t.enu('delivery_status', DELIVERY_STATUSES); // the provider's receipts, only ever moving forward
    t.string('delivery_error_code', 20);
    t.timestamp('delivery_updated_at', { useTz: true });
    t.timestamp('delivered_at', { useTz: true });
  });
  await knex.schema.alterTable('messages', (t) => {
    t.index(['provider_message_id']);
  });

  await knex.schema.alterTable('usage_alerts', (t) => {
    t.enu('set_by', ALERT_SET_BY).notNullable().defaultTo('staff');
  });

  await knex.schema.createTable('sms_opt_outs', (t) => {
    t.increments('id');
    t.string('phone', 20).notNullable().unique(); // E.164
    t.integer('account_id').references('accounts.id');
    t.enu('source', OPT_OUT_SOURCES).notNullable();
    t.timestamp('opted_out_at', { useTz: true }).notNullable();
    t.timestamp('resubscribed_at', { useTz: true }); // set by START: no longer opted out
    mutableRecord(t);
    t.index(['account_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sms_opt_outs');
  await knex.schema.alterTable('usage_alerts', (t) => {
    t.dropColumn('set_by');
  });
  await knex.schema.alterTable('messages', (t) => {
    t.dropIndex(['provider_message_id']);
  });
  await knex.schema.alterTable('messages', (t) => {
    for (const c of [
      'transport',
      'sms_encoding',
      'sms_segments',
      'delivery_status',
      'delivery_error_code',
      'delivery_updated_at',
      'delivered_at',
    ])
      t.dropColumn(c);
  });
  await knex('messages').where('status', 'suppressed').update({ status: 'dead' });
  await setCheckValues(knex, 'messages', 'status', MESSAGE_STATUSES_BEFORE);
}
