// The closed vocabularies of the domain (docs/PRODUCT.md §2). Migrations turn each into a
// CHECK constraint and zod schemas into validators, so the two never drift.

export const ROLES = ['support', 'finance', 'moderator', 'catalog', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PLAN_STATUSES = ['draft', 'active', 'retired'] as const;
/** How a plan's price was set (plan_prices.source): the console words each code. */
export const PRICE_SOURCES = ['created', 'edited', 'bulk', 'imported', 'cloned'] as const;
export type PriceSource = (typeof PRICE_SOURCES)[number];
export const ACCOUNT_STATUSES = ['active', 'deactivated'] as const;
export const ESIM_STATUSES = ['available', 'installed', 'removed'] as const;

export const PAYMENT_METHODS = ['card', 'apple_pay', 'google_pay', 'flying_blue'] as const;
export const CHANNELS = ['app', 'site'] as const;
export const ORDER_STATUSES = ['paid', 'refunded', 'partially_refunded', 'cancelled', 'disputed'] as const;

export const PLAN_ORIGINS = ['paid', 'promo', 'welcome', 'referral_reward', 'transfer'] as const;
export const ACCOUNT_PLAN_STATUSES = ['pending', 'active', 'expired', 'exhausted', 'refunded', 'cancelled'] as const;

// Every way data moves (docs/RULES.md "Orders and account plans": the data ledger).
// `bonus`, `goodwill` and `referral_reward` credit gifted data; `reclassification` moves data between
// the paid and gifted shares without changing the balance; `write_off` ends data for any other reason.
export const LEDGER_KINDS = [
  'purchase',
  'usage',
  'transfer_out',
  'transfer_in',
  'reversal',
  'expiry',
  'refund_write_off',
  'adjustment',
  'referral_reward',
  'bonus',
  'goodwill',
  'reclassification',
  'write_off',
] as const;
export const ACTOR_KINDS = ['staff', 'customer', 'integration', 'system', 'public'] as const;

export const TRANSFER_STATUSES = ['pending', 'delivered', 'redirected', 'reversed'] as const;
// Why support is asked to fix a transfer (seed 000: transfers are final; support fixes an address error, and only that).
export const TRANSFER_FIX_REASONS = [
  'address_typo',
  'similar_address_other_person',
  'address_never_existed',
  'outdated_address',
  'changed_mind',
  'wrong_amount',
  'wrong_plan',
  'other',
] as const;

// `payout_pending`: the provider holds the payout (intent recorded, or sent and not yet final);
// `closed`: the case ended without a payout because the customer disputed the payment (chargeback).
export const REFUND_STATUSES = [
  'requested',
  'awaiting_second_approval',
  'approved',
  'rejected',
  'paid_out',
  'failed',
  'payout_pending',
  'closed',
] as const;
export const REFUND_ELIGIBILITIES = ['full', 'partial', 'not_eligible'] as const;
export const REFUND_REJECT_CODES = ['late_request', 'data_used', 'lost_or_stolen_device', 'promo_order', 'duplicate', 'other'] as const;
export const REFUND_SOURCES = ['email', 'agent'] as const;
// One payout attempt: `requested` (intent recorded with the approval, not yet sent), `pending` (the provider
// took it, not final), then `succeeded` / `failed`; `cancelled`: an intent never sent (the case closed first).
export const PAYOUT_STATUSES = ['succeeded', 'failed', 'requested', 'pending', 'cancelled'] as const;
/** A chargeback as the provider reports it (Stripe's dispute statuses, grouped). */
export const DISPUTE_STATUSES = ['open', 'won', 'lost'] as const;
export const DISPUTE_SOURCES = ['provider', 'manual'] as const;
/** What the reconciliation found (docs/PAYMENTS.md "Reconciliation"): no CHECK, the job writes them. */
export const PAYOUT_DISCREPANCY_KINDS = ['unknown_here', 'unknown_at_provider', 'status_differs', 'amount_differs'] as const;
/** What became of a payment provider's webhook event we stored. */
export const PROVIDER_EVENT_STATUSES = ['queued', 'processed', 'ignored', 'failed'] as const;
/** Invoices and credit notes (avoirs), each with its own gapless number sequence per year. */
export const DOCUMENT_KINDS = ['invoice', 'credit_note'] as const;

export const REFERRAL_STATUSES = ['pending', 'qualifying', 'rewarded', 'void'] as const;
export const PROMO_KINDS = ['welcome', 'partner'] as const;
export const PROMO_STATUSES = ['active', 'disabled'] as const;
export const REDEMPTION_STATUSES = ['active', 'void'] as const;

export const REVIEW_STATUSES = ['published', 'removed', 'expired'] as const;
// GCU §8: the grounds on which a review may be removed.
export const REVIEW_REMOVAL_GROUNDS = [
  'defamatory',
  'abusive',
  'insulting',
  'malicious',
  'incites_violence_or_hatred',
  'racist',
  'unlawful',
  'discriminatory',
  'privacy_or_image_rights',
  'inappropriate',
] as const;
export const REVIEW_REPORT_STATUSES = ['open', 'dismissed', 'upheld'] as const;

export const DSA_NOTICE_STATUSES = ['received', 'in_review', 'decided', 'closed'] as const;
export const DSA_DECISIONS = ['no_action', 'visibility_restriction', 'service_suspension'] as const;
export const DSA_COMPLAINT_STATUSES = ['open', 'upheld', 'rejected'] as const;
export const DSA_DECISION_GROUNDS = ['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT'] as const;
export const DSA_SOURCE_TYPES = [
  'SOURCE_ARTICLE_16',
  'SOURCE_TRUSTED_FLAGGER',
  'SOURCE_TYPE_OTHER_NOTIFICATION',
  'SOURCE_VOLUNTARY',
] as const;
export const DSA_AUTOMATED_DECISIONS = [
  'AUTOMATED_DECISION_FULLY',
  'AUTOMATED_DECISION_PARTIALLY',
  'AUTOMATED_DECISION_NOT_AUTOMATED',
] as const;

export const ALERT_CHANNELS = ['email', 'sms'] as const;
export const MESSAGE_CHANNELS = ['email', 'sms'] as const;
export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'dead', 'suppressed'] as const;
export const ALERT_SET_BY = ['staff', 'customer'] as const;
export const SMS_ENCODINGS = ['gsm7', 'ucs2'] as const;
/** An SMS's delivery as the provider's receipts tell it (docs/RULES.md "SMS"). */
export const DELIVERY_STATUSES = ['queued', 'sent', 'delivered', 'failed', 'undelivered'] as const;
export const SMS_OPT_OUT_SOURCES = ['inbound_sms', 'provider_refusal', 'staff'] as const;

