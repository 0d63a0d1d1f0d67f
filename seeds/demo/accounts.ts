// Customers: about 300 accounts over the last three and a half years, their eSIMs,
// and a few closed accounts anonymised as the terms require.
import { DAY, HOUR, MINUTE, type Ms } from './time.ts';
import { DEVICES, EN_DOMAINS, EN_LAST_NAMES, FIRST_NAMES, FR_DOMAINS } from './texts.ts';
import type { Account, Esim, World, Table } from './world.ts';

export const ACCOUNT_COUNT = 300;

/** The customers a scenario needs by name (the mistyped-transfer pair). */
export const NAMED = {
  gmailTwin: { first: 'Julien', last: 'Moreau', email: 'julien.moreau@gmail.com', ageDays: 240 },
  gmialSender: { first: 'Sophie', last: 'Bernard', email: 'sophie.bernard@outlook.fr', ageDays: 420 },
  welcomeBonus: { first: 'Léa', last: 'Fontaine', email: 'lea.fontaine@gmail.com', ageDays: 9 },
} as const;

export const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export function buildAccounts(w: World): void {
  const { rng } = w;
  const emails = new Set<string>(Object.values(NAMED).map((n) => n.email));
  const codes = new Set<string>();
  const specs: Omit<Account, 'id'>[] = [];

  const make = (first: string, last: string, email: string, locale: 'fr' | 'en', createdAt: Ms, scripted?: string): void => {
    let code: string;
    do code = `${slug(first).toUpperCase().slice(0, 6)}${rng.alnum(4, 'upper')}`;
    while (codes.has(code));
    codes.add(code);
    const phone = rng.chance(0.65) ? (locale === 'fr' ? `+33${rng.pick(['6', '7'])}${rng.digits(8)}` : `+447${rng.digits(9)}`) : null;
    const fingerprints = Array.from({ length: rng.chance(0.25) ? 2 : 1 }, () => `fp_${rng.alnum(16)}`);
    specs.push({
      email,
      status: 'active',
      name: `${first} ${last}`,
      phone,
      locale,
      referral_code: code,
      referred_by_account_id: null,
      signup_device_id: rng.uuid(),
      deactivated_at: null,
      deactivation_reason: null,
      data_blocked: false,
      created_at: createdAt,
      updated_at: createdAt,
      version: 1,
      _fingerprints: fingerprints,
      _originalEmail: email,
      _firstName: first,
      ...(scripted ? { _scripted: scripted } : {}),
    });
  };

  for (const n of Object.values(NAMED)) make(n.first, n.last, n.email, 'fr', w.now - n.ageDays * DAY - rng.int(0, 20) * HOUR, 'named');

  while (specs.length < ACCOUNT_COUNT) {
    const locale = rng.chance(0.78) ? 'fr' : 'en';
    const f = rng.fr;
    const first = rng.pick(FIRST_NAMES[locale]),
      last = locale === 'fr' ? f.person.lastName() : rng.pick(EN_LAST_NAMES);
    const a = slug(first),
      b = slug(last);
    if (!a || !b) continue;
    const local = rng.weighted([
      [`${a}.${b}`, 40],
      [`${a}${b}`, 12],
      [`${a[0]}${b}`, 10],
      [`${a}.${b}${rng.int(1, 99)}`, 14],
      [`${a}_${b}`, 6],
      [`${b}.${a}`, 6],
      [`${a}${rng.int(1970, 2006)}`, 8],
      [`${a}.${b[0]}`, 4],
    ] as const);
    const email = `${local}@${rng.weighted(locale === 'fr' ? FR_DOMAINS : EN_DOMAINS)}`;
    if (emails.has(email) || email.endsWith('@gmial.com')) continue;
    emails.add(email);
    // The first few are early adopters (over 3 years ago: their reviews have expired); then a growing business.
    const ageDays =
      specs.length < 8
        ? rng.between(1110, 1230)
        : rng.weighted([
            [rng.between(730, 1230), 14],
            [rng.between(365, 730), 33],
            [rng.between(90, 365), 35],
            [rng.between(2, 90), 18],
          ] as const);
    make(first, last, email, locale, w.now - Math.floor(ageDays * DAY) - rng.int(0, 1439) * MINUTE);
  }

  specs.sort((x, y) => x.created_at - y.created_at);
  w.accounts = specs.map((s, i) => ({ ...s, id: i + 1 }));

  // Who will close their account, and who signed up with a friend's referral code.
  const age = (a: Account): number => (w.now - a.created_at) / DAY;
  const free = (): Account[] => w.accounts.filter((a) => !a._scripted);
  for (const a of rng.sample(
    free().filter((x) => age(x) > 440 && age(x) < 680),
    7,
  ))
    a._scripted = 'closing';
  for (const a of rng.sample(
    free().filter((x) => x.id > 25 && age(x) < 720),
    REFERRAL_FRIENDS,
  ))
    a._scripted = 'referral-friend';
}

export const REFERRAL_FRIENDS = 40;

