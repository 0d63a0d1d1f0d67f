// The outbox: every e-mail and SMS the demo's events caused, mostly sent, some queued or
// retrying, one being sent, and a few dead after 5 attempts (bounced typo addresses).
import { COMMON_DOMAINS, editDistance } from '../../server/domain/transfers/emailSuggestions.ts';
import type { OutgoingMessage } from '../../server/outbox/outbox.ts';
import * as texts from '../../server/outbox/transferMessages.ts';
import { smsParts } from '../../server/domain/messages/sms.ts';
import { DAY, MINUTE, SECOND, type Ms } from './time.ts';
import type { Account, Row, World, Table } from './world.ts';

type Locale = 'fr' | 'en';
const T: Record<string, Record<Locale, [string, string]>> = {
  refund_received: {
    fr: ['Nous avons bien reçu votre demande de remboursement', 'Réponse sous 5 jours ouvrés (demande n° {id}).'],
    en: ['We received your refund request', 'We will answer within 5 working days (request #{id}).'],
  },
  refund_approved: {
    fr: ['Remboursement accepté', 'Nous vous remboursons {amount} € sous 30 jours, par le moyen de paiement de la commande.'],
    en: ['Refund approved', 'We will refund {amount} € within 30 days to your original payment method.'],
  },
  refund_rejected: {
    fr: ['Votre demande de remboursement', 'Nous ne pouvons pas donner suite à votre demande (motif : {reason}).'],
    en: ['Your refund request', 'We cannot grant your request (reason: {reason}).'],
  },
  refund_paid_out: {
    fr: ['Remboursement effectué', '{amount} € vous ont été remboursés.'],
    en: ['Refund paid', '{amount} € have been refunded to you.'],
  },
  review_removed: {
    fr: ['Votre avis a été retiré', 'Votre avis enfreint nos CGU (§8). Vous pouvez contester cette décision sous 6 mois.'],
    en: ['Your review was removed', 'Your review breaks our terms (§8). You may appeal within 6 months.'],
  },
  dsa_acknowledgement: {
    fr: ['Signalement {ref} reçu', 'Nous avons bien reçu votre signalement et le traitons.'],
    en: ['Notice {ref} received', 'We received your notice and are handling it.'],
  },
  dsa_decision: {
    fr: [
      'Décision sur le signalement {ref}',
      'Décision : {decision}. Voies de recours : réclamation interne sous 6 mois, règlement extrajudiciaire, tribunal.',
    ],
    en: ['Decision on notice {ref}', 'Decision: {decision}. Redress: internal complaint within 6 months, out-of-court settlement, court.'],
  },
  usage_alert: {
    fr: ['{pct} % de votre data utilisée', 'Vous avez utilisé {pct} % de votre forfait {plan}.'],
    en: ['{pct}% of your data used', 'You have used {pct}% of your plan {plan}.'],
  },
  referral_rewarded: {
    fr: ['1 Go offert !', 'Votre filleul a terminé son premier forfait : 1 Go vous est offert.'],
    en: ['1 GB for you!', 'Your friend finished their first plan: here is 1 GB on us.'],
  },
};

const fill = (s: string, p: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));

interface Draft {
  at: Ms;
  m: OutgoingMessage;
  dead?: string;
}

