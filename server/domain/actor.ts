import type { Role } from './enums.ts';

/** Who is acting: written on every audit entry and ledger line. */
export type Actor =
  | { kind: 'staff'; id: number; email: string; name: string; roles: Role[] }
  | { kind: 'integration'; id: number; name: string }
  | { kind: 'system'; name: string }
  | { kind: 'public' };

export const SYSTEM: Actor = { kind: 'system', name: 'system' };
/** Someone using a public form: no login. */
export const PUBLIC: Actor = { kind: 'public' };

export function actorId(actor: Actor): number | null {
  return actor.kind === 'staff' || actor.kind === 'integration' ? actor.id : null;
}
