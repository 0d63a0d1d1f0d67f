// Staff sessions for the benchmark and the query-plan check: the demo logins of each role.
import type { Role } from './requests.ts';

export const DEMO_PASSWORD = 'kolet-demo';
export const LOGIN_OF: Record<Role | 'admin', string> = {
  support: 'support@kolet.demo',
  finance: 'finance@kolet.demo',
  moderator: 'moderator@kolet.demo',
  admin: 'admin@kolet.demo',
};

/** Signs in and returns the session cookie. */
export async function signIn(baseUrl: string, role: Role | 'admin'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, 'x-kolet-csrf': '1' },
    body: JSON.stringify({ email: LOGIN_OF[role], password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in as ${role} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`sign-in as ${role}: no session cookie`);
  return cookie;
}
