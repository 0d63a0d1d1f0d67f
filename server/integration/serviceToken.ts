import type { Knex } from 'knex';
import type { RequestHandler } from 'express';
import { sha256Hex } from '../auth/passwords.ts';
import { readerOf } from '../db/connection.ts';
import { ApiError } from '../http/errors.ts';

/** The customer app authenticates with `Authorization: Bearer <service token>` (docs/PRODUCT.md §3), never a staff login. */
export function serviceToken(db: Knex): RequestHandler {
  return async (req, _res, next) => {
    const match = /^Bearer (\S{8,200})$/.exec(req.get('authorization') ?? '');
    if (!match) return next(new ApiError(401, 'unauthenticated', 'The integration API needs Authorization: Bearer <service token>'));
    // A read outside any transaction: on SQLite it goes to the read-only pool and never waits behind the writer.
    const row = await readerOf(db)('service_tokens')
      .where({ token_hash: sha256Hex(match[1]!) })
      .whereNull('revoked_at')
      .first('id', 'name');
    if (!row) return next(new ApiError(401, 'unauthenticated', 'Unknown or revoked service token'));
    req.actor = { kind: 'integration', id: row.id, name: row.name };
    next();
  };
}
