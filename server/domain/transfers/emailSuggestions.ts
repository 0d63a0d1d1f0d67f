// "Did you mean…?" for a transfer sent to a mistyped address (docs/PRODUCT.md: the console
// suggests the likely intended address, e.g. gmial.com → gmail.com, or a known
// contact of the sender at edit distance ≤ 2).
import { normalizeEmail } from '../units.ts';

/** Mail domains our customers use most; a typo of one of them is the commonest mistake. */
export const COMMON_DOMAINS = [
  'gmail.com',
  'hotmail.fr',
  'hotmail.com',
  'yahoo.fr',
  'yahoo.com',
  'outlook.fr',
  'outlook.com',
  'live.fr',
  'icloud.com',
  'me.com',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'bbox.fr',
  'gmx.fr',
  'proton.me',
] as const;

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and
 * transpositions of neighbours each cost 1 (so gmial → gmail is 1).
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export type SuggestionSource = 'domain_typo' | 'earlier_recipient' | 'contact';

export interface Contact {
  email: string;
  source: 'earlier_recipient' | 'contact';
}

export interface Suggestion {
  email: string;
  source: SuggestionSource;
  distance: number;
  /** Filled by the caller: the account that uses this address, if any. */
  accountId?: number | null;
}

/** The likely intended addresses, best first: a fixed domain typo, then the sender's contacts by distance. */
export function suggestIntendedEmails(typed: string, contacts: readonly Contact[], maxDistance = 2): Suggestion[] {
  const email = normalizeEmail(typed);
  const at = email.lastIndexOf('@');
  if (at < 1) return [];
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const found = new Map<string, Suggestion>();
  const add = (s: Suggestion) => {
    const existing = found.get(s.email);
    if (!existing || rank(s) < rank(existing)) found.set(s.email, s);
  };

  if (!(COMMON_DOMAINS as readonly string[]).includes(domain)) {
    for (const common of COMMON_DOMAINS) {
      const distance = editDistance(domain, common);
      if (distance > 0 && distance <= maxDistance) add({ email: `${local}@${common}`, source: 'domain_typo', distance });
    }
  }
  for (const c of contacts) {
    const candidate = normalizeEmail(c.email);
    const distance = editDistance(email, candidate);
    if (distance > 0 && distance <= maxDistance) add({ email: candidate, source: c.source, distance });
  }
  return [...found.values()].sort((a, b) => rank(a) - rank(b) || a.email.localeCompare(b.email));
}

const SOURCE_WEIGHT: Record<SuggestionSource, number> = { earlier_recipient: 0, contact: 0.5, domain_typo: 0.25 };
const rank = (s: Suggestion) => s.distance + SOURCE_WEIGHT[s.source];

/** Marks the suggestions an account already uses and puts them first: the data can be delivered at once. */
export function preferExistingAccounts(suggestions: readonly Suggestion[], accountIdByEmail: ReadonlyMap<string, number>): Suggestion[] {
  return suggestions
    .map((s) => ({ ...s, accountId: accountIdByEmail.get(s.email) ?? null }))
    .sort((a, b) => Number(b.accountId != null) - Number(a.accountId != null) || rank(a) - rank(b) || a.email.localeCompare(b.email));
}
