import { admin } from './admin.ts';
import { catalog } from './catalog.ts';
import { complaints } from './complaints.ts';
import { dashboard } from './dashboard.ts';
import { enums } from './enums.ts';
import { finance } from './finance.ts';
import { moderation } from './moderation.ts';
import { search } from './search.ts';
import { support } from './support.ts';
import { conversations } from './conversations.ts';
import { tdb } from './tdb.ts';
import { transparency } from './transparency.ts';

/** Our English labels; the French file must have exactly the same keys (checked by the compiler). */
export const en = {
  app: {
    title: 'Kolet back office',
  },
  staff_directory: {
    unknown: 'Staff member #%{id}',
  },
  pagination: {
    // A bounded total (server/rest/listTotal.ts): more than %{bound} records match.
    more_than: '%{from}–%{to} of more than %{bound}',
  },
  filters: {
    active: 'Active filters',
    clear: 'Clear filters',
    remove: 'Remove the filter %{name}',
    yes: 'yes',
    no: 'no',
    op_gte: '%{name} from %{value}',
    op_lte: '%{name} up to %{value}',
    op_gt: '%{name} above %{value}',
    op_lt: '%{name} before %{value}',
    search: 'Search: %{value}',
  },
  copy: {
    label: 'Copy %{value}',
    done: 'Copied to the clipboard',
  },
  audit_sentence: {
    sentence: '%{actor} %{verb} %{thing}',
    thing: '%{entity} #%{id}',
    self_sentence: '%{actor} %{verb}',
    self: {
      login: 'signed in',
      login_failed: 'failed to sign in',
      logout: 'signed out',
      password_accepted: 'entered the right password (second factor next)',
      reauthentication_failed: 'failed to confirm the password',
      recovery_code_used: 'signed in with a recovery code',
      second_factor_failed: 'entered a wrong second-factor code',
      two_factor_enrolment_failed: 'failed to set up two-factor sign-in',
      password_changed: 'changed the password',
      two_factor_enabled: 'turned on two-factor sign-in',
      two_factor_disabled: 'turned off two-factor sign-in',
      recovery_codes_replaced: 'replaced the recovery codes',
      demo_seed: 'loaded the demo data',
    },
    refused: '%{sentence} — refused',
    with_reason: '%{sentence}: “%{reason}”',
    system: 'The system',
    public: 'A member of the public',
    customer: 'The customer',
    integration: 'The app',
    search: 'Search the log',
    history: 'History',
    verbs: {
      generic: {
        create: 'created',
        update: 'edited',
        delete: 'deleted',
      },
      accounts: {
        block: 'blocked',
        unblock: 'unblocked',
        deactivate: 'deactivated',
      },
      'account-plans': {
        block: 'blocked',
        unblock: 'unblocked',
      },
      transfers: {
        redirect: 'redirected',
        reverse: 'returned to the sender',
      },
      refunds: {
        payout_failed: 'recorded a failed payout of',
        approve: 'approved',
        reject: 'rejected',
        payout: 'recorded the payout of',
        'payout-failed': 'recorded a failed payout of',
      },
      orders: {
        cancel: 'cancelled',
        'request-refund': 'logged a refund request on',
      },
      plans: {
        clone: 'copied',
        'price-change': 'changed the price of',
      },
      countries: {
        'plans-import': 'imported plans into',
      },
      reviews: {
        remove: 'removed',
        restore: 'restored',
        keep: 'kept',
        'dismiss-reports': 'dismissed the reports on',
        expire: 'erased (retention)',
      },
      'dsa-notices': {
        claim: 'claimed',
        release: 'released',
        decide: 'decided',
        escalate: 'escalated',
        receive: 'received',
      },
      'dsa-complaints': {
        resolve: 'resolved',
        receive: 'received',
      },
      'misuse-measures': {
        warn: 'warned about',
        suspend: 'suspended',
        lift: 'lifted',
      },
      'promo-redemptions': {
        void: 'voided',
      },
      referrals: {
        void: 'voided',
      },
      staff: {
        'reset-two-factor': 'reset the two-factor sign-in of',
        unlock: 'unlocked',
        create: 'created',
      },
      'statements-of-reasons': {
        'mark-submitted': 'marked as submitted',
        resubmit: 'resubmitted',
        submit: 'sent to the Transparency Database',
      },
      auth: {
        logout: 'signed out',
        two_factor_enabled: 'turned on two-factor sign-in for',
        two_factor_disabled: 'turned off two-factor sign-in for',
        recovery_codes_replaced: 'replaced the recovery codes of',
        password_changed: 'changed the password of',
      },
    },
    entities: {
      accounts: 'account',
      'account-plans': 'plan',
      transfers: 'transfer',
      refunds: 'refund',
      orders: 'order',
      plans: 'catalog plan',
      'plan-prices': 'price',
      countries: 'country',
      reviews: 'review',
      'review-reports': 'report',
      'dsa-notices': 'DSA notice',
      'dsa-complaints': 'DSA complaint',
      'misuse-measures': 'misuse measure',
      'promo-codes': 'promo code',
      'promo-redemptions': 'promo redemption',
      referrals: 'referral',
      staff: 'staff member',
      settings: 'setting',
      'usage-alerts': 'alert rule',
      blocks: 'block',
      'statements-of-reasons': 'statement of reasons',
      'sor-submission-batches': 'submission batch',
      'trusted-flaggers': 'trusted flagger',
      'law-enforcement-referrals': 'law-enforcement referral',
      messages: 'message',
      esims: 'eSIM',
    },
  },
  menu: {
    read_only: 'Other areas, to look up',
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
    security: 'Security',
    two_factor: {
      title: 'Two-factor sign-in',
      on: 'On',
      off: 'Off',
      required_chip: 'Required for your role',
      required_for_role:
        'Your role signs in with a second factor. Set up an authenticator app now (Google Authenticator, Microsoft Authenticator, 1Password…).',
      scan: 'Scan this code with your authenticator app:',
      qr_alt: 'QR code to add your Kolet account to an authenticator app',
      or_type: 'Or type this key into the app:',
      code: 'Six-digit code',
      confirm: 'Confirm',
      code_prompt: 'Enter the six-digit code your authenticator app shows for Kolet.',
      recovery_prompt: 'Enter one of your recovery codes. Each works once.',
      recovery_code: 'Recovery code',
      verify: 'Verify',
      use_recovery: 'Use a recovery code instead',
      use_app: 'Use the code of my app instead',
      recovery_intro:
        'Your recovery codes. Keep them somewhere safe, apart from your phone: each one signs you in once if you lose it. They are shown only now.',
      codes_saved: 'I have saved these codes',
      current_password: 'Your password',
      set_up: 'Set up',
      codes_left: '%{smart_count} recovery code left |||| %{smart_count} recovery codes left',
      new_codes: 'New recovery codes',
      turn_off: 'Turn off',
      not_required_banner:
        'Two-factor sign-in is not required for admin and finance (setting two_factor_required_roles; the demo data leaves it off). Anyone may still set it up under Security.',
    },
    password: {
      title: 'Password',
      current: 'Current password',
      new: 'New password',
      hint: 'At least 12 characters. Your other sessions will end.',
      change: 'Change password',
      changed: 'Password changed; %{smart_count} other session ended |||| Password changed; %{smart_count} other sessions ended',
    },
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
  // Labels of the API's error codes (docs/PRODUCT.md §3 `{message, code}`); other codes show the API's message.
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
    invalid_code: 'This code is wrong or was already used: type the code your app shows now.',
    challenge_expired: 'This sign-in has expired: start again with your e-mail and password.',
    too_many_attempts: 'Too many failed attempts: wait a few minutes before trying again.',
    invalid_password: 'Your current password is wrong.',
    two_factor_required: 'Your role requires two-factor sign-in: it cannot be turned off.',
    two_factor_already_enabled: 'Two-factor sign-in is already on.',
    last_admin: 'This is the last active admin: make someone else admin first.',
    masked_field: 'Your role sees this field masked: it cannot be used to search or sort.',
    payout_attempts_exhausted: 'This refund has reached its payout attempts: check with the payment provider, then ask an admin.',
    // The terms' refusals (docs/OPERATIONS.md, docs/ACCOUNTS.md), wherever the console meets them.
    refund_pending: 'A refund request is open on this plan: its data cannot be sent until the request is decided.',
    source_unlimited: 'An unlimited plan’s fair-use allowance cannot be sent.',
    source_not_paid: 'Gifted data (a welcome offer, a promotion, a referral reward) cannot be sent: only paid data.',
    source_not_active: 'Only an active plan can send data.',
    source_blocked: 'Data on this plan is blocked by support.',
    insufficient_data: 'Less than 1 GB of paid data is left on this plan to send (gifted data is never sent).',
    transfer_final: 'Transfers are final: support fixes an address error, and only that. The recipient can send the data back.',
    override_admin_only: 'Only an administrator can fix a transfer for a reason other than an address error.',
    backdated_too_far:
      'An agent may date a request back a few working days at most: an administrator confirms an earlier date, with a reason.',
    amount_above_first_approval: 'A second approval grants the amount of the first one, or less: never more.',
    amount_above_proposal: 'More than the terms allow for this request as things stand now.',
    sms_needs_number: 'An SMS needs a number: give one as the destination, or add a phone number to the account.',
    welcome_already_used: 'This customer already had a welcome offer: one per person, whatever the code.',
    promo_app_only: 'Promo codes work in the Application only, not on the web site.',
    promo_needs_phone: 'A promotion needs the customer’s phone number.',
    promo_needs_departure_date: 'A promotion needs the date of departure.',
    invalid_departure_date: 'The departure date is not a valid date within a year of the order.',
    promo_home_market: 'No promotion on a plan of the customer’s own country.',
    country_unavailable: 'Plans of this country are not sold at the moment.',
    plan_not_installable: 'This plan has ended: only a pending plan is installed, or an active one moved to a new eSIM.',
    not_the_author: 'Only the author can edit this review.',
    referral_not_first_order: 'A referral code works on the friend’s first order only.',
    self_referral: 'A customer cannot use their own referral code.',
    already_referred: 'This customer was already referred by someone else.',
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
    ...conversations,
    ...finance,
    ...moderation,
    ...catalog,
    ...admin,
    ...complaints,
  },
  enums,
  tdb,
  dsa_transparency: transparency,
  search,
};

export type KoletMessages = typeof en;
export type EnumName = keyof KoletMessages['enums'];
