// Promo codes (welcome and partner offers), referrals between customers (GCU §7)
// and promo redemptions (GCS §5.3.3.1), with the abuse flags the console shows.
import { activationDeadline } from '../../server/domain/orders/orderRules.ts';
import { addDays, endOfParisDay } from '../../server/domain/refunds/clocks.ts';
import { parisDate } from '../../server/domain/calendar.ts';
import { credit, sweep } from './ledger.ts';
import { createAccountPlan, createOrder, oneGbPlan, pickCatalogPlan, useData, validPromos } from './orders-and-plans.ts';
import { DAY, HOUR, MINUTE, type Ms } from './time.ts';
import type { Account, PromoCode, Referral, World, Table } from './world.ts';

export function buildPromoCodes(w: World): void {
  const d = (n: number): Ms => w.now - n * DAY;
  const add = (
    c: Omit<
      PromoCode,
      | 'id'
      | 'created_at'
      | 'updated_at'
      | 'version'
      | 'activation_window_days'
      | 'partner'
      | 'discount_percent'
      | 'discount_cents'
      | 'bonus_mb'
      | 'max_redemptions'
      | 'valid_until'
      | 'status'
    > &
      Partial<PromoCode>,
  ): void => {
    w.promoCodes.push({
      partner: null,
      discount_percent: null,
      discount_cents: null,
      bonus_mb: null,
      max_redemptions: null,
      valid_until: null,
      status: 'active',
      activation_window_days: 90,
      ...c,
      id: w.id('promo_codes'),
      created_at: c.valid_from - 3 * DAY,
      updated_at: c.updated_at ?? c.valid_from - 3 * DAY,
      version: 1,
    });
  };
  // The first welcome offer was a free 1 GB plan; the current one adds 1 GB of gifted data to a paid plan.
  add({
    code: 'BIENVENUE2023',
    kind: 'welcome',
    discount_percent: 100,
    valid_from: d(1265),
    valid_until: d(700),
    status: 'disabled',
    updated_at: d(700),
  });
  add({ code: 'BIENVENUE', kind: 'welcome', bonus_mb: 1024, valid_from: d(700) });
  add({ code: 'ROUTARD10', kind: 'partner', partner: 'Le Routard', discount_percent: 10, valid_from: d(1000) });
  add({ code: 'FLYINGBLUE15', kind: 'partner', partner: 'Air France-KLM Flying Blue', discount_percent: 15, valid_from: d(600) });
  add({ code: 'ISIC20', kind: 'partner', partner: 'ISIC student card', discount_percent: 20, valid_from: d(900), valid_until: d(200) });
  add({ code: 'PRESSE100', kind: 'partner', partner: 'Press kit', discount_percent: 100, max_redemptions: 30, valid_from: d(500) });
  add({
    code: 'ETE5',
    kind: 'partner',
    partner: 'Summer newsletter',
    discount_cents: 500,
    valid_from: d(480),
    valid_until: d(380),
    status: 'disabled',
    updated_at: d(430),
  });
  add({ code: 'BLACKFRIDAY30', kind: 'partner', partner: 'Black Friday', discount_percent: 30, valid_from: d(372), valid_until: d(361) });
}

/**
 * Forty friends who signed up with a sponsor's code: not bought yet (pending), first paid plan
 * running (qualifying), rewarded when it expired, or void (abuse, or a refund request).
 */
