import { badRequest } from './errors.ts';

/** Every integer column is a 32-bit INTEGER: a value outside it is bad input, not a database error. */
export const INT_MIN = -2_147_483_648;
export const INT_MAX = 2_147_483_647;

/**
 * A record id from a path: a positive 32-bit integer, or 400 `invalid_id` naming what was expected.
 * The one id check of every router (REST, actions, queries, integration).
 */
export function parseId(raw: unknown, what = 'record'): number {
  const s = String(raw);
  if (!/^\d{1,10}$/.test(s) || Number(s) === 0 || Number(s) > INT_MAX) {
    throw badRequest('invalid_id', `"${s}" is not a valid ${what} id`, { id: 'must be a positive integer' });
  }
  return Number(s);
}
