import type { Knex } from 'knex';
import { parseJson } from './db/values.ts';

/** Operational settings, editable by admins in the console; these are the defaults. */
export const SETTING_DEFAULTS = {
  session_idle_minutes: { value: 30, description: 'A staff session ends after this many idle minutes' },
  login_max_failures: {
    value: 5,
    description: 'Failed sign-ins of one login from one address before it waits between attempts (1, 2, 4… minutes)',
  },
  login_lockout_minutes: {
    value: 15,
    description:
      'The longest wait between sign-in attempts of one login from one address; also how long an address that failed too often waits',
  },
  login_max_failures_per_address: {
    value: 30,
    description: 'Failed sign-ins from one address, whatever the logins, before that address waits (counted over login_lockout_minutes)',
  },
  two_factor_required_roles: {
    value: ['admin', 'finance'] as string[],
    description: 'Roles that must sign in with a second factor (an authenticator app): a JSON list of roles, [] for none',
  },
  job_runs_retention_days: { value: 30, description: 'Scheduled job runs are kept this many days (every run is recorded)' },
  payout_max_attempts: {
    value: 3,
    description:
      'Payout attempts on one refund before it can no longer be paid out from the console (an admin raises this after checking with the payment provider)',
  },
  outbox_max_attempts: { value: 5, description: 'Delivery attempts before a message is marked dead' },
  four_eyes_threshold_cents: { value: 10000, description: 'Refunds above this amount need a second finance approver (cents)' },
  dsa_decision_target_hours: { value: 72, description: 'Our target for deciding a DSA notice (hours): the clock of each new notice' },
  refund_backdate_working_days: {
    value: 5,
    description:
      'How many working days back an agent may date a refund request received by e-mail or phone; earlier needs an admin and a reason',
  },
  referral_friend_bonus_mb: {
    value: 1024,
    description: "The referred friend's benefit on their first order in the app: bonus data (MB, gifted, never sendable); 0 for none",
  },
  referral_friend_discount_percent: {
    value: 0,
    description: "The referred friend's benefit on their first order in the app: a discount (percent); 0 for none",
  },
  deletion_request_days: {
    value: 7,
    description: "A customer's request to close their account (GCU §5.3: as soon as possible) is due this many days after it arrives",
  },
  goodwill_max_mb_per_credit: { value: 5120, description: 'The most data one goodwill credit may give (MB, gifted, never sendable)' },
  goodwill_max_mb_per_agent_per_day: {
    value: 10240,
    description: 'The most goodwill data one agent may credit in a Paris day (MB), credits awaiting a second approval included',
  },
  goodwill_four_eyes_mb: {
    value: 2048,
    description: 'Goodwill credits above this amount (MB) need a second support agent to confirm them',
  },
  conversation_first_response_hours: {
    value: 8,
    description:
      "Our target for the first answer to a customer's or a partner's message: working hours (9:00–18:00 Paris time, Monday to Friday, not public holidays)",
  },
  complaint_answer_days: {
    value: 30,
    description: "A customer's written complaint (GCU §14, GCS §14) is answered within this many days of its receipt",
  },
  consumer_mediator: {
    value: '',
    description:
      "The consumer mediator's name, postal address and website, as sent to a customer not satisfied with our answer (GCS §18, Consumer Code L.616-1); the terms do not name the mediator: legal sets it",
  },
  notice_terms_min_days: {
    value: 30,
    description:
      'A change of the terms is announced at least this many days before it takes effect (GCS §10.2: the customer may terminate within 30 days)',
  },
  notice_batch_size: {
    value: 200,
    description: "How many of a notice's messages enter the outbox per run of the notices job (each minute), behind the other messages",
  },
  dsa_public_submissions_per_15_minutes: {
    value: 10,
    description: 'DSA notices (and, counted apart, complaints) one IP address may send through the public forms and API in 15 minutes',
  },
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;

/** Inserts the settings that do not exist yet; never overwrites an admin's value. */
export async function ensureDefaultSettings(db: Knex, now = new Date()): Promise<void> {
  const existing = new Set((await db('settings').select('id')).map((r: { id: string }) => r.id));
  const missing = Object.entries(SETTING_DEFAULTS)
    .filter(([key]) => !existing.has(key))
    .map(([key, d]) => ({
      id: key,
      value: JSON.stringify(d.value),
      description: d.description,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      version: 1,
    }));
  if (missing.length) await db('settings').insert(missing).onConflict('id').ignore();
}

/** An admin's new value, checked against the kind of the setting's default: a list of roles, or a positive whole number. */
export function settingValueProblem(key: string, value: unknown, roles: readonly string[]): string | null {
  const d = (SETTING_DEFAULTS as Record<string, { value: unknown }>)[key];
  if (!d) return null;
  if (Array.isArray(d.value)) {
    return Array.isArray(value) && value.every((v) => roles.includes(v)) && new Set(value).size === value.length
      ? null
      : `must be a list of roles among ${roles.join(', ')}`;
  }
  if (typeof d.value === 'string')
    return typeof value === 'string' && value.length <= 2000 ? null : 'must be a text of 2,000 characters at most';
  return Number.isSafeInteger(value) && (value as number) > 0 ? null : 'must be a positive whole number';
}

export async function getSetting<K extends SettingKey>(db: Knex, key: K): Promise<(typeof SETTING_DEFAULTS)[K]['value']> {
  const row = await db('settings').where({ id: key }).first('value');
  const value = row ? parseJson(row.value) : undefined;
  return (value ?? SETTING_DEFAULTS[key].value) as (typeof SETTING_DEFAULTS)[K]['value'];
}
