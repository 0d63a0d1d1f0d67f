import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { appendAudit } from '../audit/auditLog.ts';
import type { Actor } from '../domain/actor.ts';
import { ApiError, fromZod } from '../http/errors.ts';
import { requestFacts } from '../http/requestContext.ts';
import { verifyPassword } from './passwords.ts';
import { clearFailures, reserveAttempt } from './loginThrottle.ts';
import { clearSessionCookie, openSession, requireStaff, setSessionCookie, staffActor } from './sessions.ts';

export const loginBody = z.strictObject({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(200),
});

// A fixed hash to compare against when the e-mail is unknown, so timing does not reveal which staff exist.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + 'A'.repeat(86) + '==';

export function authRouter(db: Knex, options: { secureCookies: boolean }): Router {
  const router = Router();

  router.post('/login', async (req, res) => {
    const parsed = loginBody.safeParse(req.body);
    if (!parsed.success) throw fromZod(parsed.error);
    const { email, password } = parsed.data;
    const facts = requestFacts(req);
    const now = new Date();
    const staff = await db('staff').where({ email }).first();
    const audit = (actor: Actor, action: string, outcome: 'success' | 'failure', reason: string | null) =>
      db.transaction((trx) => appendAudit(trx, { actor, action, entity: 'staff', entityId: staff?.id ?? null, after: { email }, reason, outcome, at: now, ...facts }));

    // The attempt is counted before the password is checked, so that parallel guesses cannot pass the limit.
    const attempt = await reserveAttempt(db, email, now);
    if (!attempt.allowed) {
      await audit({ kind: 'public' }, 'auth.login_failed', 'failure', 'locked_out');
      throw new ApiError(429, 'too_many_attempts', `Too many failed attempts: try again after ${attempt.until.toISOString()}`);
    }
    const valid = await verifyPassword(password, staff?.password_hash ?? DUMMY_HASH);
    if (!staff || !valid || staff.status !== 'active') {
      await audit({ kind: 'public' }, 'auth.login_failed', 'failure', !staff ? 'unknown_email' : !valid ? 'wrong_password' : 'staff_disabled');
      if (attempt.last) throw new ApiError(429, 'too_many_attempts', 'Too many failed attempts: this login is locked for a while');
      throw new ApiError(401, 'invalid_credentials', 'E-mail or password is wrong');
    }
    await clearFailures(db, email);
    const token = await openSession(db, staff.id, { ip: facts.ip ?? undefined, userAgent: facts.userAgent ?? undefined }, now);
    await db('staff').where({ id: staff.id }).update({ last_login_at: now.toISOString() });
    const actor = staffActor(staff);
    await audit(actor, 'auth.login', 'success', null);
    setSessionCookie(res, token, options.secureCookies);
    res.json({ id: actor.id, email: actor.email, name: actor.name, roles: actor.roles });
  });

  router.post('/logout', async (req, res) => {
    if (req.sessionId && req.actor) {
      const actor = req.actor;
      await db.transaction(async (trx) => {
        await trx('sessions').where({ id: req.sessionId }).update({ revoked_at: new Date().toISOString() });
        await appendAudit(trx, { actor, action: 'auth.logout', entity: 'staff', entityId: actor.kind === 'staff' ? actor.id : null, at: new Date(), ...requestFacts(req) });
      });
    }
    clearSessionCookie(res, options.secureCookies);
    res.status(204).end();
  });

  router.get('/me', requireStaff, (req, res) => {
    const actor = req.actor as ReturnType<typeof staffActor>;
    res.json({ id: actor.id, email: actor.email, name: actor.name, roles: actor.roles });
  });

  return router;
}
