// The sign-in rules of server/domain/staff/signIn.ts (docs/OPERATIONS.md "Staff accounts").
import { describe, expect, test } from 'vitest';
import {
  activeAdmins,
  delayAfterFailures,
  formatRecoveryCode,
  nextSignInStep,
  noticeDue,
  normaliseRecoveryCode,
  secondFactorRequired,
  type ThrottleRules,
} from '../../server/domain/staff/signIn.ts';

const RULES: ThrottleRules = { maxFailures: 5, maxDelayMinutes: 15, maxFailuresPerAddress: 30, addressWindowMinutes: 15 };
const minutes = (ms: number) => ms / 60_000;

describe('growing delays for one login at one address', () => {
  test('no wait before the fifth failure', () => {
    for (const n of [0, 1, 2, 3, 4]) expect(delayAfterFailures(n, RULES)).toBe(0);
  });
  test('then 1, 2, 4, 8 minutes: each failure doubles the wait', () => {
    expect([5, 6, 7, 8].map((n) => minutes(delayAfterFailures(n, RULES)))).toEqual([1, 2, 4, 8]);
  });
  test('never longer than login_lockout_minutes', () => {
    expect(minutes(delayAfterFailures(9, RULES))).toBe(15);
    expect(minutes(delayAfterFailures(60, RULES))).toBe(15);
  });
  test('the staff member is told once, when the waits begin', () => {
    expect([4, 5, 6].map((n) => noticeDue(n, RULES))).toEqual([false, true, false]);
  });
});

describe('who signs in with a second factor', () => {
  test('the roles listed in two_factor_required_roles must', () => {
    expect(secondFactorRequired(['finance'], ['admin', 'finance'])).toBe(true);
    expect(secondFactorRequired(['support', 'admin'], ['admin', 'finance'])).toBe(true);
  });
  test('others may: support, moderators and catalog by default', () => {
    expect(secondFactorRequired(['support'], ['admin', 'finance'])).toBe(false);
    expect(secondFactorRequired(['admin'], [])).toBe(false);
  });
  test('after the password: a session, the code, or the set-up first', () => {
    expect(nextSignInStep(false, false)).toBe('signed_in');
    expect(nextSignInStep(true, false)).toBe('second_factor');
    expect(nextSignInStep(true, true)).toBe('second_factor');
    expect(nextSignInStep(false, true)).toBe('enrolment');
  });
});

describe('the last active admin', () => {
  test('counts active staff holding the admin role', () => {
    expect(
      activeAdmins([
        { id: 1, roles: ['admin'], status: 'active' },
        { id: 2, roles: ['admin', 'finance'], status: 'disabled' },
        { id: 3, roles: ['support'], status: 'active' },
      ]),
    ).toBe(1);
    expect(activeAdmins([{ id: 3, roles: ['support'], status: 'active' }])).toBe(0);
  });
});

describe('recovery codes as people type them', () => {
  test('dashes, spaces and capitals do not matter', () => {
    expect(normaliseRecoveryCode(' ABCD-efgh ijkl-MNOP ')).toBe('abcdefghijklmnop');
  });
  test('shown in groups of four', () => {
    expect(formatRecoveryCode('abcdefghijklmnop')).toBe('abcd-efgh-ijkl-mnop');
  });
});