export const STAFF_STATUSES = ['active', 'disabled'] as const;
/** Why a sign-in is waiting after the password: the second factor, or its enrolment (required for the role). */
export const SIGN_IN_CHALLENGE_PURPOSES = ['second_factor', 'enrolment'] as const;
export const AUDIT_OUTCOMES = ['success', 'failure'] as const;
export const IDEMPOTENCY_STATUSES = ['in_progress', 'completed'] as const;

// Why someone reports a review (customers' app and console), with the severity the queue sorts by.
export const REVIEW_REPORT_REASONS = [
  'spam',
  'inappropriate',
  'abusive',
  'insulting',
  'defamatory',
  'privacy',
  'hate',
  'threat',
  'dsa_notice',
] as const;
// Art. 17(5) and recital 55: when no statement of reasons is owed to the author, the reason is recorded.
export const SOR_EXEMPTIONS = ['no_contact', 'spam_high_volume', 'art9_order'] as const;
export const COMPLAINANT_ROLES = ['author', 'notifier'] as const;
// Art. 23: measures against misuse, always a warning before a suspension.
export const MISUSE_SUBJECTS = ['notifier', 'author'] as const;
export const MISUSE_MEASURES = ['warning', 'suspension'] as const;
export const JOB_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;
/** A statement's way to the EU Transparency Database (docs/TRUST-SAFETY.md "Submission"). */
export const SOR_SUBMISSION_STATUSES = ['pending', 'sending', 'accepted', 'refused'] as const;
/** `api`: sent by the job; `manual`: recorded by a moderator after a submission outside the API. */
export const SOR_BATCH_CHANNELS = ['api', 'manual'] as const;
export const SOR_BATCH_STATUSES = ['sending', 'accepted', 'refused', 'failed'] as const;
/** What became of one statement of a batch: `split` = the batch was refused and halved; `requeued` = sent again without it being at fault. */
export const SOR_ITEM_OUTCOMES = ['accepted', 'duplicate', 'refused', 'split', 'requeued', 'failed'] as const;

