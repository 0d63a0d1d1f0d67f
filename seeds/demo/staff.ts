// One staff member per role (two in finance, for four-eyes approvals), all with the
// documented demo password, and the integration token the demo app uses.
import { hashPassword, sha256Hex } from '../../server/auth/passwords.ts';
import type { Role } from '../../server/domain/enums.ts';
import { DAY, type Ms } from './time.ts';
import type { DemoStaff, Row, StaffMember, World, Table } from './world.ts';

export const DEMO_PASSWORD = 'kolet-demo';
export const DEMO_INTEGRATION_TOKEN = 'demo-integration-token';

const STAFF: (Omit<StaffMember, 'id'> & { key: keyof DemoStaff; since: number; lastLogin: number })[] = [
  { key: 'admin', email: 'admin@kolet.demo', name: 'Claire Fontaine', roles: ['admin'], since: 1300, lastLogin: 0.1 },
  { key: 'support', email: 'support@kolet.demo', name: 'Mehdi Benali', roles: ['support'], since: 1250, lastLogin: 0.05 },
  { key: 'finance', email: 'finance@kolet.demo', name: 'Isabelle Laurent', roles: ['finance'], since: 1200, lastLogin: 0.3 },
  { key: 'finance2', email: 'finance2@kolet.demo', name: 'Thomas Girard', roles: ['finance'], since: 700, lastLogin: 1.2 },
  { key: 'moderator', email: 'moderator@kolet.demo', name: 'Nadia Haddad', roles: ['moderator'], since: 900, lastLogin: 0.4 },
  { key: 'catalog', email: 'catalog@kolet.demo', name: 'Lucas Petit', roles: ['catalog'], since: 1280, lastLogin: 2.5 },
];

/** The demo logins, for the start-up banner and the docs (password: DEMO_PASSWORD). */
export const DEMO_LOGINS: ReadonlyArray<{ email: string; name: string; roles: Role[] }> = STAFF.map(({ email, name, roles }) => ({
  email,
  name,
  roles,
}));

export function buildStaff(w: World): void {
  const staff = {} as DemoStaff;
  STAFF.forEach((s, i) => {
    staff[s.key] = { id: i + 1, email: s.email, name: s.name, roles: s.roles };
  });
  w.staff = staff;
}

export async function staffTables(w: World): Promise<Table[]> {
  const hashes = await Promise.all(STAFF.map(() => hashPassword(DEMO_PASSWORD)));
  const staff: Row[] = STAFF.map((s, i) => {
    const since: Ms = w.now - s.since * DAY;
    return {
      id: i + 1,
      email: s.email,
      name: s.name,
      password_hash: hashes[i],
      roles: s.roles,
      status: 'active',
      last_login_at: w.now - Math.round(s.lastLogin * DAY),
      created_at: since,
      updated_at: since,
      version: 1,
    };
  });
  const tokens: Row[] = [
    { id: w.serviceTokenId, name: 'demo', token_hash: sha256Hex(DEMO_INTEGRATION_TOKEN), created_at: w.now - 1300 * DAY, revoked_at: null },
  ];
  return [
    ['staff', staff],
    ['service_tokens', tokens],
  ];
}
