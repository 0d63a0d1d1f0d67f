// Public references (notices DSA-…, complaints DSA-C-…): one format wherever a reference is made,
// by the public form, the demo or the scale data set: `DSA-2026-7K3QX9M2`.

/** Characters a person reads out on the phone without confusion: no 0/O, 1/I. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const REFERENCE_CODE_LENGTH = 8;

/** `prefix-year-code`, the code 8 characters of REFERENCE_ALPHABET, each drawn by `draw(32)` (a random or seeded integer below 32). */
export function publicReference(prefix: string, year: number, draw: (below: number) => number): string {
  const code = Array.from({ length: REFERENCE_CODE_LENGTH }, () => REFERENCE_ALPHABET[draw(REFERENCE_ALPHABET.length)]).join('');
  return `${prefix}-${year}-${code}`;
}

/** The same format from a number (distinct numbers below 32^8 give distinct codes): for generated data sets. */
export function publicReferenceOf(prefix: string, year: number, n: number): string {
  let code = '';
  let rest = Math.floor(Math.abs(n)) % REFERENCE_ALPHABET.length ** REFERENCE_CODE_LENGTH;
  for (let i = 0; i < REFERENCE_CODE_LENGTH; i++) {
    code = REFERENCE_ALPHABET[rest % REFERENCE_ALPHABET.length]! + code;
    rest = Math.floor(rest / REFERENCE_ALPHABET.length);
  }
  return `${prefix}-${year}-${code}`;
}
