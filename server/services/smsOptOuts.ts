// Numbers that opted out of SMS (docs/OPERATIONS.md "SMS"): a customer's STOP (texted to us, or
// reported by the provider refusing a message with error 21610) stops every SMS to that number
// until they text START. Messages to an opted-out number are kept, marked suppressed.
import type { Knex } from 'knex';
import { normalisePhone } from '../domain/accounts/customerData.ts';
import type { AccountsRow, SmsOptOutsRow } from '../db/rows.generated.ts';

type Db = Knex | Knex.Transaction;

/** Is this E.164 number opted out now? */
export async function isOptedOut(db: Db, phone: string): Promise<boolean> {
  const row: Pick<SmsOptOutsRow, 'id'> | undefined = await db('sms_opt_outs').where({ phone }).whereNull('resubscribed_at').first('id');
  return !!row;
}

/** The number opts out (again); returns whether it was subscribed until now. */
export async function recordOptOut(
  trx: Db,
  rawPhone: string,
  source: 'inbound_sms' | 'provider_refusal' | 'staff',
  now: Date,
): Promise<{ phone: string; changed: boolean } | null> {
  const phone = normalisePhone(rawPhone);
  if (!phone) return null;
  const at = now.toISOString();
  const account: Pick<AccountsRow, 'id'> | undefined = await trx('accounts').where({ phone }).orderBy('id', 'desc').first('id');
  const existing: SmsOptOutsRow | undefined = await trx('sms_opt_outs').where({ phone }).first();
  if (!existing) {
    await trx('sms_opt_outs')
      .insert({
        phone,
        account_id: account?.id ?? null,
        source,
        opted_out_at: at,
        resubscribed_at: null,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .onConflict('phone')
      .ignore();
    return { phone, changed: true };
  }
  if (!existing.resubscribed_at) return { phone, changed: false }; // a replayed STOP
  await trx('sms_opt_outs')
    .where({ id: existing.id })
    .update({
      source,
      account_id: account?.id ?? existing.account_id,
      opted_out_at: at,
      resubscribed_at: null,
      updated_at: at,
      version: trx.raw('version + 1'),
    });
  return { phone, changed: true };
}

/** START: the number receives SMS again. */
export async function recordResubscription(trx: Db, rawPhone: string, now: Date): Promise<{ phone: string; changed: boolean } | null> {
  const phone = normalisePhone(rawPhone);
  if (!phone) return null;
  const at = now.toISOString();
  const changed: number = await trx('sms_opt_outs')
    .where({ phone })
    .whereNull('resubscribed_at')
    .update({ resubscribed_at: at, updated_at: at, version: trx.raw('version + 1') });
  return { phone, changed: changed > 0 };
}

/** The account's SMS opt-out, for its 360 and account page: the phone and since when, or null. */
export async function optOutOfAccount(db: Db, account: { id: number; phone: string | null }) {
  // By the account, or by its phone: each branch an index lookup (an OR of the two would scan the table).
  const cols = ['phone', 'source', 'opted_out_at'];
  const by = (column: 'account_id' | 'phone', value: number | string) =>
    db('sms_opt_outs').whereNull('resubscribed_at').where(column, value).select(cols);
  const matches = account.phone ? by('account_id', account.id).union(by('phone', account.phone)) : by('account_id', account.id);
  const row: Pick<SmsOptOutsRow, 'phone' | 'source' | 'opted_out_at'> | undefined = await db
    .select(cols)
    .from(matches.as('o'))
    .orderBy('opted_out_at', 'desc')
    .first();
  return row ? { phone: row.phone, source: row.source, optedOutAt: row.opted_out_at } : null;
}
