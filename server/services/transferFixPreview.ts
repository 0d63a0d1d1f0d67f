import type { Knex } from 'knex';
import { planFix, type FixPlan } from '../domain/transfers/fixPlan.ts';
import { preferExistingAccounts, suggestIntendedEmails, type Contact, type Suggestion } from '../domain/transfers/emailSuggestions.ts';
import { normalizeEmail } from '../domain/units.ts';
import { notFound } from '../http/errors.ts';
import { loadFixFacts } from './transfers.ts';
import type { AccountsRow, TransfersRow } from '../db/rows.generated.ts';

export interface FixPreview {
  transferId: number;
  status: string;
  amountMb: number;
  recipientEmail: string;
  suggestions: Suggestion[];
  reverse: FixPlan;
  /** The redirect to `redirectEmail` (the one asked for, else the best suggestion). */
  redirectEmail: string | null;
  redirect: FixPlan | null;
}

/** The sender's known contacts: whom they sent data to, who sent them data, and referral partners. */
async function contactsOf(db: Knex, senderId: number, excludeTransferId: number): Promise<Contact[]> {
  const recipients: { email: TransfersRow['recipient_email'] }[] = await db('transfers')
    .where({ sender_account_id: senderId })
    .whereNot({ id: excludeTransferId })
    .distinct('recipient_email as email');
  const senders: { email: AccountsRow['email'] }[] = await db('transfers as t')
    .join('accounts as a', 'a.id', 't.sender_account_id')
    .where('t.recipient_account_id', senderId)
    .distinct('a.email as email');
  const referrals: { email: AccountsRow['email'] }[] = await db('referrals as r')
    .join('accounts as a', (j) => j.on('a.id', 'r.sponsor_account_id').orOn('a.id', 'r.referred_account_id'))
    .where((q) => q.where('r.sponsor_account_id', senderId).orWhere('r.referred_account_id', senderId))
    .whereNot('a.id', senderId)
    .distinct('a.email as email');
  return [
    ...recipients.map((r) => ({ email: r.email, source: 'earlier_recipient' as const })),
    ...[...senders, ...referrals].map((r) => ({ email: r.email, source: 'contact' as const })),
  ];
}

/** What support would recover now, where it would go, and the likely intended addresses (read-only). */
export async function previewTransferFix(db: Knex, transferId: number, now: Date, email?: string): Promise<FixPreview> {
  const t: TransfersRow | undefined = await db('transfers').where({ id: transferId }).first();
  if (!t) throw notFound(`Transfer ${transferId} not found`);
  const raw = suggestIntendedEmails(t.recipient_email, await contactsOf(db, t.sender_account_id, t.id));
  const accounts: Pick<AccountsRow, 'id' | 'email'>[] = raw.length
    ? await db('accounts')
        .whereIn(
          'email',
          raw.map((s) => s.email),
        )
        .where('status', 'active')
        .select('id', 'email')
    : [];
  const suggestions = preferExistingAccounts(raw, new Map(accounts.map((a) => [a.email, a.id]))).slice(0, 5);
  const redirectEmail = email ? normalizeEmail(email) : (suggestions[0]?.email ?? null);
  const reverse = planFix('reverse', await loadFixFacts(db, t), now);
  const redirect = redirectEmail ? planFix('redirect', await loadFixFacts(db, t, redirectEmail), now) : null;
  return {
    transferId: t.id,
    status: t.status,
    amountMb: t.amount_mb,
    recipientEmail: t.recipient_email,
    suggestions,
    reverse,
    redirectEmail,
    redirect,
  };
}
