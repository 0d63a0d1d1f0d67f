// Shapes the console reads beyond react-admin's generic records (docs/PRODUCT.md §3 field names).
import type { RaRecord } from 'react-admin';
import type { MESSAGE_STATUSES, Role } from '../../server/domain/enums.ts';

/** `GET /api/auth/me` and `POST /api/auth/login`. */
export interface StaffIdentity {
  id: number;
  email: string;
  name: string;
  roles: Role[];
  twoFactorEnabled?: boolean;
  /** The roles that must sign in with a second factor (setting two_factor_required_roles), from /api/auth/me. */
  twoFactorRequiredRoles?: Role[];
}

export interface Message extends RaRecord {
  status: (typeof MESSAGE_STATUSES)[number];
  toAddress: string;
  subject: string;
}

export interface Setting extends RaRecord<string> {
  value: unknown;
  description: string;
  version: number;
}

/** `GET /api/audit-log/verify`. */
export interface AuditChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
  message: string;
}