export function buildReferrals(w: World): void {
  const r = w.rng;
  const friends = w.accounts.filter((a) => a._scripted === 'referral-friend');
  const sponsorsFor = (friend: Account): Account[] =>
    w.accounts.filter((a) => a.id < friend.id && !a._scripted && a.created_at < friend.created_at - DAY);
  const serialSponsor = w.accounts.find((a) => !a._scripted && a.created_at < w.now - 800 * DAY)!;
  // The oldest friends have had time to finish a plan (rewarded); the newest may not have bought yet.
  const rest = r.shuffle([
    ...Array(10).fill('qualifying'),
    ...Array(3).fill('void:same_device'),
    ...Array(2).fill('void:same_payment_fingerprint'),
    ...Array(2).fill('void:disposable_domain'),
    'void:refund',
    'qualifying:same_payment_fingerprint',
    ...Array(5).fill('pending'),
  ]);
  const plan: string[] = [...Array(12).fill('rewarded'), ...rest, ...Array(4).fill('pending')];
  friends.forEach((friend, i) => {
    let scenario = plan[i] ?? 'pending';
    const serial = i % 8 === 3; // one sponsor brought many friends: flagged
    const candidates = sponsorsFor(friend);
    if (!candidates.length) scenario = 'pending';
    const sponsor = serial && serialSponsor.id < friend.id ? serialSponsor : candidates.length ? r.pick(candidates) : serialSponsor;
    if (sponsor.id >= friend.id) return;
    friend.referred_by_account_id = sponsor.id;
    const flags: string[] = [];
    if (serial && sponsor === serialSponsor) flags.push('many_accounts');
    const referral: Referral = {
      id: w.id('referrals'),
      sponsor_account_id: sponsor.id,
      referred_account_id: friend.id,
      status: 'pending',
      qualifying_account_plan_id: null,
      reward_mb: 1024,
      reward_account_plan_id: null,
      rewarded_at: null,
      voided_at: null,
      voided_by_staff_id: null,
      void_reason: null,
      abuse_flags: flags,
      created_at: friend.created_at,
      updated_at: friend.created_at,
      version: 1,
    };
    w.referrals.push(referral);
    if (scenario === 'pending') return;

    const [kind, flag] = scenario.split(':') as [string, string | undefined];
    if (flag === 'same_device') friend.signup_device_id = sponsor.signup_device_id;
    if (flag === 'disposable_domain') {
      friend.email = friend.email.replace(/@.*/, '@yopmail.com');
      friend._originalEmail = friend.email;
    }
    if (flag) flags.push(flag);
    const fingerprint = flag === 'same_payment_fingerprint' ? sponsor._fingerprints[0]! : undefined;

    // The friend's first paid order, timed for the scenario.
    const earliest = friend.created_at + r.int(30, 3 * 24 * 60) * MINUTE;
    let orderedAt: Ms;
    if (kind === 'rewarded') orderedAt = earliest + Math.floor(r.next() * Math.max(0, w.now - 75 * DAY - earliest));
    else if (kind === 'qualifying') orderedAt = Math.max(earliest, w.now - r.int(2, 10) * DAY - r.int(0, 1439) * MINUTE);
    else orderedAt = Math.max(earliest, w.now - r.int(4, 25) * DAY - r.int(0, 1439) * MINUTE);
    if (orderedAt > w.now - 2 * HOUR || (kind === 'rewarded' && orderedAt > w.now - 70 * DAY)) {
      referral.abuse_flags = flags;
      return; // no time left for this story: stays pending
    }
    let catalog = pickCatalogPlan(w, orderedAt);
    for (let k = 0; k < 20 && (!catalog || catalog.data_mb == null || catalog.validity_days < 15); k++)
      catalog = pickCatalogPlan(w, orderedAt);
    if (!catalog || catalog.data_mb == null || catalog.validity_days < 15) return;
    const installedAt = orderedAt + r.int(5, 120) * MINUTE;
    const activatedAt = kind === 'void' && flag === 'refund' ? null : orderedAt + r.int(1, 4) * DAY;
    const order = createOrder(w, {
      account: friend,
      catalog,
      orderedAt,
      installedAt,
      activatedAt: activatedAt != null && activatedAt < w.now - HOUR ? activatedAt : null,
      ...(fingerprint ? { fingerprint, method: 'card' as const } : {}),
    });
    const first = order._plan;
    first._reserved = `referral:${referral.id}`;
    referral.qualifying_account_plan_id = first.id;
    referral.status = 'qualifying';
    referral.updated_at = orderedAt;

    if (kind === 'void' && flag === 'refund') {
      referral.abuse_flags = flags.filter((f) => f !== 'refund');
      w.marks.set('referral-refund:referral', referral.id); // the refunds scenario requests the refund and voids it
      w.marks.set('referral-refund:order', order.id);
      return;
    }
    if (kind === 'void') {
      const at = Math.min(w.now - HOUR, orderedAt + r.int(1, 6) * DAY);
      referral.status = 'void';
      referral.voided_at = at;
      referral.voided_by_staff_id = w.staff.finance.id;
      referral.void_reason =
        {
          same_device: 'Sponsor and friend signed up from the same device: self-referral.',
          same_payment_fingerprint: 'The friend paid with the sponsor’s card.',
          disposable_domain: 'Friend signed up with a disposable e-mail address.',
        }[flag!] ?? 'Abuse';
      referral.updated_at = at;
      w.audit.push({
        at,
        staff: w.staff.finance,
        action: 'referrals.void',
        entity: 'referrals',
        entityId: referral.id,
        before: { status: 'qualifying' },
        after: { status: 'void' },
        reason: referral.void_reason,
      });
      return;
    }
    // GCU §7.2: rewarded once the plan has expired and the 30-day window to ask for a refund has closed without a request.
    const windowClosed = endOfParisDay(addDays(parisDate(new Date(orderedAt)), 30)).getTime() + 1000;
    const settledAt = first.expires_at != null ? Math.max(first.expires_at, windowClosed) : null;
    if (kind === 'rewarded' && settledAt != null && settledAt < w.now - 2 * HOUR) {
      const at = settledAt + r.int(5, 90) * MINUTE;
      const reward = createAccountPlan(w, {
        account: sponsor,
        origin: 'referral_reward',
        name: 'Referral bonus – 1 GB',
        plan_id: null,
        country_code: null,
        region_name: 'World',
        validity_days: 30,
        orderedAt: at,
        activateBy: activationDeadline(new Date(at)).getTime(),
        installedAt: null,
        activatedAt: null,
        expiresAt: null,
      });
      credit(w, reward, 1024, {
        at,
        kind: 'referral_reward',
        refs: { referral_id: referral.id },
        actor_kind: 'system',
        note: `Referral of account #${friend.id}`,
      });
      const activatedAt = at + r.int(2, 120) * DAY;
      if (r.chance(0.7) && activatedAt < w.now - HOUR) {
        reward.activated_at = activatedAt;
        reward.expires_at = activatedAt + 30 * DAY;
        useData(w, reward, activatedAt, r.between(0.2, 1.2), 1024, false);
      }
      referral.status = 'rewarded';
      referral.reward_account_plan_id = reward.id;
      referral.rewarded_at = at;
      referral.updated_at = at;
      // The friend kept travelling with us.
      for (let k = r.int(0, 2); k > 0; k--) {
        const t = settledAt + Math.floor(r.next() * (w.now - settledAt - DAY));
        const next = pickCatalogPlan(w, t);
        if (next && t < w.now - DAY) createOrder(w, { account: friend, catalog: next, orderedAt: t });
      }
    }
  });
}

