// "Send data to a friend" (seed 000): about 60 transfers, delivered, pending (including
// the classic gmial.com typo), and the ones support fixed by redirecting or reversing them.
import { NAMED, slug } from './accounts.ts';
import { usageCountries } from './catalog.ts';
import { EN_LAST_NAMES, FIRST_NAMES } from './texts.ts';
import { addUsage, credit, debit, sweep } from './ledger.ts';
import { createAccountPlan, createOrder, useData } from './orders-and-plans.ts';
import { DAY, HOUR, MINUTE, type Ms } from './time.ts';
import { planById, type Account, type AccountPlan, type Transfer, type World, type Table } from './world.ts';

const GB = 1024;

function send(w: World, source: AccountPlan, at: Ms, amountGb: number, recipientEmail: string): Transfer {
  const t: Transfer = {
    id: w.id('transfers'),
    sender_account_id: source.account_id,
    source_account_plan_id: source.id,
    recipient_email: recipientEmail,
    recipient_account_id: null,
    recipient_account_plan_id: null,
    amount_gb: amountGb,
    amount_mb: amountGb * GB,
    corrects_transfer_id: null,
    status: 'pending',
    delivered_at: null,
    fixed_at: null,
    fixed_by_staff_id: null,
    fix_reason: null,
    redirected_to_email: null,
    redirected_to_account_id: null,
    recovered_mb: null,
    unrecoverable_mb: null,
    fix_reason_code: null,
    intended_email: null,
    fix_override_reason: null,
    created_at: at,
    updated_at: at,
    version: 1,
  };
  debit(w, source, t.amount_mb, {
    at,
    kind: 'transfer_out',
    refs: { transfer_id: t.id },
    actor_kind: 'customer',
    actor_id: source.account_id,
    key: `transfer_out:${t.id}`,
  });
  source._reserved ??= 'transfer-source';
  w.transfers.push(t);
  return t;
}

/** A plan of origin `transfer` for the same country/region, expiring with the source (as the transfers service makes it). */
function landingPlan(w: World, source: AccountPlan, account: Account, at: Ms): AccountPlan {
  const plan = createAccountPlan(w, {
    account,
    origin: 'transfer',
    name: source.name,
    plan_id: source.plan_id,
    country_code: source.country_code,
    region_name: source.region_name,
    validity_days: source.validity_days,
    orderedAt: at,
    activateBy: null,
    installedAt: null,
    activatedAt: at,
    expiresAt: source.expires_at,
  });
  plan._reserved = 'transfer-recipient';
  return plan;
}

function deliver(
  w: World,
  t: Transfer,
  recipient: Account,
  at: Ms,
  actor: { kind: 'customer' | 'system' | 'staff'; id: number | null },
): AccountPlan {
  const plan = landingPlan(w, planById(w, t.source_account_plan_id), recipient, at);
  credit(w, plan, t.amount_mb, {
    at,
    kind: 'transfer_in',
    refs: { transfer_id: t.id },
    actor_kind: actor.kind,
    actor_id: actor.id,
    key: `transfer_in:${t.id}`,
  });
  Object.assign(t, {
    status: 'delivered',
    recipient_account_id: recipient.id,
    recipient_account_plan_id: plan.id,
    delivered_at: at,
    updated_at: at,
  });
  return plan;
}

/** Delivered at once when the recipient has an account; on their sign-up otherwise. */
const deliverNow = (w: World, t: Transfer, recipient: Account, at: Ms): AccountPlan =>
  deliver(w, t, recipient, at, at > t.created_at + MINUTE ? { kind: 'system', id: null } : { kind: 'customer', id: t.sender_account_id });

/** Is the source still usable at `at` (so a reversal can go back to it)? */
function stillActive(plan: AccountPlan, at: Ms): boolean {
  return (
    plan.activated_at != null && plan.expires_at != null && plan.activated_at <= at && at < plan.expires_at && plan._sim.balanceAt(at) > 0
  );
}

