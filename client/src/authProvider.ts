import type { AuthProvider, UserIdentity } from 'react-admin';
import {
  ACTION_ACCESS,
  PAGE_ACCESS,
  QUERY_ACCESS,
  RESOURCES,
  canUse,
  mayOpenPage,
  mayQuery,
  mayRunAction,
  type ActionGrant,
  type PageGrant,
  type QueryGrant,
  type ResourceName,
  type Verb,
} from '../../server/domain/permissions.ts';
import { ROLES, type Role } from '../../server/domain/enums.ts';
import { errorStatus, httpClient, isActionRefusal } from './httpClient.ts';
import type { StaffIdentity } from './types.ts';
import { setStoreUser } from './userStore.ts';

const AUTH_URL = '/api/auth';

// react-admin asks about its own actions; the permission matrix speaks in verbs.
const VERB_OF_ACTION: Record<string, Verb> = {
  list: 'read',
  show: 'read',
  read: 'read',
  export: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  update: 'update',
  write: 'update',
  delete: 'delete',
};

export function verbOf(action: string): Verb | undefined {
  return VERB_OF_ACTION[action];
}

function isResourceName(name: string): name is ResourceName {
  return (RESOURCES as readonly string[]).includes(name);
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * May `roles` do `action` on `resource`? Read from the server's one table of grants
 * (server/domain/permissions.ts): react-admin's CRUD actions (`resource.field` asks about the resource),
 * a domain action (`{ resource: 'refunds', action: 'approve' }`), a read beyond CRUD
 * (`{ resource: 'refunds', action: 'history' }`) or a page (`{ resource: 'pages', action: '/dsa-transparency' }`).
 * Only hides UI: the API enforces the same table.
 */
export function canAccessWith(roles: readonly Role[], resource: string, action: string): boolean {
  if (resource === 'pages') return action in PAGE_ACCESS && mayOpenPage(roles, action as PageGrant);
  const grant = `${resource}.${action}`;
  if (grant in ACTION_ACCESS) return mayRunAction(roles, grant as ActionGrant);
  if (grant in QUERY_ACCESS) return mayQuery(roles, grant as QueryGrant);
  const verb = verbOf(action);
  const name = resource.split('.')[0] ?? '';
  return verb !== undefined && isResourceName(name) && canUse(roles, name, verb);
}

// The signed-in staff member, kept in memory: the session itself is an httpOnly cookie.
let identity: StaffIdentity | null = null;
let pendingIdentity: Promise<StaffIdentity> | null = null;

function toIdentity(json: unknown): StaffIdentity {
  const body = (json ?? {}) as Partial<StaffIdentity>;
  return {
    id: Number(body.id),
    email: String(body.email ?? ''),
    name: String(body.name ?? body.email ?? ''),
    roles: Array.isArray(body.roles) ? body.roles.filter(isRole) : [],
    twoFactorEnabled: body.twoFactorEnabled === true,
    ...(Array.isArray(body.twoFactorRequiredRoles) ? { twoFactorRequiredRoles: body.twoFactorRequiredRoles.filter(isRole) } : {}),
  };
}

async function currentStaff(): Promise<StaffIdentity> {
  if (identity) return identity;
  pendingIdentity ??= httpClient(`${AUTH_URL}/me`)
    .then(({ json }) => {
      identity = toIdentity(json);
      setStoreUser(identity.id);
      return identity;
    })
    .finally(() => {
      pendingIdentity = null;
    });
  return pendingIdentity;
}

function forget(): void {
  setStoreUser(null);
  identity = null;
  pendingIdentity = null;
}

/** react-admin's AuthProvider, with the optional methods we implement made non-optional for callers. */
export type KoletAuthProvider = AuthProvider & Required<Pick<AuthProvider, 'getIdentity' | 'getPermissions' | 'canAccess'>>;

export const authProvider: KoletAuthProvider = {
  async login(params: { email?: string; username?: string; password?: string; signedIn?: unknown }) {
    forget();
    // A sign-in finished step by step on the login page (password, then the second factor): the session is already open.
    if (params.signedIn) {
      identity = toIdentity(params.signedIn);
      setStoreUser(identity.id);
      return;
    }
    try {
      const { json } = await httpClient(`${AUTH_URL}/login`, {
        method: 'POST',
        body: JSON.stringify({ email: (params.email ?? params.username ?? '').trim(), password: params.password ?? '' }),
      });
      identity = toIdentity(json);
      setStoreUser(identity.id);
    } catch (error) {
      const status = errorStatus(error);
      if (status === 401) throw new Error('ra.auth.sign_in_error');
      if (status === 429) throw new Error('auth.too_many_attempts');
      throw error;
    }
  },

  async logout() {
    forget();
    try {
      await httpClient(`${AUTH_URL}/logout`, { method: 'POST' });
    } catch {
      // The session may already be gone (expired, revoked): logging out is then done.
    }
  },

  async checkAuth() {
    try {
      await currentStaff();
    } catch (error) {
      // The API's own wording is English only: say it in the staff member's language.
      throw Object.assign(new Error('ra.auth.auth_check_error'), { status: errorStatus(error) });
    }
  },

  async checkError(error: unknown) {
    const status = errorStatus(error);
    if (status === 401) {
      forget();
      throw error;
    }
    // Signed in but not allowed: keep the session, explain instead of logging out (a refused action in its dialog).
    if (status === 403 && !isActionRefusal(error)) {
      throw Object.assign(new Error('ra.notification.not_authorized'), { logoutUser: false, redirectTo: '/access-denied' });
    }
  },

  async getIdentity(): Promise<UserIdentity> {
    const staff = await currentStaff();
    return {
      id: staff.id,
      fullName: staff.name,
      email: staff.email,
      roles: staff.roles,
      twoFactorEnabled: staff.twoFactorEnabled,
      twoFactorRequiredRoles: staff.twoFactorRequiredRoles,
    };
  },

  async getPermissions(): Promise<Role[]> {
    return (await currentStaff()).roles;
  },

  async canAccess({ resource, action }) {
    return canAccessWith((await currentStaff()).roles, resource, action);
  },
};

/** Tests only: start from a signed-out state. */
export function resetAuthCache(): void {
  forget();
}
