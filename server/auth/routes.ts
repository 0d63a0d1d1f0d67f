import type { SignInChallengesRow, StaffRow } from '../db/rows.generated.ts';
import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { appendAudit } from '../audit/auditLog.ts';
import { toIso } from '../db/values.ts';
import type { Actor } from '../domain/actor.ts';
import { nextSignInStep, secondFactorRequired } from '../domain/staff/signIn.ts';
import { ApiError, badRequest, fromZod, ruleRefused } from '../http/errors.ts';
import { requestFacts } from '../http/requestContext.ts';
import { queueMessage } from '../outbox/outbox.ts';
import { passwordChangedNotice, signInFailuresNotice } from '../outbox/staffMessages.ts';
import { getSetting } from '../settings.ts';
import { hashPassword, randomToken, sha256Hex, verifyPassword } from './passwords.ts';
import { attemptSucceeded, reserveAttempt, signInCompleted, type Reservation, type SignInAttempt } from './loginThrottle.ts';
import { clearSessionCookie, endSessions, openSession, requireStaff, setSessionCookie, staffActor, type StaffActor } from './sessions.ts';
import {
  acceptCode,
  clearSecondFactor,
  codeStep,
  newEnrolment,
  recoveryCodesLeft,
  replaceRecoveryCodes,
  useRecoveryCode,
  type SecretBox,
} from './twoFactor.ts';

export const loginBody = z.strictObject({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(200),
});
const challengeBody = z.strictObject({ challenge: z.string().min(20).max(100) });
const codeBody = challengeBody
  .extend({ code: z.string().trim().max(20).optional(), recoveryCode: z.string().trim().max(40).optional() })
  .refine((b) => !!b.code !== !!b.recoveryCode, { path: ['code'], message: 'send the six-digit code, or a recovery code' });
const confirmBody = challengeBody.extend({ code: z.string().trim().max(20) });
const newPassword = z.string().min(12, 'at least 12 characters').max(200);

// A fixed hash to compare against when the e-mail is unknown, so timing does not reveal which staff exist.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + 'A'.repeat(86) + '==';
const CHALLENGE_MINUTES = { second_factor: 5, enrolment: 15 } as const;
const CHALLENGE_ATTEMPTS = 5;

const actorOf = (staff: StaffRow) => staffActor(staff);

const parse = <S extends z.ZodType>(schema: S, body: unknown): z.infer<S> => {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw fromZod(parsed.error);
  return parsed.data;
};

function tooManyAttempts(res: Response, r: Extract<Reservation, { allowed: false }>, now: Date): ApiError {
  const seconds = Math.max(1, Math.ceil((r.until.getTime() - now.getTime()) / 1000));
  res.set('Retry-After', String(seconds));
  const who = r.scope === 'address' ? 'from your address' : 'for this login from your address';
  return new ApiError(429, 'too_many_attempts', `Too many failed sign-ins ${who}: try again in ${Math.ceil(seconds / 60)} minute(s)`);
}

const me = (actor: StaffActor, twoFactorEnabled: boolean) => ({
  id: actor.id,
  email: actor.email,
  name: actor.name,
  roles: actor.roles,
  twoFactorEnabled,
});

export interface AuthOptions {
  secureCookies: boolean;
  secrets: SecretBox;
  /** The deployment's payment provider (`manual` or `stripe`): the console words its payout dialogs by it. */
  paymentProvider?: string;
}

/**
 * Staff sign-in (docs/OPERATIONS.md "Staff accounts"): the password, then — when enrolled, or
 * required for the person's roles — a second factor, through a short-lived challenge. Guessing
 * is counted per login and address (loginThrottle.ts), every step is audited.
 */