/** A redemption for each promo order, and the cases the console must catch. */
export function buildRedemptions(w: World): void {
  const r = w.rng;
  const welcome = w.promoCodes.find((c) => c.code === 'BIENVENUE')!;
  const idle = w.accounts.filter(
    (a) =>
      !a._scripted && !w.orders.some((o) => o.account_id === a.id) && a.created_at > w.now - 600 * DAY && a.created_at < w.now - 150 * DAY,
  );
  const withWelcome = w.orders.filter((o) => o.promo_code_id === welcome.id);
  const abuse: { account: Account; flag: string; voidReason: string | null; staffVoid: boolean }[] = [];
  const [a1, a2, a3, a4] = r.sample(idle, 4);
  if (a1 && withWelcome[0]) {
    a1.signup_device_id = w.accounts.find((a) => a.id === withWelcome[0]!.account_id)!.signup_device_id;
    abuse.push({
      account: a1,
      flag: 'same_device',
      voidReason: 'Welcome offer already used on this device (GCS §5.3.3.1).',
      staffVoid: true,
    });
  }
  if (a2) {
    a2.email = a2.email.replace(/@.*/, '@mailinator.com');
    a2._originalEmail = a2.email;
    abuse.push({ account: a2, flag: 'disposable_domain', voidReason: 'Disposable e-mail address (GCS §5.3.3.1).', staffVoid: true });
  }
  if (a3) abuse.push({ account: a3, flag: '', voidReason: 'Offer not activated within 90 days (GCS §5.3.3.1).', staffVoid: false });
  if (a4 && withWelcome[1]) {
    a4.signup_device_id = w.accounts.find((a) => a.id === withWelcome[1]!.account_id)!.signup_device_id;
    abuse.push({ account: a4, flag: 'same_device', voidReason: null, staffVoid: false }); // flagged, not yet reviewed
  }
  const voids = new Map<number, { flags: string[]; at: Ms | null; reason: string | null; staff: boolean }>();
  for (const a of abuse) {
    const at = a.account.created_at + r.int(10, 180) * MINUTE;
    const catalog = oneGbPlan(w, at, r.pick(['US', 'JP', 'TH', 'MA', 'CA']));
    if (!catalog || !validPromos(w, at, 'welcome').includes(welcome)) continue;
    const order = createOrder(w, {
      account: a.account,
      catalog,
      orderedAt: at,
      promo: welcome,
      installedAt: at + 20 * MINUTE,
      activatedAt: a.voidReason ? null : at + 2 * DAY,
    });
    order._plan._reserved = 'promo-abuse';
    let voidAt: Ms | null = null;
    if (a.voidReason) {
      voidAt = a.staffVoid ? at + r.int(1, 5) * DAY : at + 90 * DAY + r.int(1, 6) * HOUR;
      sweep(w, order._plan, 'cancelled', {
        at: voidAt,
        kind: 'adjustment',
        actor_kind: a.staffVoid ? 'staff' : 'system',
        actor_id: a.staffVoid ? w.staff.support.id : null,
        note: a.voidReason,
      });
      if (a.staffVoid)
        w.audit.push({
          at: voidAt,
          staff: w.staff.support,
          action: 'promo-redemptions.void',
          entity: 'promo-redemptions',
          entityId: order.id,
          after: { status: 'void' },
          reason: a.voidReason,
        });
    }
    voids.set(order.id, { flags: a.flag ? [a.flag] : [], at: voidAt, reason: a.voidReason, staff: a.staffVoid });
  }
  // A partner code paid with a card seen on another account: flagged.
  const partnerOrder = w.orders.find(
    (o) => o.promo_code_id != null && o.payment_fingerprint && w.promoCodes[o.promo_code_id - 1]!.kind === 'partner',
  );
  const other = w.accounts.find(
    (a) => a.id !== partnerOrder?.account_id && !a._scripted && w.orders.some((o) => o.account_id === a.id && o.payment_fingerprint),
  );
  if (partnerOrder && other) {
    const shared = w.orders.find((o) => o.account_id === other.id && o.payment_fingerprint)!;
    shared.payment_fingerprint = partnerOrder.payment_fingerprint;
    voids.set(partnerOrder.id, { flags: ['same_payment_fingerprint'], at: null, reason: null, staff: false });
  }

  for (const order of w.orders.filter((o) => o.promo_code_id != null)) {
    const code = w.promoCodes[order.promo_code_id! - 1]!;
    const v = voids.get(order.id);
    w.redemptions.push({
      id: w.id('promo_redemptions'),
      promo_code_id: code.id,
      account_id: order.account_id,
      order_id: order.id,
      account_plan_id: order._plan.id,
      _account: order.account_id,
      device_id: undefined,
      payment_fingerprint: order.payment_fingerprint,
      status: v?.at != null ? 'void' : 'active',
      redeemed_at: order.ordered_at,
      activate_by: order.ordered_at + code.activation_window_days * DAY,
      voided_at: v?.at ?? null,
      voided_by_staff_id: v?.at != null && v.staff ? w.staff.support.id : null,
      void_reason: v?.at != null ? v.reason : null,
      abuse_flags: v?.flags ?? [],
      created_at: order.ordered_at,
      updated_at: v?.at ?? order.ordered_at,
      version: 1,
    });
  }
}

export function referralTables(w: World): Table[] {
  // E-mail and device as they are now: anonymised for closed accounts.
  const redemptions = w.redemptions.map((row) => {
    const account = w.accounts[(row._account as number) - 1]!;
    return { ...row, email_normalized: account.email, device_id: account.signup_device_id };
  });
  return [
    ['referrals', w.referrals],
    ['promo_redemptions', redemptions],
  ];
}
