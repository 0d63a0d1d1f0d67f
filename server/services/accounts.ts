import { randomBytes } from 'node:crypto';
import { isValidEmail, normalizeEmail } from '../domain/units.ts';
import { conflict, ruleRefused } from '../http/errors.ts';
import type { Ctx } from './ctx.ts';
import { isEmailTaken } from './customerData.ts';
import { accountByEmail, deliverPendingTransfers } from './transfers.ts';
import type { AccountsRow } from '../db/rows.generated.ts';

// Unambiguous letters and digits (no 0/O, 1/I) for codes customers read out loud.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function newReferralCode(): string {
  return [...randomBytes(8)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/**
 * An account registers (docs/RULES.md "Accounts": e-mail unique after trimming and lower-casing).
 * Transfers waiting for its e-mail are delivered in the same transaction (seed 000:
 * "any e-mail the recipient uses or will use").
 */
export async function registerAccount(ctx: Ctx, input: { email: string; referralCode?: string; deviceId?: string }): Promise<AccountsRow> {
  const { trx, now } = ctx;
  const email = normalizeEmail(input.email);
  if (!isValidEmail(email)) throw ruleRefused('invalid_email', 'The e-mail address is not valid', { email: 'invalid' });
  if (await accountByEmail(trx, email)) throw conflict('email_taken', 'An account already uses this e-mail address');
  const sponsor: AccountsRow | undefined | null = input.referralCode
    ? await trx('accounts').where({ referral_code: input.referralCode.toUpperCase(), status: 'active' }).first()
    : null;
  if (input.referralCode && !sponsor)
    throw ruleRefused('unknown_referral_code', 'No active account has this referral code', { referralCode: 'unknown' });
  const at = now.toISOString();
  // The unique index decides a race with support correcting another account to this address: 409 naming it, never 500.
  const [row]: ({ id: number } | number)[] = await trx('accounts')
    .insert(
      {
        email,
        status: 'active',
        locale: 'fr',
        referral_code: newReferralCode(),
        referred_by_account_id: sponsor?.id ?? null,
        signup_device_id: input.deviceId ?? null,
        data_blocked: false,
        created_at: at,
        updated_at: at,
        version: 1,
      },
      ['id'],
    )
    .catch((err: unknown) => {
      throw isEmailTaken(err) ? conflict('email_taken', 'An account already uses this e-mail address') : err;
    });
  const id = typeof row === 'object' ? row.id : row;
  // A new account has never ordered, so it may be referred (GCU §7); the reward waits for its first paid plan.
  if (sponsor)
    await trx('referrals').insert({
      sponsor_account_id: sponsor.id,
      referred_account_id: id,
      status: 'pending',
      created_at: at,
      updated_at: at,
      version: 1,
    });
  const account: AccountsRow = await trx('accounts').where({ id }).first(); // inserted above, in this transaction
  await deliverPendingTransfers(ctx, account);
  return account;
}
