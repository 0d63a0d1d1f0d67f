import type { Knex } from 'knex';
import type { RequestHandler, Response } from 'express';
import { ROLES, type Role } from '../domain/enums.ts';
import type { Actor } from '../domain/actor.ts';
import { ApiError, unauthorized } from '../http/errors.ts';
import { getSetting } from '../settings.ts';
import { toIso, parseJson } from '../db/values.ts';
import { randomToken, sha256Hex } from './passwords.ts';
import { SessionCache, type SessionRow } from './sessionCache.ts';

export const SESSION_COOKIE = 'kolet_session';

/**
 * Last-seen is written at most once per this interval (a write per request would be a write per
 * request): a tenth of the idle timeout, at most a minute. So last-seen lags the last request by
 * less than it, and a session ends only when idle for the timeout plus that lag: an active user,
 * whose requests come less than the timeout apart, is never signed out (issue 13, observation 10).
 */
export const touchInterval = (idleMs: number): number => Math.min(60_000, Math.max(1_000, Math.floor(idleMs / 10)));
export const isIdle = (lastSeenMs: number, nowMs: number, idleMs: number): boolean => nowMs - lastSeenMs > idleMs + touchInterval(idleMs);

export type StaffActor = Extract<Actor, { kind: 'staff' }>;

export function staffActor(row: { id: number; email: string; name: string; roles: unknown }): StaffActor {
  const roles = (parseJson(row.roles) as string[]).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return { kind: 'staff', id: row.id, email: row.email, name: row.name, roles };
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** Creates a session row (only the token's digest is stored) and returns the cookie token. */
export async function openSession(db: Knex, staffId: number, meta: { ip?: string; userAgent?: string }, now = new Date()): Promise<string> {
  const token = randomToken();
  await db('sessions').insert({
    id: sha256Hex(token),
    staff_id: staffId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    ip: meta.ip ?? null,
    user_agent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}

/**
 * Resolves the staff member behind the session cookie, if any, into `req.actor`.
 * A session idle for longer than the `session_idle_minutes` setting is ended.
 * Sessions live in the database so that several API processes share them; each process keeps the
 * ones it has checked while the database's generation stamp is unchanged (sessionCache.ts), so a
 * request costs one tiny read (the stamp) instead of the session join and the settings read, and
 * a logout, a password change, a role change or a disabled account is seen by the next request on
 * every process.
 */
export function staffSession(db: Knex, reads: Knex = db): RequestHandler {
  const cache = new SessionCache(reads);
  const fresh = (id: string) =>
    reads('sessions as s')
      .join('staff as st', 'st.id', 's.staff_id')
      .where('s.id', id)
      .whereNull('s.revoked_at')
      .first('s.last_seen_at', 'st.id', 'st.email', 'st.name', 'st.roles', 'st.status') as Promise<SessionRow | undefined>;
  return async (req, _res, next) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!token) return next();
    const id = sha256Hex(token);
    // The stamp first: a change committed after this read moves it, and the next request sees it.
    const generation = await cache.generation();
    const now = new Date();
    const idleMs = (await cache.setting('session_idle_minutes', generation, () => getSetting(reads, 'session_idle_minutes'))) * 60_000;
    const due = (r: SessionRow) => now.getTime() - new Date(toIso(r.last_seen_at)!).getTime() >= touchInterval(idleMs);
    let row = cache.session(id, generation, now.getTime());
    // A kept session is used only while it needs no write: when last-seen is due a touch (or looks
    // idle: another process may have touched it since), the database decides.
    const kept = !!row && !due(row);
    if (!kept) row = await fresh(id);
    if (!row) return next();
    const lastSeen = new Date(toIso(row.last_seen_at)!).getTime();
    if (row.status !== 'active' || isIdle(lastSeen, now.getTime(), idleMs)) {
      cache.forgetSession(id);
      await db('sessions').where({ id }).update({ revoked_at: now.toISOString() });
      return next(new ApiError(401, 'session_expired', 'Your session has ended; please sign in again'));
    }
    if (due(row)) {
      await db('sessions').where({ id }).update({ last_seen_at: now.toISOString() });
      row = { ...row, last_seen_at: now.toISOString() };
    }
    if (!kept) cache.keepSession(id, row, generation, now.getTime());
    req.actor = staffActor(row);
    req.sessionId = id;
    next();
  };
}

/** Ends every session of a staff member but `keep` (the one making the change, if theirs): a new password, a reset second factor, a disabled account. */
export async function endSessions(db: Knex | Knex.Transaction, staffId: number, now: Date, keep?: string): Promise<number> {
  const q = db('sessions').where({ staff_id: staffId }).whereNull('revoked_at');
  if (keep) q.whereNot({ id: keep });
  return q.update({ revoked_at: now.toISOString() });
}

export const requireStaff: RequestHandler = (req, _res, next) => {
  next(req.actor?.kind === 'staff' ? undefined : unauthorized());
};