// Customer-data operations (docs/ACCOUNTS.md "Customer data"): deletion requests from the app (GCU §5.3),
// access requests (GDPR Art. 15, 20), goodwill data credits.
export const DELETION_REQUEST_STATUSES = ['open', 'completed'] as const;
export const DELETION_REQUEST_SOURCES = ['app', 'agent'] as const;
export const ACCESS_REQUEST_STATUSES = ['open', 'fulfilled'] as const;
export const GOODWILL_REASONS = ['transfer_fix', 'service_interruption', 'network_issue', 'late_answer', 'other'] as const;
export const GOODWILL_STATUSES = ['awaiting_second_approval', 'credited', 'rejected'] as const;
// The support inbox (docs/CONVERSATIONS.md): customers' messages from the app or the Site (GCU §6.2),
// travel professionals' enquiries from the partner form (GCU §6.4), and the team's answers.
export const CONVERSATION_STATUSES = ['new', 'waiting_us', 'waiting_customer', 'resolved'] as const;
export const CONVERSATION_KINDS = ['customer', 'partner'] as const;
export const CONVERSATION_CHANNELS = ['app', 'site'] as const;
export const CONVERSATION_AUTHORS = ['customer', 'partner', 'staff'] as const;
export const CONVERSATION_LANGUAGES = ['fr', 'en'] as const;
/** What becomes of an open refund when its account is deactivated: it goes on to its decision, or it is closed with a reason. */
export const DEACTIVATION_REFUND_OUTCOMES = ['continue', 'close'] as const;

// Customer complaints (GCU §14, GCS §14, §18: written complaints, then the consumer mediator) — not the DSA's
// complaints against a moderation decision (dsa_complaints). Notices to customers (GCU §10.1, GCS §10.2).
export const CUSTOMER_COMPLAINT_STATUSES = ['acknowledged', 'in_progress', 'answered', 'referred_to_mediator', 'closed'] as const;
/** How the written complaint reached us (GCU §14: e-mail, chat, post; a call logged by an agent; the app). */
export const CUSTOMER_COMPLAINT_CHANNELS = ['email', 'chat', 'letter', 'phone', 'app'] as const;
export const CUSTOMER_COMPLAINT_OUTCOMES = ['upheld', 'partially_upheld', 'rejected'] as const;
export const CUSTOMER_NOTICE_KINDS = ['interruption', 'terms_change', 'other'] as const;
/** Who a notice goes to: every active customer, those with an active plan in one country, those with an open refund. */
export const CUSTOMER_NOTICE_AUDIENCES = ['all_active', 'active_plan_country', 'open_refund'] as const;
export const CUSTOMER_NOTICE_STATUSES = ['draft', 'sending', 'sent'] as const;
/** One recipient frozen at send time: waiting for its batch, its message queued, or skipped (deactivated before its batch). */
export const NOTICE_RECIPIENT_STATUSES = ['pending', 'queued', 'skipped'] as const;
