// Who the scale accounts are: pure functions of the account id, so that a transfer can
// name an earlier account's e-mail without keeping a million of them in memory.
import { EN_DOMAINS, EN_LAST_NAMES, FIRST_NAMES, FR_DOMAINS } from '../demo/texts.ts';
import { scramble } from './random.ts';

const FR_LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'Andre',
  'Lefevre',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'Francois',
  'Martinez',
  'Legrand',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guerin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
  'Morin',
  'Mathieu',
  'Clement',
  'Gauthier',
  'Dumont',
  'Lopez',
  'Fontaine',
  'Chevalier',
  'Robin',
  'Masson',
  'Sanchez',
];

/** ASCII, lower case, no spaces: what goes before the @. */
const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function weightedByHash<T>(items: ReadonlyArray<readonly [T, number]>, h: number): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let r = h % total;
  for (const [value, w] of items) if ((r -= w) < 0) return value;
  return items[items.length - 1]![0];
}

export interface Person {
  locale: 'fr' | 'en';
  first: string;
  last: string;
  email: string;
  deactivated: boolean;
}

/** 2 % of accounts were closed at the customer's request (GCU §5.3). */
export const isDeactivated = (id: number): boolean => scramble(id ^ 0x2545f491) % 50 === 0;

export function personOf(id: number): Person {
  const h = scramble(id);
  const locale = h % 10 < 7 ? 'fr' : 'en';
  const firsts = FIRST_NAMES[locale];
  const lasts = locale === 'fr' ? FR_LAST_NAMES : EN_LAST_NAMES;
  const first = firsts[(h >>> 4) % firsts.length]!;
  const last = lasts[(h >>> 12) % lasts.length]!;
  const domain = weightedByHash(locale === 'fr' ? FR_DOMAINS : EN_DOMAINS, h >>> 20);
  const deactivated = isDeactivated(id);
  // The id keeps every address unique; "s" keeps them apart from the demo's.
  const email = deactivated ? `deleted-${id}@anonymised.invalid` : `${slug(first)}.${slug(last)}.s${id}@${domain}`;
  return { locale, first, last: last.replace(/'/g, '’'), email, deactivated };
}

/** A referral code no demo code can have (the demo's start with a first name). */
export const referralCodeOf = (id: number): string => `Z9${scramble(id).toString(36).toUpperCase().padStart(7, '0')}`;

function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** 19 digits with the Luhn check digit; issuer 893399, apart from the demo's 893301. */
export function iccidOf(esimId: number): string {
  const body = `893399${String(esimId).padStart(12, '0')}`;
  return body + luhnDigit(body);
}
