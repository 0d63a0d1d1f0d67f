// Staff sign-in rules (docs/OPERATIONS.md "Staff accounts"): guessing is slowed per account and
// client address, with growing delays, so that a stranger elsewhere cannot lock anyone out; one
// address failing on many accounts is stopped; admin and finance sign in with a second factor.
import type { Role } from '../enums.ts';

export interface ThrottleRules {
  /** Failures of one account from one address before delays begin. */
  maxFailures: number;
  /** The longest delay (minutes); delays double from one minute up to it. */
  maxDelayMinutes: number;
  /** Failures from one address, whatever the accounts, within the address window. */
  maxFailuresPerAddress: number;
  addressWindowMinutes: number;
}

/** Counting starts again after a day without a failure of that account from that address. */
export const FAILURE_MEMORY_MS = 24 * 3_600_000;

/**
 * How long the account must wait at this address after its `failures`-th failure: nothing before
 * `maxFailures`, then 1, 2, 4, 8… minutes, capped at `maxDelayMinutes`.
 */
export function delayAfterFailures(failures: number, rules: ThrottleRules): number {
  if (failures < rules.maxFailures) return 0;
  const minutes = Math.min(2 ** (failures - rules.maxFailures), rules.maxDelayMinutes);
  return minutes * 60_000;
}

/** The staff member is told once, when their account starts being delayed at an address. */
export const noticeDue = (failures: number, rules: ThrottleRules): boolean => failures === rules.maxFailures;

/** Whether the person's roles require a second factor (the `two_factor_required_roles` setting; exact roles: admin only when listed). */
export function secondFactorRequired(roles: readonly Role[], requiredRoles: readonly string[]): boolean {
  return roles.some((r) => requiredRoles.includes(r));
}

export type SignInStep = 'signed_in' | 'second_factor' | 'enrolment';

/** After a right password: a session, the second factor, or its enrolment first (required but not set up). */
export function nextSignInStep(enrolled: boolean, required: boolean): SignInStep {
  if (enrolled) return 'second_factor';
  return required ? 'enrolment' : 'signed_in';
}

export interface StaffSeat {
  id: number;
  roles: readonly Role[];
  status: string;
}

/** At least one active admin must remain, or nobody could manage staff (issue 13: the last admin demoted themselves). */
export const activeAdmins = (staff: readonly StaffSeat[]): number =>
  staff.filter((s) => s.status === 'active' && s.roles.includes('admin')).length;

/** A recovery code as typed (spaces, dashes, upper case) → the form that is hashed. */
export const normaliseRecoveryCode = (typed: string): string => typed.toLowerCase().replace(/[\s-]/g, '');

/** `abcdefghijklmnop` → `abcd-efgh-ijkl-mnop`, for reading out and typing. */
export const formatRecoveryCode = (code: string): string => code.match(/.{1,4}/g)!.join('-');
