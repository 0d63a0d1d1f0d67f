import { Router, type Request, type Response } from 'express';
import type { Role } from '../domain/enums.ts';
import { QUERY_ACCESS, mayQuery, type QueryGrant } from '../domain/permissions.ts';
import { forbidden } from '../http/errors.ts';

type Handler = (req: Request, res: Response, roles: readonly Role[]) => Promise<unknown> | unknown;

/**
 * A router for reads beyond CRUD whose every route names its grant in server/domain/permissions.ts
 * (QUERY_ACCESS): a route without one is refused when the router is built, and each request is
 * checked against it before the handler runs, which receives the reader's roles (for masking).
 */
export function grantedRouter() {
  const router = Router();
  const mount = (method: 'get' | 'post', path: string, grant: QueryGrant, handler: Handler) => {
    if (!(grant in QUERY_ACCESS))
      throw new Error(
        `${method.toUpperCase()} ${path} has no grant "${grant}" in server/domain/permissions.ts (QUERY_ACCESS): not mounted`,
      );
    router[method](path, async (req, res) => {
      const actor = req.actor;
      if (actor?.kind !== 'staff' || !mayQuery(actor.roles, grant)) throw forbidden(`Your role does not allow ${grant}`);
      await handler(req, res, actor.roles);
    });
  };
  return {
    router,
    get: (path: string, grant: QueryGrant, handler: Handler) => mount('get', path, grant, handler),
    /** A download built on request that records it (an audited export): not a domain change, so not an action. */
    post: (path: string, grant: QueryGrant, handler: Handler) => mount('post', path, grant, handler),
  };
}