/**
 * Support's fix, as the transfers service does it: takes back what the wrong recipient has not
 * used (everything while pending), then either sends it to the intended address through a
 * correcting transfer (redirect) or returns it to the sender (reverse). Nothing is edited in
 * the ledger: compensating entries point at the entries they reverse.
 */
function fix(
  w: World,
  t: Transfer,
  kind: 'redirect' | 'reverse',
  at: Ms,
  reason: string,
  error: { code: string; meant: string },
  intended?: Account,
): Transfer | null {
  const support = w.staff.support;
  const staff = { kind: 'staff' as const, id: support.id };
  const source = planById(w, t.source_account_plan_id);
  const note = `${kind}: ${reason}`;
  let recovered = t.amount_mb;
  if (t.status === 'delivered') {
    const wrong = planById(w, t.recipient_account_plan_id!);
    recovered = wrong._sim.balanceAt(at);
    // What is left is taken back; the plan has nothing left (exhausted, as the ledger service marks it).
    sweep(w, wrong, 'exhausted', {
      at,
      kind: 'reversal',
      refs: { transfer_id: t.id },
      actor_kind: 'staff',
      actor_id: support.id,
      reversesKey: `transfer_in:${t.id}`,
      expect: recovered,
      note,
    });
  }
  const before = { status: t.status };
  Object.assign(t, {
    status: kind === 'redirect' ? 'redirected' : 'reversed',
    fixed_at: at,
    fixed_by_staff_id: support.id,
    fix_reason: reason,
    fix_reason_code: error.code,
    intended_email: error.meant,
    recovered_mb: recovered,
    unrecoverable_mb: t.amount_mb - recovered,
    updated_at: at,
  });
  let correction: Transfer | null = null;
  if (kind === 'reverse') {
    const back = stillActive(source, at) ? source : landingPlan(w, source, w.accounts[t.sender_account_id - 1]!, at);
    if (back !== source) t._returnPlanId = back.id;
    credit(w, back, recovered, {
      at,
      kind: 'reversal',
      refs: { transfer_id: t.id },
      actor_kind: 'staff',
      actor_id: support.id,
      reversesKey: `transfer_out:${t.id}`,
      note,
    });
  } else {
    // The correcting transfer: a linked pair with the mistaken one (docs/MONEY.md §3), delivered to the intended account.
    correction = {
      ...t,
      id: w.id('transfers'),
      recipient_email: intended!.email,
      recipient_account_id: null,
      recipient_account_plan_id: null,
      amount_gb: null,
      amount_mb: recovered,
      corrects_transfer_id: t.id,
      status: 'pending',
      delivered_at: null,
      fixed_at: null,
      fixed_by_staff_id: null,
      fix_reason: null,
      redirected_to_email: null,
      redirected_to_account_id: null,
      recovered_mb: null,
      unrecoverable_mb: null,
      fix_reason_code: null,
      intended_email: null,
      fix_override_reason: null,
      created_at: at,
      updated_at: at,
    };
    w.transfers.push(correction);
    t._redirectPlanId = deliver(w, correction, intended!, at, staff).id;
    Object.assign(t, { redirected_to_email: intended!.email, redirected_to_account_id: intended!.id });
  }
  w.audit.push({
    at,
    staff: support,
    action: `transfers.${kind}`,
    entity: 'transfers',
    entityId: t.id,
    before,
    after: {
      status: t.status,
      reasonCode: error.code,
      intendedEmail: error.meant,
      recoveredMb: recovered,
      unrecoverableMb: t.unrecoverable_mb,
    },
    reason,
  });
  return correction;
}