export function buildMessages(w: World): void {
  const r = w.rng;
  const drafts: Draft[] = [];
  const acc = (id: number | null | undefined): Account | null => (id ? w.accounts[id - 1]! : null);
  const party = (a: Account) => ({ accountId: a.id, email: a.email, locale: a.locale });
  // Closed accounts: their message history went with their personal data.
  const live = (a: Account | null): a is Account => a != null && a.status === 'active';
  const push = (at: Ms, m: OutgoingMessage, dead?: string): void => {
    if (at <= w.now) drafts.push({ at, m, ...(dead ? { dead } : {}) });
  };
  const toAccount = (
    a: Account | null,
    at: Ms,
    template: string,
    params: Record<string, string | number>,
    entity: string,
    id: number,
    key: string,
  ): void => {
    if (!live(a)) return;
    const [subject, body] = T[template]![a.locale];
    push(at, {
      accountId: a.id,
      channel: 'email',
      to: a.email,
      template,
      locale: a.locale,
      subject: fill(subject, params),
      body: fill(body, params),
      related: { entity, id },
      dedupeKey: `${entity}:${id}:${key}`,
    });
  };

  // Transfers: the very messages the transfers service queues.
  for (const t of w.transfers) {
    const sender = acc(t.sender_account_id)!;
    const correction = t.corrects_transfer_id != null;
    if (!correction && live(sender))
      push(t.created_at + 2 * SECOND, texts.transferSent(party(sender), t.id, t.amount_mb, t.recipient_email));
    const recipient = acc(t.recipient_account_id);
    const invited = !t.delivered_at || t.delivered_at > t.created_at + MINUTE;
    if (invited && !correction) {
      // Nobody had this address yet: an invitation. Typo domains bounce until the worker gives up.
      const domain = t.recipient_email.split('@')[1]!;
      const typo =
        !COMMON_DOMAINS.includes(domain as (typeof COMMON_DOMAINS)[number]) && COMMON_DOMAINS.some((d) => editDistance(domain, d) <= 2);
      const bounce = typo
        ? domain === 'gmial.com'
          ? 'getaddrinfo ENOTFOUND gmial.com (no MX record)'
          : `550 5.1.1 <${t.recipient_email}>: Recipient address rejected: User unknown`
        : undefined;
      push(
        t.created_at + 3 * SECOND,
        texts.transferInvitation({ accountId: null, email: t.recipient_email, locale: sender.locale }, t.id, t.amount_mb, sender.email),
        bounce,
      );
    }
    if (t.delivered_at && live(recipient))
      push(t.delivered_at + 4 * SECOND, texts.transferReceived(party(recipient), t.id, t.amount_mb, sender.email));
    if (t.fixed_at) {
      const kind = t.status === 'redirected' ? 'redirect' : 'reverse';
      if (live(sender))
        push(
          t.fixed_at + 5 * SECOND,
          texts.transferFixedForSender(party(sender), t.id, kind, t.recovered_mb ?? 0, t.unrecoverable_mb ?? 0, t.redirected_to_email),
        );
      if (live(recipient)) push(t.fixed_at + 6 * SECOND, texts.transferWithdrawn(party(recipient), t.id, t.recovered_mb ?? 0));
    }
  }
  for (const f of w.refunds) {
    const a = acc(f.account_id);
    toAccount(a, f.requested_at + 30 * SECOND, 'refund_received', { id: f.id }, 'refunds', f.id, 'received');
    if (f.status === 'rejected')
      toAccount(a, f.decided_at! + 20 * SECOND, 'refund_rejected', { reason: f.reject_reason_code ?? '' }, 'refunds', f.id, 'rejected');
    if (f.decided_at && f.amount_cents != null && f.status !== 'awaiting_second_approval')
      toAccount(
        a,
        f.decided_at + 20 * SECOND,
        'refund_approved',
        { amount: (f.amount_cents / 100).toFixed(2) },
        'refunds',
        f.id,
        'approved',
      );
    if (f.paid_out_at)
      toAccount(
        a,
        f.paid_out_at + 20 * SECOND,
        'refund_paid_out',
        { amount: ((f.amount_cents ?? 0) / 100).toFixed(2) },
        'refunds',
        f.id,
        'paid_out',
      );
  }
  for (const rev of w.reviews.filter((x) => x.removed_at))
    toAccount(acc(rev.account_id), rev.removed_at! + MINUTE, 'review_removed', {}, 'reviews', rev.id, 'removed');
  for (const n of w.dsaNotices) {
    const email = n.notifier_email as string | null;
    const locale = n.language as Locale;
    const id = n.id as number;
    const params = { ref: n.reference as string, decision: (n.decision as string | null) ?? '' };
    const toNotifier = (at: Ms, template: string, key: string): void => {
      if (!email) return;
      const [subject, body] = T[template]![locale];
      push(at, {
        accountId: null,
        channel: 'email',
        to: email,
        template,
        locale,
        subject: fill(subject, params),
        body: fill(body, params),
        related: { entity: 'dsa_notices', id },
        dedupeKey: `dsa_notices:${id}:${key}`,
      });
    };
    toNotifier(n.acknowledged_at as Ms, 'dsa_acknowledgement', 'acknowledgement');
    if (n.decided_at) {
      // Two notifications (Art. 16(5) to the notifier, Art. 17 to the author), never merged.
      toNotifier((n.decided_at as Ms) + MINUTE, 'dsa_decision', 'decision:notifier');
      if (n.decision !== 'no_action')
        toAccount(
          acc(n.author_account_id as number),
          (n.decided_at as Ms) + 2 * MINUTE,
          'dsa_decision',
          params,
          'dsa_notices',
          id,
          'decision:author',
        );
    }
  }
  for (const ref of w.referrals.filter((x) => x.rewarded_at))
    toAccount(acc(ref.sponsor_account_id), ref.rewarded_at! + MINUTE, 'referral_rewarded', {}, 'referrals', ref.id, 'rewarded');
  // Usage alerts of the last weeks (older outbox rows are not part of the demo).
  for (const alert of w.usageAlerts.filter((x) => x.fired_at != null && (x.fired_at as Ms) > w.now - 45 * DAY)) {
    const a = acc(alert._account as number)!;
    const plan = w.accountPlans[(alert.account_plan_id as number) - 1]!;
    const sms = alert.channel === 'sms';
    const to = (alert.destination as string | null) ?? (sms ? a.phone : a.email);
    if (!to) continue;
    const params = { pct: alert.threshold_percent as number, plan: plan.name };
    const [subject, body] = T.usage_alert![a.locale];
    push((alert.fired_at as Ms) - 2 * SECOND, {
      accountId: a.id,
      channel: sms ? 'sms' : 'email',
      to,
      template: 'usage_alert',
      locale: a.locale,
      subject: fill(subject, params),
      body: fill(body, params),
      related: { entity: 'usage_alerts', id: alert.id as number },
      dedupeKey: `usage_alerts:${alert.id as number}:fired`,
    });
  }

  drafts.sort((a, b) => a.at - b.at);
  // The worker's state right now: the newest message being sent, the few before it waiting for a retry.
  const n = drafts.length;
  drafts.forEach(({ at, m, dead }, i) => {
    const row: Row = {
      id: w.id('messages'),
      account_id: m.accountId ?? null,
      channel: m.channel,
      to_address: m.to,
      template: m.template,
      subject: m.subject,
      body: m.body,
      locale: m.locale ?? 'fr',
      status: 'sent',
      attempts: 1,
      next_attempt_at: at,
      last_error: null,
      provider_message_id: null,
      sent_at: null,
      related_entity: m.related?.entity ?? null,
      related_id: m.related ? String(m.related.id) : null,
      dedupe_key: m.dedupeKey ?? null,
      created_at: at,
      updated_at: at,
      version: 1,
    };
    if (dead) {
      // Retried with back-off and given up after the 5th attempt.
      const last = Math.min(w.now - MINUTE, at + 156 * MINUTE);
      Object.assign(row, { status: 'dead', attempts: 5, last_error: dead, next_attempt_at: last, updated_at: last });
    } else if (i === n - 1) {
      Object.assign(row, { status: 'sending', attempts: 1, updated_at: Math.max(at, w.now - 20 * SECOND) });
    } else if (i >= n - 4 || at > w.now - 10 * MINUTE) {
      Object.assign(
        row,
        at <= w.now - 10 * MINUTE
          ? {
              status: 'queued',
              attempts: r.int(1, 2),
              last_error: 'connect ETIMEDOUT 10.0.4.12:587',
              next_attempt_at: w.now + r.int(2, 25) * MINUTE,
              updated_at: Math.max(at, w.now - r.int(1, 9) * MINUTE),
            }
          : { status: 'queued', attempts: 0 },
      );
    } else {
      const sentAt = at + r.int(2, 40) * SECOND;
      Object.assign(row, {
        sent_at: sentAt,
        updated_at: sentAt,
        provider_message_id: m.channel === 'sms' ? `SM${r.hex(32)}` : `<${r.hex(24)}@mail.kolet.demo>`,
      });
    }
    w.messages.push(row);
  });
  smsThroughTheProvider(w);
}

