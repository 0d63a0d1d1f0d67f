// The columns the scale seed writes, per table, in foreign-key order: a round of the
// BulkWriter writes parents before children. Every column not named takes its default.
export const SCALE_TABLES = {
  accounts: ['id', 'email', 'status', 'name', 'phone', 'locale', 'referral_code', 'signup_device_id', 'deactivated_at', 'deactivation_reason', 'data_blocked', 'created_at', 'updated_at'],
  esims: ['id', 'account_id', 'iccid', 'device', 'device_id', 'status', 'installed_at', 'created_at', 'updated_at'],
  orders: ['id', 'account_id', 'plan_id', 'amount_cents', 'vat_cents', 'list_price_cents', 'payment_method', 'payment_reference', 'payment_fingerprint', 'channel', 'status', 'refunded_cents', 'ordered_at', 'retain_until', 'created_at', 'updated_at'],
  account_plans: ['id', 'account_id', 'order_id', 'plan_id', 'country_code', 'region_name', 'name', 'origin', 'data_total_mb', 'data_used_mb', 'data_remaining_mb', 'unlimited', 'status', 'esim_id', 'validity_days', 'ordered_at', 'activate_by', 'installed_at', 'activated_at', 'expires_at', 'created_at', 'updated_at', 'data_gifted_mb'],
  transfers: ['id', 'sender_account_id', 'source_account_plan_id', 'recipient_email', 'recipient_account_id', 'recipient_account_plan_id', 'amount_gb', 'amount_mb', 'status', 'delivered_at', 'created_at', 'updated_at'],
  usage_records: ['id', 'account_plan_id', 'mb', 'country_code', 'occurred_at', 'created_at', 'charged_mb'],
  data_ledger: ['id', 'account_plan_id', 'kind', 'delta_mb', 'balance_after_mb', 'order_id', 'transfer_id', 'actor_kind', 'note', 'created_at', 'gifted_delta_mb', 'gifted_after_mb'],
  refunds: ['id', 'order_id', 'account_id', 'status', 'source', 'customer_reason', 'requested_at', 'eligibility', 'eligibility_reasons', 'proposed_amount_cents', 'decision_due_at', 'amount_cents', 'reject_reason_code', 'decided_at', 'payout_due_at', 'payout_method', 'paid_out_at', 'created_at', 'updated_at'],
  reviews: ['id', 'account_id', 'order_id', 'rating', 'comment', 'status', 'collected_at', 'published_at', 'delete_after', 'report_count', 'severity', 'last_reported_at', 'removal_ground', 'removal_note', 'removed_at', 'created_at', 'updated_at'],
  review_reports: ['id', 'review_id', 'reporter_account_id', 'reason', 'severity', 'status', 'created_at', 'updated_at'],
  dsa_notices: ['id', 'reference', 'status', 'received_at', 'acknowledged_at', 'decision_due_at', 'category', 'explanation', 'locations', 'review_id', 'author_account_id', 'notifier_name', 'notifier_email', 'good_faith', 'threat_to_life', 'language', 'decision', 'decided_at', 'priority', 'complete', 'created_at', 'updated_at'],
} as const satisfies Record<string, readonly string[]>;

export type ScaleTable = keyof typeof SCALE_TABLES;

/** docs/PRODUCT.md §4: the scale data set for 1,000,000 accounts; `--accounts N` scales every figure with N. */
export const SPEC_SIZES = {
  accounts: 1_000_000,
  account_plans: 2_000_000,
  orders: 1_500_000,
  transfers: 200_000,
  refunds: 100_000,
  reviews: 300_000,
  dsa_notices: 20_000,
  usage_records: 10_000_000,
} as const;
