// The staff sign-in and two-factor calls (docs/OPERATIONS.md "Staff accounts", "Two-factor sign-in").
import { httpClient } from '../httpClient.ts';

const AUTH_URL = '/api/auth';

/** Who signed in, as /api/auth/login, /second-factor and /enrolment/confirm answer once the sign-in is done. */
export interface SignedIn {
  id: number;
  email: string;
  name: string;
  roles: string[];
  twoFactorEnabled?: boolean;
  recoveryCodesLeft?: number;
}
export type PasswordOutcome = { done: SignedIn } | { secondFactor: 'required' | 'enrolment_required'; challenge: string };
export interface Enrolment {
  secret: string;
  otpauthUrl: string;
  qrCode: string;
}
export interface TwoFactorStatus {
  enabled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
}

const post = async <T>(path: string, body: unknown): Promise<T> =>
  (await httpClient(`${AUTH_URL}${path}`, { method: 'POST', body: JSON.stringify(body) })).json as T;

export async function signInWithPassword(email: string, password: string): Promise<PasswordOutcome> {
  const json = await post<SignedIn & { secondFactor?: 'required' | 'enrolment_required'; challenge?: string }>('/login', {
    email: email.trim(),
    password,
  });
  return json.secondFactor && json.challenge ? { secondFactor: json.secondFactor, challenge: json.challenge } : { done: json };
}

export const signInWithCode = (challenge: string, code: { code: string } | { recoveryCode: string }) =>
  post<SignedIn>('/second-factor', { challenge, ...code });
export const startEnrolment = (challenge: string) => post<Enrolment>('/enrolment', { challenge });
export const confirmEnrolment = (challenge: string, code: string) =>
  post<SignedIn & { recoveryCodes: string[] }>('/enrolment/confirm', { challenge, code });

export const twoFactorStatus = async () => (await httpClient(`${AUTH_URL}/two-factor`)).json as TwoFactorStatus;
export const setUpTwoFactor = (password: string) => post<Enrolment>('/two-factor/setup', { password });
export const confirmTwoFactor = (code: string) => post<{ recoveryCodes: string[] }>('/two-factor/confirm', { code });
export const replaceRecoveryCodes = (code: string) => post<{ recoveryCodes: string[] }>('/two-factor/recovery-codes', { code });
export const turnOffTwoFactor = (password: string, code: string) => post<{ enabled: false }>('/two-factor/disable', { password, code });
export const changePassword = (currentPassword: string, newPassword: string) =>
  post<{ otherSessionsEnded: number }>('/password', { currentPassword, newPassword });
