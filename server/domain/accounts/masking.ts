// The masking policy: what of a person's data each role sees (GCU §5, data minimisation;
// docs/ACCOUNTS.md "Masking"). Support sees it all, finance what payments need (no phone),
// moderators only what moderation needs (no name, no phone, a masked e-mail). Resource fields
// declare which kind of personal data they hold (server/rest/resources/*); every read path
// applies this one policy to them. Pure: the search box, the 360 and the exports call it.
import { holdsAny } from '../permissions.ts';
import type { Role } from '../enums.ts';
import type { SearchKind } from './search.ts';

/** The kinds of personal data a field may hold. */
export const PERSONAL_KINDS = ['email', 'name', 'phone', 'device', 'contact', 'payment', 'network', 'correspondence'] as const;
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

/** What a reader gets of a value: as it is, masked (enough to recognise it, not to use it), or nothing. */
export type Treatment = 'shown' | 'masked' | 'hidden';

type RolesSeeing = { shown: readonly Role[]; masked: readonly Role[] };

/**
 * Who sees what, by kind. A role in neither list gets nothing (`null`); `admin` sees everything.
 * - `contact`: an alert destination or a message's address, an e-mail or a phone number: treated
 *   as the one it is.
 * - `device`: device ids and ICCIDs (they single out a person's phone).
 * - `payment`: payment references and fingerprints (moderators see no payment data, docs/PRODUCT.md §1).
 * - `network`: the IP address and browser of a request (the audit log's, admin only).
 * - `correspondence`: what we wrote to a customer (subject, body).
 */
export const MASKING_POLICY: Record<PersonalKind, RolesSeeing> = {
  email: { shown: ['support', 'finance'], masked: ['moderator', 'catalog'] },
  name: { shown: ['support', 'finance'], masked: [] },
  phone: { shown: ['support'], masked: ['finance'] },
  device: { shown: ['support', 'finance'], masked: [] },
  contact: { shown: [], masked: [] }, // as the e-mail or the phone it is (kindOfValue)
  payment: { shown: ['support', 'finance'], masked: [] },
  network: { shown: [], masked: [] },
  correspondence: { shown: ['support', 'finance'], masked: [] },
};

/** The least masked treatment among the reader's roles (for a contact whose value is unknown: the stricter of e-mail and phone). */
export function treatmentOf(kind: PersonalKind, roles: readonly Role[]): Treatment {
  if (kind === 'contact') return stricter(treatmentOf('email', roles), treatmentOf('phone', roles));
  const rule = MASKING_POLICY[kind];
  if (holdsAny(roles, rule.shown)) return 'shown';
  return roles.some((r) => rule.masked.includes(r)) ? 'masked' : 'hidden';
}

const ORDER: Treatment[] = ['shown', 'masked', 'hidden'];
const stricter = (a: Treatment, b: Treatment): Treatment => (ORDER.indexOf(a) > ORDER.indexOf(b) ? a : b);

/** A contact is an e-mail address or a phone number, and is treated as the one it is. */
export const kindOfValue = (kind: PersonalKind, value: unknown): PersonalKind =>
  kind === 'contact' ? (String(value).includes('@') ? 'email' : 'phone') : kind;

/** `jeanne.martin@gmail.com` → `j•••@gmail.com`. */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '•••' : `${email[0]}•••${email.slice(at)}`;
};

/** `+33612345678` → `+33 6•• •• •• 78`: enough to confirm with the caller, not to call. */
export const maskPhone = (phone: string): string => {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 4) return '••';
  const head = phone.trim().startsWith('+') ? `+${digits.slice(0, 2)} ${digits[2]}` : digits[0];
  return `${head}•• •• •• ${digits.slice(-2)}`;
};

function masked(kind: PersonalKind, value: string): string | null {
  switch (kind) {
    case 'email':
      return maskEmail(value);
    case 'phone':
      return maskPhone(value);
    default:
      return null;
  }
}

/** A value of `kind` as the reader may see it. Empty values stay empty. */
export function maskPersonal<T>(declared: PersonalKind, value: T, roles: readonly Role[]): T | string | null {
  if (value === null || value === undefined || value === '') return value;
  const kind = kindOfValue(declared, value);
  const treatment = treatmentOf(kind, roles);
  if (treatment === 'shown') return value;
  if (treatment === 'hidden') return null;
  return masked(kind, String(value));
}

/** Which fields of a record hold personal data, by name. */
export type PersonalFields = Readonly<Record<string, PersonalKind>>;

/** A record as the reader may see it: each personal field through the policy, the rest untouched. */
export function maskPersonalFields<R extends Record<string, unknown>>(record: R, fields: PersonalFields, roles: readonly Role[]): R {
  let out: Record<string, unknown> | undefined;
  for (const [key, kind] of Object.entries(fields)) {
    if (!(key in record)) continue;
    const value = maskPersonal(kind, record[key], roles);
    if (value !== record[key]) (out ??= { ...record })[key] = value;
  }
  return (out ?? record) as R;
}

/** Whether a reader may look things up by a field of `kind`: equality needs at least a masked view, anything that enumerates (prefix, range, order) the value itself. */
export function mayFilterBy(kind: PersonalKind, roles: readonly Role[], how: 'equals' | 'enumerates'): boolean {
  const treatment = treatmentOf(kind, roles);
  return how === 'equals' ? treatment !== 'hidden' : treatment === 'shown';
}

/** What each kind of search-box match looks people up by (null: not personal). */
export const SEARCH_KIND_DATA: Record<SearchKind, { kind: PersonalKind; how: 'equals' | 'enumerates' } | null> = {
  email: { kind: 'email', how: 'equals' },
  email_prefix: { kind: 'email', how: 'enumerates' },
  iccid: { kind: 'device', how: 'equals' },
  payment_reference: { kind: 'payment', how: 'equals' },
  order: null,
  account: null,
  referral_code: null,
};

/** Whether the search box may try this kind of lookup for the reader (a role may not find people by data it may not see). */
export function maySearchBy(kind: SearchKind, roles: readonly Role[]): boolean {
  const data = SEARCH_KIND_DATA[kind];
  return !data || mayFilterBy(data.kind, roles, data.how);
}

// The 360's identity card: which of e-mail, name and phone the reader sees masked (or not at all).
export interface Masking {
  email: boolean;
  name: boolean;
  phone: boolean;
}

export function maskingFor(roles: readonly Role[]): Masking {
  return {
    email: treatmentOf('email', roles) !== 'shown',
    name: treatmentOf('name', roles) !== 'shown',
    phone: treatmentOf('phone', roles) !== 'shown',
  };
}
