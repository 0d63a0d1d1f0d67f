// What the back office tells its own staff about their sign-in (in English, like the other staff alerts).
import type { OutgoingMessage } from './outbox.ts';

interface StaffMember {
  id: number;
  email: string;
}

const staffMessage = (s: StaffMember, template: string, subject: string, body: string, dedupeKey?: string): OutgoingMessage => ({
  channel: 'email',
  to: s.email,
  template,
  subject,
  body,
  locale: 'en',
  related: { entity: 'staff', id: s.id },
  ...(dedupeKey ? { dedupeKey } : {}),
});

/** Sent once when a login starts waiting between attempts at one address (docs/OPERATIONS.md "Staff accounts"). */
export function signInFailuresNotice(s: StaffMember, ip: string, failures: number, at: Date): OutgoingMessage {
  return staffMessage(
    s,
    'staff_sign_in_failures',
    'Failed sign-ins on your Kolet back-office account',
    `There were ${failures} failed sign-ins on your account from the address ${ip} (last at ${at.toISOString()} UTC).\n\n` +
      'Further attempts from that address now wait a little longer each time. Signing in from anywhere else is not affected.\n' +
      'If this was not you, tell an admin and change your password from your profile.',
    `staff:${s.id}:sign-in-failures:${ip}:${at.toISOString().slice(0, 13)}`,
  );
}

export function secondFactorResetNotice(s: StaffMember, byName: string): OutgoingMessage {
  return staffMessage(
    s,
    'staff_second_factor_reset',
    'Your second factor was reset',
    `${byName} reset the two-factor sign-in of your Kolet back-office account, and your sessions were ended.\n\n` +
      'At your next sign-in you will set up your authenticator app again. If you did not ask for this, tell another admin at once.',
  );
}

export function passwordChangedNotice(s: StaffMember, byName: string | null): OutgoingMessage {
  return staffMessage(
    s,
    'staff_password_changed',
    'Your password was changed',
    `${byName ? `${byName} set a new password` : 'The password was changed'} for your Kolet back-office account; every other session of yours was ended.\n\n` +
      'If you did not ask for this, tell an admin at once.',
  );
}