export function authRouter(db: Knex, options: AuthOptions): Router {
  const router = Router();
  const audit = (
    req: Request,
    actor: Actor,
    action: string,
    entityId: number | null,
    o: { outcome?: 'success' | 'failure'; reason?: string | null; after?: Record<string, unknown> | null; at: Date },
  ) =>
    db.transaction((trx) =>
      appendAudit(trx, {
        actor,
        action,
        entity: 'staff',
        entityId: entityId === null ? null : String(entityId),
        after: o.after ?? null,
        reason: o.reason ?? null,
        outcome: o.outcome ?? 'success',
        at: o.at,
        ...requestFacts(req),
      }),
    );
  const attemptOf = (req: Request, email: string): SignInAttempt => ({ email, ip: req.ip ?? 'unknown' });

  /** A failed attempt: audited, and the staff member told when their login starts waiting at this address. */
  async function failed(
    req: Request,
    staff: StaffRow | undefined,
    email: string,
    reservation: Extract<Reservation, { allowed: true }>,
    action: string,
    reason: string,
    now: Date,
  ) {
    await db.transaction(async (trx) => {
      await appendAudit(trx, {
        actor: { kind: 'public' },
        action,
        entity: 'staff',
        entityId: staff ? String(staff.id) : null,
        after: { email },
        reason,
        outcome: 'failure',
        at: now,
        ...requestFacts(req),
      });
      if (staff && reservation.noticeDue)
        await queueMessage(
          trx,
          signInFailuresNotice(staff as { id: number; email: string }, req.ip ?? 'unknown', reservation.failures, now),
          now,
        );
    });
  }

  async function signIn(req: Request, res: Response, staff: StaffRow, now: Date, via: string) {
    const token = await openSession(db, staff.id, { ip: req.ip, userAgent: req.get('user-agent') }, now);
    await db('staff').where({ id: staff.id }).update({ last_login_at: now.toISOString() });
    const actor = actorOf(staff);
    await audit(req, actor, 'auth.login', staff.id, { at: now, after: { via } });
    setSessionCookie(res, token, options.secureCookies);
    return me(actor, !!staff.totp_enabled_at);
  }

  async function openChallenge(staff: StaffRow, purpose: 'second_factor' | 'enrolment', req: Request, now: Date): Promise<string> {
    const token = randomToken();
    await db('sign_in_challenges').where({ staff_id: staff.id }).delete();
    await db('sign_in_challenges').insert({
      id: sha256Hex(token),
      staff_id: staff.id,
      purpose,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + CHALLENGE_MINUTES[purpose] * 60_000).toISOString(),
      attempts: 0,
      ip: req.ip ?? null,
    });
    return token;
  }

  /** The challenge of the sign-in in progress, with its staff member; 401 when unknown, expired or worn out. */
  async function challengeOf(
    token: string,
    purpose: 'second_factor' | 'enrolment',
    now: Date,
  ): Promise<{ challenge: SignInChallengesRow; staff: StaffRow }> {
    const challenge = await db('sign_in_challenges')
      .where({ id: sha256Hex(token), purpose })
      .first();
    const staff = challenge ? await db('staff').where({ id: challenge.staff_id }).first() : undefined;
    if (
      !challenge ||
      !staff ||
      staff.status !== 'active' ||
      new Date(toIso(challenge.expires_at)!) <= now ||
      challenge.attempts >= CHALLENGE_ATTEMPTS
    ) {
      throw new ApiError(401, 'challenge_expired', 'This sign-in has expired: start again with your e-mail and password');
    }
    return { challenge, staff };
  }

  router.post('/login', async (req, res) => {
    const { email, password } = parse(loginBody, req.body);
    const now = new Date();
    const staff = await db('staff').where({ email }).first();
    // The attempt is counted before the password is checked, so that parallel guesses cannot pass the limit.
    const attempt = attemptOf(req, email);
    const reservation = await reserveAttempt(db, attempt, now);
    if (!reservation.allowed) {
      await audit(req, { kind: 'public' }, 'auth.login_failed', staff?.id ?? null, {
        outcome: 'failure',
        reason: reservation.scope === 'address' ? 'address_throttled' : 'throttled',
        after: { email },
        at: now,
      });
      throw tooManyAttempts(res, reservation, now);
    }
    const valid = await verifyPassword(password, staff?.password_hash ?? DUMMY_HASH);
    if (!staff || !valid || staff.status !== 'active') {
      await failed(
        req,
        staff,
        email,
        reservation,
        'auth.login_failed',
        !staff ? 'unknown_email' : !valid ? 'wrong_password' : 'staff_disabled',
        now,
      );
      throw new ApiError(401, 'invalid_credentials', 'E-mail or password is wrong');
    }
    const actor = actorOf(staff);
    const required = secondFactorRequired(actor.roles, await getSetting(db, 'two_factor_required_roles'));
    const step = nextSignInStep(!!staff.totp_enabled_at, required);
    if (step === 'signed_in') {
      await attemptSucceeded(db, attempt);
      res.json(await signIn(req, res, staff, now, 'password'));
      return;
    }
    // The password was right, but the sign-in is not done until the second factor: the login's count at this address stays.
    await attemptSucceeded(db, attempt, false);
    const challenge = await openChallenge(staff, step, req, now);
    await audit(req, { kind: 'public' }, 'auth.password_accepted', staff.id, { at: now, after: { next: step } });
    res.json({ secondFactor: step === 'enrolment' ? 'enrolment_required' : 'required', challenge });
  });

  /** The second step: a code from the authenticator app, or one of the recovery codes (each works once). */
  router.post('/second-factor', async (req, res) => {
    const body = parse(codeBody, req.body);
    const now = new Date();
    const { challenge, staff } = await challengeOf(body.challenge, 'second_factor', now);
    const attempt = attemptOf(req, staff.email);
    const reservation = await reserveAttempt(db, attempt, now);
    if (!reservation.allowed) throw tooManyAttempts(res, reservation, now);
    await db('sign_in_challenges').where({ id: challenge.id }).increment('attempts', 1);
    let accepted = false;
    if (body.code) {
      const step = codeStep(totpSecretOf(staff), body.code, now);
      accepted = step !== null && (await acceptCode(db, staff.id, step));
    } else {
      accepted = await useRecoveryCode(db, staff.id, body.recoveryCode!, now);
    }
    if (!accepted) {
      await failed(
        req,
        staff,
        staff.email,
        reservation,
        'auth.second_factor_failed',
        body.code ? 'wrong_code' : 'wrong_recovery_code',
        now,
      );
      throw new ApiError(
        401,
        'invalid_code',
        body.code ? 'The code is wrong or was already used: wait for the next one' : 'This recovery code is wrong or was already used',
      );
    }
    await attemptSucceeded(db, attempt);
    await db('sign_in_challenges').where({ id: challenge.id }).delete();
    if (body.recoveryCode)
      await audit(req, actorOf(staff), 'auth.recovery_code_used', staff.id, {
        at: now,
        after: { recoveryCodesLeft: await recoveryCodesLeft(db, staff.id) },
      });
    res.json({
      ...(await signIn(req, res, staff, now, body.code ? 'totp' : 'recovery_code')),
      recoveryCodesLeft: await recoveryCodesLeft(db, staff.id),
    });
  });

  /** Enrolment at sign-in, when the role requires a second factor the person has not set up: the secret and its QR code. */
  router.post('/enrolment', async (req, res) => {
    const body = parse(challengeBody, req.body);
    const now = new Date();
    const { staff } = await challengeOf(body.challenge, 'enrolment', now);
    const enrolment = await newEnrolment(staff.email);
    await db('staff')
      .where({ id: staff.id })
      .update({ totp_secret: options.secrets.seal(enrolment.secret), totp_enabled_at: null, totp_last_step: null });
    res.json(enrolment);
  });

  /** The first code confirms the enrolment: the second factor is on, the recovery codes are shown once, the session opens. */
  router.post('/enrolment/confirm', async (req, res) => {
    const body = parse(confirmBody, req.body);
    const now = new Date();
    const { challenge, staff } = await challengeOf(body.challenge, 'enrolment', now);
    await db('sign_in_challenges').where({ id: challenge.id }).increment('attempts', 1);
    const recoveryCodes = await confirmEnrolment(req, staff, body.code, now);
    await db('sign_in_challenges').where({ id: challenge.id }).delete();
    await signInCompleted(db, attemptOf(req, staff.email));
    res.json({ ...(await signIn(req, res, { ...staff, totp_enabled_at: now }, now, 'enrolment')), recoveryCodes });
  });

  async function confirmEnrolment(req: Request, staff: StaffRow, code: string, now: Date): Promise<string[]> {
    if (!staff.totp_secret) throw ruleRefused('no_enrolment', 'Start the set-up first: no secret was issued');
    const step = codeStep(totpSecretOf(staff), code, now);
    if (step === null || !(await acceptCode(db, staff.id, step))) {
      await audit(req, { kind: 'public' }, 'auth.two_factor_enrolment_failed', staff.id, {
        outcome: 'failure',
        reason: 'wrong_code',
        at: now,
      });
      throw badRequest('invalid_code', 'This code does not match: check the time on your phone and type the code shown now', {
        code: 'does not match',
      });
    }
    return db.transaction(async (trx) => {
      await trx('staff').where({ id: staff.id }).update({ totp_enabled_at: now.toISOString() });
      const codes = await replaceRecoveryCodes(trx, staff.id, now);
      await appendAudit(trx, {
        actor: actorOf(staff),
        action: 'auth.two_factor_enabled',
        entity: 'staff',
        entityId: String(staff.id),
        after: { twoFactorEnabled: true },
        at: now,
        ...requestFacts(req),
      });
      return codes;
    });
  }

  router.post('/logout', async (req, res) => {
    if (req.sessionId && req.actor) {
      const actor = req.actor;
      await db.transaction(async (trx) => {
        await trx('sessions').where({ id: req.sessionId }).update({ revoked_at: new Date().toISOString() });
        await appendAudit(trx, {
          actor,
          action: 'auth.logout',
          entity: 'staff',
          entityId: actor.kind === 'staff' ? actor.id : null,
          at: new Date(),
          ...requestFacts(req),
        });
      });
    }
    clearSessionCookie(res, options.secureCookies);
    res.status(204).end();
  });

  const current = async (req: Request) => {
    const actor = req.actor as StaffActor;
    return { actor, staff: (await db('staff').where({ id: actor.id }).first()) as StaffRow };
  };

  router.get('/me', requireStaff, async (req, res) => {
    const { actor, staff } = await current(req);
    res.json({
      ...me(actor, !!staff.totp_enabled_at),
      twoFactorRequiredRoles: await getSetting(db, 'two_factor_required_roles'),
      paymentProvider: options.paymentProvider ?? 'manual',
    });
  });

  /** The signed-in person's second factor: on or off, required or not, recovery codes left. */
  router.get('/two-factor', requireStaff, async (req, res) => {
    const { actor, staff } = await current(req);
    res.json({
      enabled: !!staff.totp_enabled_at,
      required: secondFactorRequired(actor.roles, await getSetting(db, 'two_factor_required_roles')),
      recoveryCodesLeft: staff.totp_enabled_at ? await recoveryCodesLeft(db, actor.id) : 0,
    });
  });

  /** The staff member's TOTP secret, decrypted; none means two-factor sign-in is off (422, never a 500). */
  const totpSecretOf = (staff: StaffRow): string => {
    if (!staff.totp_secret) throw ruleRefused('two_factor_not_enabled', 'Two-factor sign-in is off');
    return options.secrets.open(staff.totp_secret);
  };
  const passwordCheck = async (req: Request, staff: StaffRow, password: string, now: Date) => {
    const attempt = attemptOf(req, staff.email);
    const reservation = await reserveAttempt(db, attempt, now);
    if (!reservation.allowed) throw tooManyAttempts(req.res!, reservation, now);
    if (!(await verifyPassword(password, staff.password_hash))) {
      await failed(req, staff, staff.email, reservation, 'auth.reauthentication_failed', 'wrong_password', now);
      throw badRequest('invalid_password', 'Your current password is wrong', { password: 'wrong' });
    }
    await attemptSucceeded(db, attempt);
  };

  /** Setting up (or replacing) one's second factor from the console: the password again, then the secret and its QR code. */
  router.post('/two-factor/setup', requireStaff, async (req, res) => {
    const { password } = parse(z.strictObject({ password: z.string().min(1).max(200) }), req.body);
    const { staff } = await current(req);
    const now = new Date();
    await passwordCheck(req, staff, password, now);
    if (staff.totp_enabled_at)
      throw ruleRefused('two_factor_already_enabled', 'Two-factor sign-in is already on: turn it off first, or ask an admin to reset it');
    const enrolment = await newEnrolment(staff.email);
    await db('staff')
      .where({ id: staff.id })
      .update({ totp_secret: options.secrets.seal(enrolment.secret), totp_last_step: null });
    res.json(enrolment);
  });

  router.post('/two-factor/confirm', requireStaff, async (req, res) => {
    const { code } = parse(z.strictObject({ code: z.string().trim().max(20) }), req.body);
    const { staff } = await current(req);
    if (staff.totp_enabled_at) throw ruleRefused('two_factor_already_enabled', 'Two-factor sign-in is already on');
    res.json({ recoveryCodes: await confirmEnrolment(req, staff, code, new Date()) });
  });

  /** New recovery codes (the old ones stop working), with a current code from the app. */
  router.post('/two-factor/recovery-codes', requireStaff, async (req, res) => {
    const { code } = parse(z.strictObject({ code: z.string().trim().max(20) }), req.body);
    const { actor, staff } = await current(req);
    const now = new Date();
    if (!staff.totp_enabled_at) throw ruleRefused('two_factor_not_enabled', 'Two-factor sign-in is off');
    const step = codeStep(totpSecretOf(staff), code, now);
    if (step === null || !(await acceptCode(db, staff.id, step)))
      throw badRequest('invalid_code', 'This code does not match', { code: 'does not match' });
    const recoveryCodes = await db.transaction(async (trx) => {
      const codes = await replaceRecoveryCodes(trx, staff.id, now);
      await appendAudit(trx, {
        actor,
        action: 'auth.recovery_codes_replaced',
        entity: 'staff',
        entityId: String(staff.id),
        at: now,
        ...requestFacts(req),
      });
      return codes;
    });
    res.json({ recoveryCodes });
  });

  /** Turning one's second factor off: only when one's roles do not require it, with the password and a current code. */
  router.post('/two-factor/disable', requireStaff, async (req, res) => {
    const body = parse(z.strictObject({ password: z.string().min(1).max(200), code: z.string().trim().max(20) }), req.body);
    const { actor, staff } = await current(req);
    const now = new Date();
    if (secondFactorRequired(actor.roles, await getSetting(db, 'two_factor_required_roles'))) {
      throw ruleRefused(
        'two_factor_required',
        'Your role requires two-factor sign-in: it cannot be turned off (an admin can reset it if you lost your phone)',
      );
    }
    await passwordCheck(req, staff, body.password, now);
    const step = staff.totp_enabled_at ? codeStep(totpSecretOf(staff), body.code, now) : null;
    if (step === null || !(await acceptCode(db, staff.id, step)))
      throw badRequest('invalid_code', 'This code does not match', { code: 'does not match' });
    await db.transaction(async (trx) => {
      await clearSecondFactor(trx, staff.id);
      await appendAudit(trx, {
        actor,
        action: 'auth.two_factor_disabled',
        entity: 'staff',
        entityId: String(staff.id),
        after: { twoFactorEnabled: false },
        at: now,
        ...requestFacts(req),
      });
    });
    res.json({ enabled: false });
  });

  /** Changing one's own password: the current one first; every other session of the person ends. */
  router.post('/password', requireStaff, async (req, res) => {
    const body = parse(z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword }), req.body);
    const { actor, staff } = await current(req);
    const now = new Date();
    await passwordCheck(req, staff, body.currentPassword, now);
    const hash = await hashPassword(body.newPassword);
    const ended = await db.transaction(async (trx) => {
      await trx('staff')
        .where({ id: staff.id })
        .update({ password_hash: hash, updated_at: now.toISOString(), version: trx.raw('version + 1') });
      const n = await endSessions(trx, staff.id, now, req.sessionId);
      await appendAudit(trx, {
        actor,
        action: 'auth.password_changed',
        entity: 'staff',
        entityId: String(staff.id),
        after: { password: '[redacted]', otherSessionsEnded: n },
        at: now,
        ...requestFacts(req),
      });
      await queueMessage(trx, passwordChangedNotice(staff as { id: number; email: string }, null), now);
      return n;
    });
    res.json({ otherSessionsEnded: ended });
  });

  return router;
}
