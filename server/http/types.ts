import type { Actor } from '../domain/actor.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Who is calling, set by the staff-session or service-token middleware. */
      actor?: Actor;
      /** The session id (hashed token) of a staff caller. */
      sessionId?: string;
    }
  }
}

export {};
