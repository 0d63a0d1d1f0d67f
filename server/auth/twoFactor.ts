// Staff two-factor sign-in: TOTP (RFC 6238) with otpauth, its QR code with qrcode, recovery codes
// (hashed, single use). docs/OPERATIONS.md "Two-factor sign-in".
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { Secret, TOTP } from 'otpauth';
import { formatRecoveryCode, normaliseRecoveryCode } from '../domain/staff/signIn.ts';
import { sha256Hex } from './passwords.ts';

const ISSUER = 'Kolet back office';
const PERIOD = 30;
/** Codes of the step before and after are accepted too: a phone's clock a little off (RFC 6238 §5.2). */
const WINDOW = 1;
export const RECOVERY_CODES = 10;

const totpOf = (base32: string, label: string) =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(base32) });

/**
 * The shared secret at rest: AES-256-GCM under TWO_FACTOR_KEY when it is set (`v1:iv:tag:data`),
 * else as it is (a warning at start-up in production). Reading takes either form.
 */
export class SecretBox {
  private readonly key: Buffer | null;
  constructor(passphrase: string | undefined) {
    this.key = passphrase ? createHash('sha256').update(passphrase).digest() : null;
  }
  get encrypts(): boolean {
    return this.key !== null;
  }
  seal(plain: string): string {
    if (!this.key) return plain;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
  }
  open(stored: string): string {
    if (!stored.startsWith('v1:')) return stored;
    if (!this.key) throw new Error('A second-factor secret is encrypted but TWO_FACTOR_KEY is not set');
    const [, iv, tag, data] = stored.split(':');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv!, 'base64'));
    decipher.setAuthTag(Buffer.from(tag!, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data!, 'base64')), decipher.final()]).toString('utf8');
  }
}

export interface Enrolment {
  secret: string;
  otpauthUrl: string;
  qrCode: string;
}

/** A new secret for `email`: the base32 text to type, the otpauth:// URL, and its QR code (a data: URL). */
export async function newEnrolment(email: string): Promise<Enrolment> {
  const secret = new Secret({ size: 20 }).base32;
  const otpauthUrl = totpOf(secret, email).toString();
  return { secret, otpauthUrl, qrCode: await (await import('qrcode')).default.toDataURL(otpauthUrl, { margin: 1, width: 220 }) };
}

/** The 30-second step a six-digit code belongs to (within the window), or null when it is wrong. */
export function codeStep(base32: string, code: string, now = new Date()): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(base32, 'check').validate({ token, timestamp: now.getTime(), window: WINDOW });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

/**
 * Accepts a code once: the staff member's last accepted step moves forward atomically, so the same
 * code (or an older one) replayed, even at the same moment, is refused.
 */
export async function acceptCode(db: Knex | Knex.Transaction, staffId: number, step: number): Promise<boolean> {
  const moved = await db('staff')
    .where({ id: staffId })
    .where((w) => w.whereNull('totp_last_step').orWhere('totp_last_step', '<', step))
    .update({ totp_last_step: step });
  return moved === 1;
}

/** Ten new recovery codes (80 random bits each, shown once); only their digests are stored, and the old codes stop working. */
export async function replaceRecoveryCodes(trx: Knex.Transaction, staffId: number, now: Date): Promise<string[]> {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const codes = Array.from({ length: RECOVERY_CODES }, () => [...randomBytes(16)].map((b) => alphabet[b % 32]).join(''));
  await trx('staff_recovery_codes').where({ staff_id: staffId }).delete();
  await trx('staff_recovery_codes').insert(
    codes.map((c) => ({ staff_id: staffId, code_hash: sha256Hex(c), created_at: now.toISOString() })),
  );
  return codes.map(formatRecoveryCode);
}

/** Uses a recovery code: true once per code (marked used in the same statement that finds it). */
export async function useRecoveryCode(db: Knex | Knex.Transaction, staffId: number, typed: string, now: Date): Promise<boolean> {
  const used = await db('staff_recovery_codes')
    .where({ staff_id: staffId, code_hash: sha256Hex(normaliseRecoveryCode(typed)) })
    .whereNull('used_at')
    .update({ used_at: now.toISOString() });
  return used === 1;
}

export async function recoveryCodesLeft(db: Knex, staffId: number): Promise<number> {
  return Number((await db('staff_recovery_codes').where({ staff_id: staffId }).whereNull('used_at').count({ n: '*' }).first())?.n ?? 0);
}

/** Everything of a person's second factor goes: secret, last step, recovery codes (an admin's reset, or turning it off). */
export async function clearSecondFactor(trx: Knex.Transaction, staffId: number): Promise<void> {
  await trx('staff').where({ id: staffId }).update({ totp_secret: null, totp_enabled_at: null, totp_last_step: null });
  await trx('staff_recovery_codes').where({ staff_id: staffId }).delete();
  await trx('sign_in_challenges').where({ staff_id: staffId }).delete();
}
