// The one search (docs/SEARCH.md): what the agent typed, read as every kind of identifier it may
// be, folded the way the database indexes fold (case, accents), and ranked. Pure: the service runs
// the lookups, the masking policy says which a role may make.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { mayFilterBy, type PersonalKind } from '../accounts/masking.ts';
import type { Role } from '../enums.ts';

/** What one search looks at, by kind of result. */
export const SEARCH_RESULT_KINDS = ['customer', 'esim', 'order', 'transfer', 'refund', 'dsa_notice'] as const;
export type SearchResultKind = (typeof SEARCH_RESULT_KINDS)[number];

/** The fields a search matches, each with the personal data it holds and how it is matched. */
export type SearchField =
  | 'customer_id'
  | 'customer_email'
  | 'customer_email_part'
  | 'customer_name'
  | 'customer_phone'
  | 'customer_referral_code'
  | 'customer_device'
  | 'esim_iccid'
  | 'esim_iccid_suffix'
  | 'order_number'
  | 'order_payment_reference'
  | 'order_payment_reference_part'
  | 'transfer_number'
  | 'transfer_recipient'
  | 'transfer_recipient_part'
  | 'refund_number'
  | 'refund_payout_reference_part'
  | 'dsa_notice_reference';

/**
 * Which personal data each field looks people up by, and how: `equals` needs the value whole (a
 * reader who may see it masked may confirm it), `enumerates` lists people by a part of it (only a
 * reader who sees it whole may). `null`: not personal data.
 */
export const SEARCH_FIELD_DATA: Record<SearchField, { kind: PersonalKind; how: 'equals' | 'enumerates' } | null> = {
  customer_id: null,
  customer_email: { kind: 'email', how: 'equals' },
  customer_email_part: { kind: 'email', how: 'enumerates' },
  customer_name: { kind: 'name', how: 'enumerates' },
  customer_phone: { kind: 'phone', how: 'equals' },
  customer_referral_code: null,
  customer_device: { kind: 'device', how: 'equals' },
  esim_iccid: { kind: 'device', how: 'equals' },
  esim_iccid_suffix: { kind: 'device', how: 'enumerates' },
  order_number: null,
  order_payment_reference: { kind: 'payment', how: 'equals' },
  order_payment_reference_part: { kind: 'payment', how: 'enumerates' },
  transfer_number: null,
  transfer_recipient: { kind: 'email', how: 'equals' },
  transfer_recipient_part: { kind: 'email', how: 'enumerates' },
  refund_number: null,
  refund_payout_reference_part: { kind: 'payment', how: 'enumerates' },
  dsa_notice_reference: null,
};

/** Whether a role may search by a field: what a role cannot see, it cannot search. */
export function maySearchField(field: SearchField, roles: readonly Role[]): boolean {
  const data = SEARCH_FIELD_DATA[field];
  return !data || mayFilterBy(data.kind, roles, data.how);
}

const FOLD_EXTRA: Record<string, string> = { ø: 'o', ł: 'l', ı: 'i', đ: 'd', ß: 'ss' };

/** Case and accents folded, spaces collapsed: `  Élodie  MÜLLER ` → `elodie muller` (what the indexes store). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øłıđß]/g, (c) => FOLD_EXTRA[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The shortest part of a value a substring search looks for (a trigram). */
export const MIN_TERM_LENGTH = 3;

/**
 * The parts of a free-text query each result must contain, folded: words of 3 characters or
 * more (a trigram index cannot look for less), at most 5. "Sophie Bernard" → [sophie, bernard],
 * and so does "bernard sophie".
 */
export function searchTerms(q: string): string[] {
  const words = foldText(q)
    .split(' ')
    .filter((w) => w.length >= MIN_TERM_LENGTH);
  return [...new Set(words)].slice(0, 5);
}

/**
 * A phone number as people say it, in E.164: "06 25 06 95 71", "+33 6 25 06 95 71",
 * "0033 6 25 06 95 71" → "+33625069571". A national number is read as French (our home market),
 * then as British (our second); the numbers it may be, possible ones only, at most two.
 */
export function phoneCandidates(q: string): string[] {
  const text = q.trim();
  if (!/^\+?[\d\s().-]+$/.test(text)) return [];
  const digits = text.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return [];
  const international = text.startsWith('00') ? `+${text.slice(2)}` : text;
  const found = new Set<string>();
  for (const country of ['FR', 'GB'] as const) {
    const parsed = parsePhoneNumberFromString(international, country);
    if (parsed?.isPossible()) found.add(parsed.number);
  }
  return [...found];
}

/** A phone number as we store it: E.164 when it is one ("06 25 06 95 71" → "+33625069571"), else as given, trimmed. */
export function storedPhone(raw: string): string {
  return phoneCandidates(raw)[0] ?? raw.trim();
}

/** The digits of an ICCID or of its end (4 or more), spaces and dashes removed; null otherwise. */
export function iccidDigits(q: string): string | null {
  const compact = q.trim().replace(/[\s-]/g, '');
  return /^\d{4,22}$/.test(compact) ? compact : null;
}

/** A record number as people say it: `1234`, `#1234`. */
export function recordNumber(q: string): number | null {
  const m = /^#?(\d{1,9})$/.exec(q.trim());
  return m ? Number(m[1]) : null;
}

/** A whole e-mail address, lower-cased; null when the query is not one. */
export function wholeEmail(q: string): string | null {
  const text = q.trim().toLowerCase();
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text) ? text : null;
}

/** A code or reference as stored (upper case, no spaces): referral codes, notice references. */
export function referenceCode(q: string): string | null {
  const text = q.trim().toUpperCase();
  return /^[A-Z0-9_-]{3,120}$/.test(text) ? text : null;
}

/** How well a value matches: 0 the whole value, 1 its start, 2 every word typed starts one of its words, 3 every word typed is inside, 4 not all of them. */
export function matchRank(value: string | null | undefined, q: string): number {
  if (!value) return 4;
  const v = foldText(value);
  const t = foldText(q);
  if (!t) return 4;
  if (v === t) return 0;
  if (v.startsWith(t)) return 1;
  const words = t.split(' ');
  if (words.every((w) => atWordStart(v, w))) return 2;
  return words.every((w) => v.includes(w)) ? 3 : 4;
}

const atWordStart = (value: string, word: string) => new RegExp(`(^|[\\s.@_+-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(value);

/** Results of one kind, best first: by rank, then the shorter value, then the newest record. */
export function rankResults<R extends { rank: number; value: string; id: number }>(results: R[], limit: number): R[] {
  const best = new Map<number, R>();
  for (const r of results) {
    const seen = best.get(r.id);
    if (!seen || r.rank < seen.rank) best.set(r.id, r);
  }
  return [...best.values()].sort((a, b) => a.rank - b.rank || a.value.length - b.value.length || b.id - a.id).slice(0, limit);
}
