import type { RequestHandler } from 'express';
import { controlCharacterErrors } from '../domain/text.ts';
import { badRequest } from './errors.ts';

/** Throws 400 `invalid_input` naming each field of `value` that holds one (server/domain/text.ts). */
export function refuseControlCharacters(value: unknown, what: 'body' | 'query' = 'body'): void {
  const errors = controlCharacterErrors(value);
  const fields = Object.keys(errors);
  if (fields.length) throw badRequest('invalid_input', `Invalid ${what}: control characters in ${fields.join(', ')}`, errors);
}

/**
 * The one check of every input path (the resource router, actions, the integration API, auth,
 * the public intake), mounted after the body parser: the body and the query string hold no
 * NUL or other control character, on both engines alike.
 */
export const controlCharacterGuard: RequestHandler = (req, _res, next) => {
  refuseControlCharacters(req.query, 'query');
  refuseControlCharacters(req.body, 'body');
  next();
};