/** Luhn check digit, as on real ICCIDs. */
function luhn(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * eSIMs follow the plans: the first plan installed puts the eSIM on the phone; a few
 * customers changed phones (the old eSIM removed); some downloaded one and never installed it.
 */
export function buildEsims(w: World): void {
  const { rng } = w;
  const iccids = new Set<string>();
  const newIccid = (): string => {
    let id: string;
    do {
      const body = `893301${rng.digits(rng.chance(0.2) ? 13 : 12)}`; // 19 or 20 digits with the check digit
      id = body + luhn(body);
    } while (iccids.has(id));
    iccids.add(id);
    return id;
  };
  const plansByAccount = new Map<number, typeof w.accountPlans>();
  for (const p of w.accountPlans) plansByAccount.set(p.account_id, [...(plansByAccount.get(p.account_id) ?? []), p]);

  for (const account of w.accounts) {
    const plans = (plansByAccount.get(account.id) ?? []).filter((p) => p.installed_at != null || p.activated_at != null);
    for (const p of plans) if (p.installed_at == null) p.installed_at = p.activated_at;
    plans.sort((a, b) => a.installed_at! - b.installed_at!);
    const device = rng.pick(DEVICES);
    if (plans.length === 0) {
      if (rng.chance(0.35)) {
        const at = account.created_at + rng.int(2, 120) * MINUTE;
        w.esims.push({
          id: w.id('esims'),
          account_id: account.id,
          iccid: newIccid(),
          device: null,
          device_id: null,
          status: 'available',
          installed_at: null,
          created_at: at,
          updated_at: at,
          version: 1,
        });
      }
      continue;
    }
    const first = plans[0]!.installed_at!;
    const last = plans[plans.length - 1]!.installed_at!;
    // A phone change halfway through the customer's history.
    const changeAt = plans.length >= 3 && rng.chance(0.25) ? plans[Math.floor(plans.length / 2)]!.installed_at! : null;
    const e1: Esim = {
      id: w.id('esims'),
      account_id: account.id,
      iccid: newIccid(),
      device,
      device_id: account.signup_device_id ?? rng.uuid(),
      status: changeAt ? 'removed' : 'installed',
      installed_at: first,
      created_at: first - rng.int(1, 30) * MINUTE,
      updated_at: changeAt ?? first,
      version: 1,
    };
    w.esims.push(e1);
    let e2: Esim | null = null;
    if (changeAt) {
      e2 = {
        id: w.id('esims'),
        account_id: account.id,
        iccid: newIccid(),
        device: rng.pick(DEVICES),
        device_id: rng.uuid(),
        status: 'installed',
        installed_at: changeAt,
        created_at: changeAt - rng.int(1, 30) * MINUTE,
        updated_at: Math.max(changeAt, last),
        version: 1,
      };
      w.esims.push(e2);
    }
    for (const p of plans) p.esim_id = e2 && p.installed_at! >= changeAt! ? e2.id : e1.id;
    // GCS §5.4: a plan still running at the change of device moved to the new eSIM with the customer.
    if (e2) {
      for (const p of plans) {
        if (
          p.esim_id !== e1.id ||
          p.activated_at == null ||
          p.activated_at > changeAt! ||
          (p.expires_at != null && p.expires_at <= changeAt!)
        )
          continue;
        if (p._sim.balanceAt(changeAt!) <= 0) continue;
        p.esim_id = e2.id;
        w.esimMoves.push({
          id: w.id('esim_moves'),
          account_plan_id: p.id,
          from_esim_id: e1.id,
          to_esim_id: e2.id,
          moved_at: changeAt,
          created_at: changeAt,
        });
      }
    }
  }
}

/** Customers who closed their account: personal data anonymised, orders kept (10 years above 120 €). */
export function closeAccounts(w: World): void {
  for (const account of w.accounts.filter((a) => a._scripted === 'closing')) {
    const plans = w.accountPlans.filter((p) => p.account_id === account.id);
    const lastActivity = Math.max(account.created_at, ...plans.map((p) => Math.max(p.updated_at, p.expires_at ?? 0, p.ordered_at)));
    const closedAt = Math.min(w.now - 2 * DAY, lastActivity + w.rng.int(3, 60) * DAY);
    account.status = 'deactivated';
    account.email = `deleted-${account.id}@anonymised.invalid`;
    account.name = null;
    account.phone = null;
    account.signup_device_id = null;
    account.deactivated_at = closedAt;
    account.deactivation_reason = w.rng.pick([
      'Customer asked to close the account by e-mail (GDPR Art. 17).',
      'Account closure requested in the app.',
      'Customer request via support chat: no longer travelling.',
    ]);
    account.updated_at = closedAt;
    w.audit.push({
      at: closedAt,
      staff: w.staff.support,
      action: 'accounts.deactivate',
      entity: 'accounts',
      entityId: account.id,
      after: { status: 'deactivated' },
      reason: account.deactivation_reason,
    });
    for (const e of w.esims.filter((x) => x.account_id === account.id)) {
      e.device_id = null;
      if (e.status === 'installed') {
        e.status = 'removed';
        e.updated_at = closedAt;
      }
    }
  }
}

export const accountTables = (w: World): Table[] => [
  ['accounts', w.accounts],
  ['esims', w.esims],
];
export const esimMoveTables = (w: World): Table[] => [['esim_moves', w.esimMoves]];
