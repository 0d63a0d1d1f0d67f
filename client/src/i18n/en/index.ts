import { admin } from './admin.ts';
import { catalog } from './catalog.ts';
import { dashboard } from './dashboard.ts';
import { enums } from './enums.ts';
import { finance } from './finance.ts';
import { moderation } from './moderation.ts';
import { support } from './support.ts';
import { tdb } from './tdb.ts';
import { transparency } from './transparency.ts';

/** Our English labels; the French file must have exactly the same keys (checked by the compiler). */
export const en = {
  app: {
    title: 'Kolet back office',
  },
  menu: {
    support: 'Support',
    finance: 'Finance',
    moderation: 'Moderation',
    catalog: 'Catalog',
    admin: 'Administration',
    transparency_report: 'Transparency report',
  },
  dashboard: {
    greeting: 'Hello %{name}',
    no_roles: 'You hold no role yet: ask an administrator.',
    ...dashboard,
  },
  access_denied: {
    title: 'Access denied',
    message: 'Your roles do not allow this page or this action. If you need it for your work, ask an administrator.',
    back: 'Back to the dashboard',
  },
  auth: {
    too_many_attempts: 'Too many failed attempts: wait a few minutes before trying again.',
    demo_hint: 'Development build. Demo staff, one per role, password "%{password}":',
  },
  units: {
    unlimited: 'Unlimited',
    mb: '%{value} MB',
    gb: '%{value} GB',
  },
  actions: {
    retry: 'Retry',
  },
  notifications: {
    message_retried: 'The message is queued again',
  },
  // Labels of the API's error codes (SPEC §3 `{message, code}`); other codes show the API's message.
  errors: {
    stale_record: 'Someone changed this record in the meantime: reload it and make your change again.',
    duplicate: 'A record with the same unique value already exists.',
    referenced: 'Other records depend on this one, or it refers to a record that does not exist.',
    invalid_input: 'Some fields are invalid: see the messages next to them.',
    read_only_field: 'Some fields cannot be changed.',
    email_taken: 'This e-mail address is already used.',
    message_not_dead: 'Only a message that failed for good can be retried.',
    country_has_plans: 'This country has plans: make it unavailable instead of deleting it.',
    plan_sold: 'This plan has been sold: retire it instead of deleting it.',
    idempotency_key_in_progress: 'The same action is still being processed: wait a moment.',
  },
  validation: {
    euros: 'Enter an amount in euros, e.g. 12.50',
    iso_country: 'Two capital letters, e.g. FR',
  },
  // react-admin's own keys we relabel: the login's `username` is the staff e-mail.
  ra: {
    auth: { username: 'E-mail' },
  },
  resources: {
    ...support,
    ...finance,
    ...moderation,
    ...catalog,
    ...admin,
  },
  enums,
  tdb,
  dsa_transparency: transparency,
};

export type KoletMessages = typeof en;
export type EnumName = keyof KoletMessages['enums'];