const DOMAIN_TYPOS: Record<string, string> = {
  'gmail.com': 'gmail.con',
  'hotmail.fr': 'hotmial.fr',
  'outlook.fr': 'outlok.fr',
  'yahoo.fr': 'yaho.fr',
  'orange.fr': 'ornage.fr',
  'icloud.com': 'icloud.cm',
  'free.fr': 'fre.fr',
  'laposte.net': 'lapost.net',
  'outlook.com': 'outlook.co',
};
function typo(email: string): string {
  const [local, domain] = email.split('@') as [string, string];
  if (DOMAIN_TYPOS[domain]) return `${local}@${DOMAIN_TYPOS[domain]}`;
  const i = Math.max(1, Math.floor(local.length / 2));
  return `${local.slice(0, i - 1)}${local[i]}${local[i - 1]}${local.slice(i + 1)}@${domain}`;
}

export function buildTransfers(w: World): void {
  const r = w.rng;
  const taken = new Set(w.accounts.map((a) => a.email));
  const usable = (a: Account): boolean => a._scripted !== 'closing';
  const recipients = w.accounts.filter(usable);

  /** A random paid (or received) plan with at least `minGb` left at a random instant in [from, to]. */
  const findSource = (
    minGb: number,
    from: Ms,
    to: Ms,
    maxLifeLeft = 0,
    runsUntil = 0,
  ): { plan: AccountPlan; at: Ms; balance: number } | null => {
    const pool = w.accountPlans.filter(
      (p) =>
        !p._reserved &&
        (p.origin === 'paid' || p.origin === 'transfer') &&
        !p.unlimited &&
        p.activated_at != null &&
        usable(p._account) &&
        p.expires_at! > Math.max(from, runsUntil) &&
        p.activated_at < to &&
        p.expires_at! - p.activated_at >= 7 * DAY,
    );
    for (let attempt = 0; attempt < 300 && pool.length; attempt++) {
      const plan = r.pick(pool);
      const lo = Math.max(from, plan.activated_at! + 2 * HOUR),
        hi = Math.min(to, plan.expires_at! - (maxLifeLeft || 2 * DAY));
      if (hi <= lo) continue;
      const at = lo + Math.floor(r.next() * (hi - lo));
      const state = plan._sim.replay(at);
      const balance = state.balance - state.gifted; // only paid data is sent (seed 000)
      if (balance >= minGb * GB) return { plan, at, balance };
    }
    return null;
  };
  const amountFor = (balance: number): number => r.int(1, Math.min(5, Math.floor(balance / GB)));
  const otherThan = (sender: number, before: Ms): Account[] => recipients.filter((a) => a.id !== sender && a.created_at < before);
  const stranger = (): string => {
    for (;;) {
      const fr = r.chance(0.8);
      const email = `${slug(r.pick(FIRST_NAMES[fr ? 'fr' : 'en']))}.${slug(fr ? r.fr.person.lastName() : r.pick(EN_LAST_NAMES))}@${r.weighted(
        [
          ['gmail.com', 6],
          ['hotmail.fr', 2],
          ['icloud.com', 2],
          ['orange.fr', 1],
        ] as const,
      )}`;
      if (!taken.has(email)) {
        taken.add(email);
        return email;
      }
    }
  };

  // 1. The mistyped address: Sophie sent data to Julien before (a known contact), then typed gmial.com.
  const sophie = w.accounts.find((a) => a.email === NAMED.gmialSender.email)!;
  const julien = w.accounts.find((a) => a.email === NAMED.gmailTwin.email)!;
  const jp = w.catalogPlans.find((p) => p.name === 'Japan 10 GB – 30 days')!;
  const us = w.catalogPlans.find((p) => p.name === 'United States 20 GB – 30 days')!;
  const earlier = createOrder(w, {
    account: sophie,
    catalog: jp,
    orderedAt: w.now - 66 * DAY,
    method: 'apple_pay',
    installedAt: w.now - 66 * DAY + 20 * MINUTE,
    activatedAt: w.now - 63 * DAY,
    usage: 0.5,
  });
  const known = send(w, earlier._plan, w.now - 58 * DAY, 2, julien.email);
  useData(w, deliverNow(w, known, julien, known.created_at), known.created_at, 0.8, known.amount_mb, false);
  const current = createOrder(w, {
    account: sophie,
    catalog: us,
    orderedAt: w.now - 7 * DAY,
    method: 'apple_pay',
    installedAt: w.now - 7 * DAY + 15 * MINUTE,
    activatedAt: w.now - 5 * DAY,
    usage: 0.35,
  });
  send(w, current._plan, w.now - 2 * DAY - 3 * HOUR, 3, NAMED.gmailTwin.email.replace('@gmail.com', '@gmial.com'));
  taken.add(NAMED.gmailTwin.email.replace('@gmail.com', '@gmial.com'));

  // 2. Ordinary deliveries to existing customers; most recipients use some of the data.
  for (let i = 0; i < 34; i++) {
    const s = findSource(1, w.now - 900 * DAY, w.now - 3 * HOUR);
    if (!s) break;
    const to = r.pick(otherThan(s.plan.account_id, s.at));
    const t = send(w, s.plan, s.at, amountFor(s.balance), to.email);
    const landed = deliverNow(w, t, to, s.at);
    useData(
      w,
      landed,
      s.at,
      i === 0
        ? 0.5
        : r.weighted([
            [0, 2],
            [r.between(0.05, 0.6), 5],
            [r.between(0.6, 1.1), 3],
          ] as const),
      t.amount_mb,
      false,
    );
  }

  // 3. Sent to someone who had no account yet: delivered when they signed up.
  const newcomer = recipients.find((a) => a.created_at > w.now - 200 * DAY && a.created_at < w.now - 20 * DAY && !a._scripted);
  if (newcomer) {
    const s = findSource(1, newcomer.created_at - 3 * DAY, newcomer.created_at - 2 * HOUR, 0, newcomer.created_at + 2 * DAY);
    if (s) {
      const t = send(w, s.plan, s.at, 1, newcomer.email);
      const landed = deliverNow(w, t, newcomer, newcomer.created_at + 4 * MINUTE);
      useData(w, landed, landed.activated_at!, 0.3, t.amount_mb, false);
    }
  }

  // 4. A recipient who sends it back (received data counts as paid and can be sent on).
  const back = findSource(3, w.now - 300 * DAY, w.now - 10 * DAY);
  if (back) {
    const sender = w.accounts[back.plan.account_id - 1]!;
    const friend = r.pick(otherThan(sender.id, back.at));
    const t = send(w, back.plan, back.at, 3, friend.email);
    const landed = deliverNow(w, t, friend, back.at);
    if (landed.expires_at! - back.at > 2 * DAY) {
      // The sender asked support to take it back: refused, transfers are final (seed 000); the friend sends it back himself.
      const asked = back.at + HOUR;
      w.audit.push({
        at: asked,
        staff: w.staff.support,
        action: 'transfers.reverse',
        entity: 'transfers',
        entityId: t.id,
        outcome: 'failure',
        after: { refused: 'transfer_final', reasonCode: 'changed_mind', intendedEmail: friend.email },
        reason: 'Transfers are final: the recipient can send the data back.',
      });
      w.marks.set('transfer:changed-mind', t.id);
      const t2 = send(w, landed, back.at + r.int(2, 20) * HOUR, 3, sender.email);
      deliverNow(w, t2, sender, t2.created_at);
    }
  }

  // 5. Pending: recipients who have not signed up yet (recent, the source still running).
  for (let i = 0; i < 8; i++) {
    const s = findSource(1, w.now - 20 * DAY, w.now - 2 * HOUR, 0, w.now + DAY); // the source still runs: delivery can still happen
    if (!s) break;
    send(w, s.plan, s.at, amountFor(s.balance), stranger());
  }

  // 6. Redirected by support: typos to an address nobody has (pending), or to the wrong customer (delivered).
  for (let i = 0; i < 7; i++) {
    const s = findSource(1, w.now - 400 * DAY, w.now - 3 * DAY);
    if (!s) break;
    const intended = r.pick(otherThan(s.plan.account_id, s.at));
    const fixAt = Math.min(s.at + r.int(3, 72) * HOUR, s.plan.expires_at! - HOUR, w.now - HOUR);
    if (i < 3 && !taken.has(typo(intended.email))) {
      const t = send(w, s.plan, s.at, amountFor(s.balance), typo(intended.email));
      taken.add(t.recipient_email);
      fix(
        w,
        t,
        'redirect',
        fixAt,
        `Customer called: the address was mistyped (${t.recipient_email}). Redirected to ${intended.email}.`,
        { code: 'address_typo', meant: intended.email },
        intended,
      );
    } else {
      const wrong = r.pick(otherThan(s.plan.account_id, s.at).filter((a) => a.id !== intended.id));
      const t = send(w, s.plan, s.at, amountFor(s.balance), wrong.email);
      const landed = deliverNow(w, t, wrong, s.at);
      if (i !== 6) addUsage(w, landed, s.at, fixAt, Math.round(t.amount_mb * r.between(0.15, 0.7)), usageCountries(landed));
      fix(
        w,
        t,
        'redirect',
        fixAt,
        `Sent to a namesake by mistake; confirmed by the sender by e-mail. Redirecting what is left to ${intended.email}.`,
        { code: 'similar_address_other_person', meant: intended.email },
        intended,
      );
    }
    const fixed = w.transfers.filter((x) => x.status === 'redirected').at(-1)!;
    if (fixed._redirectPlanId) useData(w, planById(w, fixed._redirectPlanId), fixAt, r.between(0, 0.8), fixed.recovered_mb!, false);
  }

  // 7. Reversed by support: back to the source when it still runs, else to a new plan expiring as it would have.
  for (let i = 0; i < 6; i++) {
    const exhaustedSource = i === 5;
    const s = findSource(exhaustedSource ? 2 : 1, w.now - 300 * DAY, w.now - 3 * DAY);
    if (!s) break;
    const fixAt = Math.min(s.at + r.int(2, 48) * HOUR, s.plan.expires_at! - HOUR, w.now - HOUR);
    if (i < 2) {
      const meant = stranger();
      const t = send(w, s.plan, s.at, amountFor(s.balance), typo(meant));
      taken.add(t.recipient_email);
      fix(
        w,
        t,
        'reverse',
        fixAt,
        `The address does not exist (the invitation bounced); the sender meant ${meant}, who prefers to buy her own plan. Data returned to the source plan.`,
        { code: 'address_never_existed', meant },
      );
      continue;
    }
    const wrong = r.pick(otherThan(s.plan.account_id, s.at));
    // The source sent everything it had: it is exhausted when support reverses the transfer.
    const gb = exhaustedSource ? Math.floor(s.balance / GB) : amountFor(s.balance);
    const t = send(w, s.plan, s.at, gb, wrong.email);
    if (exhaustedSource && s.balance - gb * GB > 0) {
      addUsage(w, s.plan, s.at, s.at + 20 * HOUR, s.balance - gb * GB + 50, usageCountries(s.plan));
    }
    const landed = deliverNow(w, t, wrong, s.at);
    addUsage(w, landed, s.at, fixAt, Math.round(t.amount_mb * r.between(0.1, 0.5)), usageCountries(landed));
    fix(
      w,
      t,
      'reverse',
      Math.max(fixAt, s.at + 21 * HOUR),
      'Wrong recipient: a similar address of someone else; recovering what they have not used and returning it to the sender.',
      { code: 'similar_address_other_person', meant: typo(wrong.email) },
    );
  }
}

export const transferTables = (w: World): Table[] => [['transfers', w.transfers]];
