import type { RequestHandler } from 'express';
import { ApiError } from './errors.ts';

export const CSRF_HEADER = 'x-kolet-csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated state changes must carry our custom header (a cross-site
 * form cannot set it, and we answer no CORS preflight) and, when the browser
 * sends an Origin, come from our own origin or an allowed one.
 */
export function csrfGuard(allowedOrigins: string[]): RequestHandler {
  return (req, _res, next) => {
    if (SAFE.has(req.method)) return next();
    const origin = req.get('origin');
    const own = `${req.protocol}://${req.get('host')}`;
    if (origin && origin !== own && !allowedOrigins.includes(origin)) {
      return next(new ApiError(403, 'csrf_rejected', `Requests from ${origin} are not accepted`));
    }
    if (req.get(CSRF_HEADER) !== '1') {
      return next(new ApiError(403, 'csrf_rejected', `State-changing requests must send the ${CSRF_HEADER}: 1 header`));
    }
    next();
  };
}