/**
 * The receipts the demo's sent SMS got, in turn: mostly delivered, some still in flight, some lost; every status
 * within the first five, so that a handful of SMS shows them all (usage-alerts-blocks.ts keeps ten SMS alerts recent).
 */
const RECEIPTS = ['delivered', 'sent', 'failed', 'undelivered', 'queued', 'delivered', 'delivered', 'delivered'] as const;

/**
 * SMS through the provider (docs/OPERATIONS.md "SMS"): each SMS with its encoding and segments, each
 * sent one with a receipt status in turn (every status present), and one customer's number that texted
 * STOP, with the alert that was then kept but not sent (suppressed).
 */
function smsThroughTheProvider(w: World): void {
  let k = 0;
  for (const row of w.messages) {
    if (row.status === 'sent') row.transport = row.channel === 'sms' ? 'twilio' : 'mail';
    if (row.channel !== 'sms') continue;
    const parts = smsParts(row.body as string);
    Object.assign(row, { sms_encoding: parts.encoding, sms_segments: parts.segments });
    if (row.status !== 'sent') continue;
    const status = RECEIPTS[k++ % RECEIPTS.length]!;
    const at = (row.sent_at as Ms) + (status === 'queued' ? 2 : 20) * SECOND;
    Object.assign(row, {
      delivery_status: status,
      delivery_updated_at: at,
      delivered_at: status === 'delivered' ? at : null,
      delivery_error_code: status === 'undelivered' ? '30003' : status === 'failed' ? '30005' : null,
    });
  }
  // The opted-out customer: the newest SMS sent to an account's own phone, else any account with a phone.
  const own = [...w.messages]
    .reverse()
    .find((m) => m.channel === 'sms' && m.status === 'sent' && w.accounts.some((a) => a.id === m.account_id && a.phone === m.to_address));
  const account = own ? w.accounts.find((a) => a.id === own.account_id)! : w.accounts.find((a) => a.phone && a.status === 'active');
  if (!account?.phone) return;
  const optedOutAt = w.now - 3 * DAY;
  w.smsOptOuts.push({
    id: w.id('sms_opt_outs'),
    phone: account.phone,
    account_id: account.id,
    source: 'inbound_sms',
    opted_out_at: optedOutAt,
    resubscribed_at: null,
    created_at: optedOutAt,
    updated_at: optedOutAt,
    version: 1,
  });
  const at = w.now - 2 * DAY;
  const body = account.locale === 'en' ? 'Kolet: you have used 90% of your plan.' : 'Kolet : vous avez utilisé 90 % de votre forfait.';
  const parts = smsParts(body);
  w.messages.push({
    id: w.id('messages'),
    account_id: account.id,
    channel: 'sms',
    to_address: account.phone,
    template: 'usage_alert',
    subject: account.locale === 'en' ? 'Usage alert' : 'Alerte de consommation',
    body,
    locale: account.locale,
    status: 'suppressed',
    attempts: 0,
    next_attempt_at: at,
    last_error: 'The number opted out of SMS (STOP)',
    provider_message_id: null,
    sent_at: null,
    related_entity: null,
    related_id: null,
    dedupe_key: null,
    sms_encoding: parts.encoding,
    sms_segments: parts.segments,
    created_at: at,
    updated_at: at,
    version: 1,
  });
}

export const messageTables = (w: World): Table[] => [
  ['messages', w.messages],
  ['sms_opt_outs', w.smsOptOuts],
];
