// Personal data shown to each role (GCU §5, data minimisation): support sees it all,
// finance what payments need, moderators only what moderation needs.
import { holdsAny } from '../permissions.ts';
import type { Role } from '../enums.ts';

export interface PersonalData { email: string | null; name: string | null; phone: string | null }
export interface Masking { email: boolean; name: boolean; phone: boolean }

export function maskingFor(roles: readonly Role[]): Masking {
  if (holdsAny(roles, ['support'])) return { email: false, name: false, phone: false };
  if (holdsAny(roles, ['finance'])) return { email: false, name: false, phone: true };
  return { email: true, name: true, phone: true };
}

/** `jeanne.martin@gmail.com` → `j•••@gmail.com`. */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '•••' : `${email[0]}•••${email.slice(at)}`;
};

/** `+33612345678` → `+33 6•• •• •• 78`: enough to confirm with the caller, not to call. */
export const maskPhone = (phone: string): string => {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 4) return '••';
  const head = phone.trim().startsWith('+') ? `+${digits.slice(0, 2)} ${digits[2]}` : digits[0];
  return `${head}•• •• •• ${digits.slice(-2)}`;
};

export function applyMasking(p: PersonalData, m: Masking): PersonalData {
  return {
    email: p.email && m.email ? maskEmail(p.email) : p.email,
    name: m.name ? null : p.name,
    // A role that may not know who the customer is (no name: moderators) gets no part of the number either.
    phone: p.phone && m.phone ? (m.name ? null : maskPhone(p.phone)) : p.phone,
  };
}
