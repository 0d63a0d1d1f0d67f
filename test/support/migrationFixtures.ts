// Representative rows a database holds after each migration, written with the columns and
// values of that time (never the live enums): the migration test loads them into a database
// stopped at an earlier migration, migrates it to the latest, and checks that nothing was lost.
import type { Knex } from 'knex';
import { isPostgres } from '../../server/db/connection.ts';

const T = '2025-03-01T10:00:00.000Z';
const stamp = { created_at: T, updated_at: T, version: 1 };
/** Row by row, so each row leaves its unset columns to their defaults. */
const put = async (db: Knex, table: string, rows: Record<string, unknown> | Record<string, unknown>[]) => {
  for (const row of [rows].flat()) await db(table).insert(row);
  // Explicit ids do not move a PostgreSQL sequence: move it, as real inserts would have.
  if (isPostgres(db) && [rows].flat().some((r) => typeof r.id === 'number'))
    await db.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT max(id) FROM ??))`, [table, table]);
};

export const MIGRATION_FIXTURES: Record<string, (db: Knex) => Promise<void>> = {
  '001_platform': async (db) => {
    await put(db, 'staff', [
      { id: 1, email: 'admin@fixture.test', name: 'Admin', password_hash: 'x', roles: '["admin"]', status: 'active', ...stamp },
      { id: 2, email: 'former@fixture.test', name: 'Former', password_hash: 'x', roles: '["finance"]', status: 'disabled', ...stamp },
    ]);
    await put(db, 'sessions', { id: 'a'.repeat(64), staff_id: 1, created_at: T, last_seen_at: T });
    await put(db, 'login_throttle', { key: 'someone@fixture.test', failures: 2, window_started_at: T });
    await put(db, 'service_tokens', { id: 1, name: 'app', token_hash: 'b'.repeat(64), created_at: T });
    await put(db, 'settings', { id: 'session_idle_minutes', value: '30', description: 'idle', ...stamp });
    await put(db, 'idempotency_keys', [
      {
        scope: 'staff:1',
        key: 'key-00000001',
        request_hash: 'c'.repeat(64),
        status: 'completed',
        response_status: 200,
        response_body: '{}',
        created_at: T,
        completed_at: T,
      },
      { scope: 'staff:1', key: 'key-00000002', request_hash: 'c'.repeat(64), status: 'in_progress', created_at: T },
    ]);
    await put(db, 'audit_log', {
      id: 1,
      at: T,
      actor_kind: 'staff',
      actor_id: 1,
      action: 'auth.login',
      entity: 'staff',
      entity_id: '1',
      outcome: 'success',
      prev_hash: '0'.repeat(64),
      hash: 'd'.repeat(64),
    });
  },
  '002_catalog': async (db) => {
    await put(db, 'countries', [
      { code: 'FR', name: 'France', region: 'Europe', available: true, operators: '["Orange"]', ...stamp },
      { code: 'JP', name: 'Japan', region: 'Asia', available: false, operators: '[]', ...stamp },
    ]);
    await put(db, 'plans', [
      {
        id: 1,
        country_code: 'FR',
        name: 'France 10 GB',
        data_mb: 10240,
        validity_days: 30,
        price_cents: 1999,
        vat_rate_bp: 2000,
        status: 'active',
        promotional: false,
        ...stamp,
      },
      {
        id: 2,
        region_name: 'Europe',
        name: 'Europe unlimited',
        data_mb: null,
        fair_use_mb: 51200,
        validity_days: 15,
        price_cents: 4999,
        vat_rate_bp: 2000,
        status: 'retired',
        promotional: false,
        ...stamp,
      },
      {
        id: 3,
        country_code: 'JP',
        name: 'Japan 1 GB',
        data_mb: 1024,
        validity_days: 7,
        price_cents: 499,
        vat_rate_bp: 2000,
        status: 'draft',
        promotional: true,
        ...stamp,
      },
    ]);
    await put(db, 'plan_prices', {
      id: 1,
      plan_id: 1,
      price_cents: 1999,
      vat_rate_bp: 2000,
      effective_from: T,
      changed_by_staff_id: 1,
      created_at: T,
    });
    await put(db, 'promo_codes', [
      { id: 1, code: 'WELCOME', kind: 'welcome', bonus_mb: 1024, valid_from: T, activation_window_days: 90, status: 'active', ...stamp },
      {
        id: 2,
        code: 'PARTNER10',
        kind: 'partner',
        partner: 'Air',
        discount_percent: 10,
        valid_from: T,
        activation_window_days: 90,
        status: 'disabled',
        ...stamp,
      },
      {
        id: 3,
        code: 'BONUS1G',
        kind: 'partner',
        partner: 'Air',
        bonus_mb: 1024,
        valid_from: T,
        activation_window_days: 90,
        status: 'active',
        ...stamp,
      },
    ]);
  },
  '003_customers': async (db) => {
    await put(db, 'accounts', [
      {
        id: 1,
        email: 'ana@fixture.test',
        status: 'active',
        name: 'Ana',
        phone: '+33612345678',
        locale: 'fr',
        referral_code: 'ANA123',
        data_blocked: false,
        ...stamp,
      },
      {
        id: 2,
        email: 'deleted-2@anonymised.invalid',
        status: 'deactivated',
        locale: 'en',
        referral_code: 'GONE22',
        data_blocked: false,
        deactivated_at: T,
        ...stamp,
      },
    ]);
    await put(db, 'esims', [
      { id: 1, account_id: 1, iccid: '8933000000000000001', status: 'installed', installed_at: T, ...stamp },
      { id: 2, account_id: 1, iccid: '8933000000000000002', status: 'removed', ...stamp },
    ]);
    await put(db, 'orders', [
      {
        id: 1,
        account_id: 1,
        plan_id: 1,
        amount_cents: 1999,
        vat_cents: 333,
        list_price_cents: 1999,
        payment_method: 'card',
        payment_reference: 'pi_fixture_1',
        channel: 'app',
        promo_code_id: 3,
        status: 'paid',
        refunded_cents: 0,
        ordered_at: T,
        ...stamp,
      },
      {
        id: 2,
        account_id: 1,
        plan_id: 1,
        amount_cents: 1799,
        vat_cents: 300,
        list_price_cents: 1999,
        payment_method: 'apple_pay',
        payment_reference: 'pi_fixture_2',
        channel: 'site',
        promo_code_id: 2,
        status: 'partially_refunded',
        refunded_cents: 500,
        ordered_at: T,
        ...stamp,
      },
      {
        id: 3,
        account_id: 1,
        plan_id: 3,
        amount_cents: 0,
        vat_cents: 0,
        list_price_cents: 499,
        payment_method: 'google_pay',
        payment_reference: 'pi_fixture_3',
        channel: 'app',
        promo_code_id: 1,
        status: 'cancelled',
        refunded_cents: 0,
        ordered_at: T,
        ...stamp,
      },
    ]);
    await put(db, 'account_plans', [
      {
        id: 1,
        account_id: 1,
        order_id: 1,
        plan_id: 1,
        country_code: 'FR',
        name: 'France 10 GB',
        origin: 'paid',
        unlimited: false,
        data_total_mb: 11264,
        data_used_mb: 100,
        data_remaining_mb: 7068,
        status: 'active',
        esim_id: 1,
        validity_days: 30,
        ordered_at: T,
        installed_at: T,
        activated_at: T,
        expires_at: '2025-03-31T10:00:00.000Z',
        data_blocked: false,
        ...stamp,
      },
      {
        id: 2,
        account_id: 1,
        order_id: 2,
        plan_id: 1,
        country_code: 'FR',
        name: 'France 10 GB',
        origin: 'paid',
        unlimited: false,
        data_total_mb: 10240,
        data_used_mb: 0,
        data_remaining_mb: 0,
        status: 'refunded',
        validity_days: 30,
        ordered_at: T,
        data_blocked: false,
        ...stamp,
      },
      {
        id: 3,
        account_id: 1,
        order_id: 3,
        plan_id: 3,
        country_code: 'JP',
        name: 'Japan 1 GB',
        origin: 'welcome',
        unlimited: false,
        data_total_mb: 1024,
        data_used_mb: 0,
        data_remaining_mb: 0,
        status: 'cancelled',
        validity_days: 7,
        ordered_at: T,
        data_blocked: false,
        ...stamp,
      },
      {
        id: 4,
        account_id: 2,
        name: 'France 10 GB',
        country_code: 'FR',
        origin: 'transfer',
        unlimited: false,
        data_total_mb: 2048,
        data_used_mb: 0,
        data_remaining_mb: 2048,
        status: 'active',
        validity_days: 30,
        ordered_at: T,
        activated_at: T,
        expires_at: '2025-03-31T10:00:00.000Z',
        data_blocked: false,
        ...stamp,
      },
      {
        id: 5,
        account_id: 1,
        order_id: null,
        plan_id: 2,
        region_name: 'Europe',
        name: 'Europe unlimited',
        origin: 'promo',
        unlimited: true,
        data_total_mb: 51200,
        data_used_mb: 0,
        data_remaining_mb: 51200,
        status: 'pending',
        validity_days: 15,
        ordered_at: T,
        data_blocked: true,
        ...stamp,
      },
    ]);
    await put(db, 'usage_records', { id: 1, account_plan_id: 1, mb: 100, country_code: 'FR', occurred_at: T, created_at: T });
    await put(db, 'usage_alerts', [
      { id: 1, account_plan_id: 1, threshold_percent: 90, channel: 'email', enabled: true, ...stamp },
      { id: 2, account_plan_id: 1, threshold_percent: 100, channel: 'sms', destination: '+33699999999', enabled: true, ...stamp },
    ]);
    await put(db, 'blocks', { id: 1, account_id: 1, account_plan_id: 5, reason: 'fraud check', created_by_staff_id: 1, ...stamp });
    await put(db, 'messages', [
      {
        id: 1,
        account_id: 1,
        channel: 'email',
        to_address: 'ana@fixture.test',
        template: 'refund_received',
        subject: 'S',
        body: 'B',
        locale: 'fr',
        status: 'sent',
        attempts: 1,
        next_attempt_at: T,
        sent_at: T,
        dedupe_key: 'd1',
        ...stamp,
      },
      {
        id: 2,
        account_id: 1,
        channel: 'sms',
        to_address: '+33612345678',
        template: 'usage_alert',
        subject: 'S',
        body: 'B',
        locale: 'fr',
        status: 'dead',
        attempts: 5,
        next_attempt_at: T,
        ...stamp,
      },
      {
        id: 3,
        channel: 'email',
        to_address: 'x@fixture.test',
        template: 't',
        subject: 'S',
        body: 'B',
        status: 'queued',
        attempts: 0,
        next_attempt_at: T,
        ...stamp,
      },
    ]);
  },
  '004_transfers_refunds': async (db) => {
    await put(db, 'transfers', [
      {
        id: 1,
        sender_account_id: 1,
        source_account_plan_id: 1,
        recipient_email: 'bob@gmial.com',
        amount_gb: 2,
        amount_mb: 2048,
        status: 'pending',
        ...stamp,
      },
      {
        id: 2,
        sender_account_id: 1,
        source_account_plan_id: 1,
        recipient_email: 'deleted-2@anonymised.invalid',
        recipient_account_id: 2,
        recipient_account_plan_id: 4,
        amount_gb: 2,
        amount_mb: 2048,
        status: 'delivered',
        delivered_at: T,
        ...stamp,
      },
    ]);
    await put(db, 'refunds', [
      {
        id: 1,
        order_id: 2,
        account_id: 1,
        status: 'paid_out',
        source: 'email',
        customer_reason: 'Trip cancelled',
        requested_at: T,
        eligibility: 'full',
        eligibility_reasons: '["not_installed"]',
        proposed_amount_cents: 1799,
        decision_due_at: T,
        amount_cents: 500,
        decided_at: T,
        decided_by_staff_id: 1,
        payout_method: 'apple_pay',
        payout_reference: 're_1',
        paid_out_at: T,
        ...stamp,
      },
      {
        id: 2,
        order_id: 1,
        account_id: 1,
        status: 'rejected',
        source: 'agent',
        customer_reason: 'Changed my mind',
        logged_by_staff_id: 1,
        requested_at: T,
        eligibility: 'not_eligible',
        eligibility_reasons: '["data_used"]',
        proposed_amount_cents: 0,
        decision_due_at: T,
        reject_reason_code: 'data_used',
        decided_at: T,
        ...stamp,
      },
      {
        id: 3,
        order_id: 1,
        account_id: 1,
        status: 'requested',
        source: 'email',
        customer_reason: 'Again',
        requested_at: T,
        eligibility: 'partial',
        eligibility_reasons: '["under_one_percent_used"]',
        proposed_amount_cents: 1979,
        decision_due_at: T,
        ...stamp,
      },
    ]);
    await put(db, 'refund_approvals', { id: 1, refund_id: 1, staff_id: 1, amount_cents: 500, outside_policy: false, created_at: T });
    await put(db, 'refund_payouts', [
      {
        id: 1,
        refund_id: 1,
        amount_cents: 500,
        method: 'apple_pay',
        provider: 'manual',
        provider_reference: null,
        status: 'failed',
        failure_reason: 'card expired',
        created_at: T,
      },
      {
        id: 2,
        refund_id: 1,
        amount_cents: 500,
        method: 'apple_pay',
        provider: 'manual',
        provider_reference: 're_1',
        status: 'succeeded',
        created_at: T,
      },
    ]);
  },
  '005_referrals': async (db) => {
    await put(db, 'referrals', {
      id: 1,
      sponsor_account_id: 2,
      referred_account_id: 1,
      status: 'qualifying',
      qualifying_account_plan_id: 1,
      reward_mb: 1024,
      abuse_flags: '["same_device"]',
      ...stamp,
    });
    await put(db, 'promo_redemptions', {
      id: 1,
      promo_code_id: 1,
      account_id: 1,
      order_id: 3,
      account_plan_id: 3,
      email_normalized: 'ana@fixture.test',
      status: 'void',
      redeemed_at: T,
      voided_at: T,
      abuse_flags: '[]',
      ...stamp,
    });
  },
  '006_trust_safety': async (db) => {
    await put(db, 'reviews', [
      {
        id: 1,
        account_id: 1,
        rating: 1,
        comment: 'Arnaque',
        status: 'removed',
        collected_at: T,
        published_at: T,
        delete_after: '2028-03-01T10:00:00.000Z',
        report_count: 1,
        severity: 3,
        removal_ground: 'defamatory',
        removed_at: T,
        removed_by_staff_id: 1,
        ...stamp,
      },
      {
        id: 2,
        account_id: 1,
        order_id: 1,
        rating: 5,
        status: 'published',
        collected_at: T,
        published_at: T,
        delete_after: '2028-03-01T10:00:00.000Z',
        ...stamp,
      },
    ]);
    await put(db, 'review_reports', {
      id: 1,
      review_id: 1,
      reporter_email: 'r@fixture.test',
      reason: 'defamatory',
      severity: 3,
      status: 'upheld',
      resolved_at: T,
      ...stamp,
    });
    await put(db, 'trusted_flaggers', { id: 1, name: 'Flagger', email: 'tf@fixture.test', designated_by: 'Arcom', active: true, ...stamp });
    await put(db, 'dsa_notices', {
      id: 1,
      reference: 'DSA-2025-000001',
      status: 'decided',
      received_at: T,
      decision_due_at: T,
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      explanation: 'why',
      locations: '[1]',
      review_id: 1,
      author_account_id: 1,
      good_faith: true,
      language: 'fr',
      decision: 'visibility_restriction',
      decided_at: T,
      ...stamp,
    });
    await put(db, 'statements_of_reasons', {
      id: 1,
      puid: 'kolet-sor-000001',
      notice_id: 1,
      review_id: 1,
      account_id: 1,
      decision_visibility: '["DECISION_VISIBILITY_CONTENT_REMOVED"]',
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      content_type: '["CONTENT_TYPE_TEXT"]',
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      territorial_scope: '["FR"]',
      content_date: '2025-03-01',
      application_date: '2025-03-01',
      decision_facts: 'facts',
      source_type: 'SOURCE_ARTICLE_16',
      automated_detection: false,
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
      created_at: T,
    });
    await put(db, 'dsa_complaints', {
      id: 1,
      reference: 'CPL-2025-000001',
      statement_id: 1,
      notice_id: 1,
      complainant_email: 'ana@fixture.test',
      text: 'unfair',
      status: 'open',
      received_at: T,
      ...stamp,
    });
    await put(db, 'law_enforcement_referrals', {
      id: 1,
      notice_id: 1,
      authority: 'Pharos',
      note: 'threat',
      payload: '{}',
      referred_by_staff_id: 1,
      referred_at: T,
    });
  },
  '007_data_ledger': async (db) => {
    await put(db, 'data_ledger', [
      // The purchase of a paid plan used to carry its promo code's bonus in the same entry.
      {
        id: 1,
        account_plan_id: 1,
        kind: 'purchase',
        delta_mb: 11264,
        balance_after_mb: 11264,
        order_id: 1,
        actor_kind: 'integration',
        created_at: T,
      },
      {
        id: 3,
        account_plan_id: 1,
        kind: 'usage',
        delta_mb: -100,
        balance_after_mb: 11164,
        usage_record_id: 1,
        actor_kind: 'integration',
        created_at: T,
      },
      {
        id: 4,
        account_plan_id: 1,
        kind: 'transfer_out',
        delta_mb: -2048,
        balance_after_mb: 9116,
        transfer_id: 1,
        actor_kind: 'customer',
        created_at: T,
      },
      {
        id: 5,
        account_plan_id: 1,
        kind: 'transfer_out',
        delta_mb: -2048,
        balance_after_mb: 7068,
        transfer_id: 2,
        actor_kind: 'customer',
        created_at: T,
      },
      {
        id: 6,
        account_plan_id: 4,
        kind: 'transfer_in',
        delta_mb: 2048,
        balance_after_mb: 2048,
        transfer_id: 2,
        actor_kind: 'customer',
        created_at: T,
      },
      {
        id: 7,
        account_plan_id: 2,
        kind: 'purchase',
        delta_mb: 10240,
        balance_after_mb: 10240,
        order_id: 2,
        actor_kind: 'integration',
        created_at: T,
      },
      {
        id: 8,
        account_plan_id: 2,
        kind: 'refund_write_off',
        delta_mb: -10240,
        balance_after_mb: 0,
        refund_id: 1,
        actor_kind: 'staff',
        actor_id: 1,
        created_at: T,
      },
      {
        id: 9,
        account_plan_id: 3,
        kind: 'purchase',
        delta_mb: 1024,
        balance_after_mb: 1024,
        order_id: 3,
        actor_kind: 'system',
        created_at: T,
      },
      { id: 10, account_plan_id: 3, kind: 'expiry', delta_mb: -1024, balance_after_mb: 0, actor_kind: 'system', created_at: T },
      { id: 11, account_plan_id: 5, kind: 'purchase', delta_mb: 51200, balance_after_mb: 51200, actor_kind: 'system', created_at: T },
    ]);
  },
  '008_trust_safety_workflow': async (db) => {
    await put(db, 'misuse_measures', {
      id: 1,
      subject: 'author',
      account_id: 1,
      measure: 'suspension',
      reason: 'repeated',
      factors: '{}',
      starts_at: T,
      ends_at: '2025-09-01T10:00:00.000Z',
      created_by_staff_id: 1,
      ...stamp,
    });
    await put(db, 'job_runs', { id: 1, job: 'plan-expiry', status: 'succeeded', started_at: T, finished_at: T, summary: '{}' });
  },
  '012_terms_in_sequence': async (db) => {
    await put(db, 'data_ledger', [
      {
        id: 100,
        account_plan_id: 1,
        kind: 'bonus',
        delta_mb: 512,
        gifted_delta_mb: 512,
        balance_after_mb: 7580,
        gifted_after_mb: 1436,
        actor_kind: 'system',
        created_at: T,
      },
      {
        id: 101,
        account_plan_id: 1,
        kind: 'usage',
        delta_mb: -600,
        gifted_delta_mb: -600,
        balance_after_mb: 6980,
        gifted_after_mb: 836,
        actor_kind: 'integration',
        created_at: T,
      },
    ]);
    await db('account_plans')
      .where({ id: 1 })
      .update({ data_remaining_mb: 6980, data_gifted_mb: 836, data_total_mb: 11776, data_used_mb: 700 });
    await put(db, 'usage_records', {
      id: 2,
      account_plan_id: 1,
      mb: 650,
      charged_mb: 600,
      country_code: 'FR',
      occurred_at: T,
      created_at: T,
    });
    await db('refunds').where({ id: 3 }).update({ request_facts: '{"facts":{"installed":true},"verdict":{"eligibility":"partial"}}' });
    await db('transfers').where({ id: 1 }).update({ fix_reason_code: 'address_typo', intended_email: 'bob@gmail.com' });
    await put(db, 'esim_moves', { id: 1, account_plan_id: 1, from_esim_id: 2, to_esim_id: 1, moved_at: T, created_at: T });
    await db('reviews').where({ id: 2 }).update({ published_late: true });
    await db('orders').where({ id: 1 }).update({ departure_date: '2025-03-02' });
  },
  '010_job_leases': async (db) => {
    await put(db, 'job_leases', { job: 'plan-expiry', holder: 'host:1', leased_until: T, last_started_at: T, last_status: 'succeeded' });
  },
  '020_sor_submissions': async (db) => {
    await put(db, 'sor_submission_batches', [
      {
        id: 1,
        channel: 'api',
        status: 'refused',
        statement_count: 1,
        started_at: T,
        finished_at: T,
        http_status: 422,
        error: 'invalid',
        errors: '{"statement_0":{"puid":["The puid format is invalid."]}}',
      },
      {
        id: 2,
        channel: 'manual',
        status: 'accepted',
        statement_count: 1,
        started_at: T,
        finished_at: T,
        created_by_staff_id: 1,
        note: 'webform',
      },
    ]);
    await put(db, 'sor_submission_items', [
      { batch_id: 1, position: 0, statement_id: 1, outcome: 'refused', errors: '{"puid":["The puid format is invalid."]}' },
      { batch_id: 2, position: 0, statement_id: 1, outcome: 'accepted' },
    ]);
    await db('sor_submissions')
      .where({ statement_id: 1 })
      .update({ status: 'accepted', attempts: 1, batch_id: 2, submitted_at: T, accepted_at: T, visibility_ended_on: '2025-03-02' });
  },
  '023_customer_data': async (db) => {
    const stamp = { created_at: T, updated_at: T, version: 1 };
    await put(db, 'account_email_changes', {
      id: 1,
      account_id: 1,
      old_email: 'ana@fixtrue.test',
      new_email: 'ana@fixture.test',
      reason: 'typo at sign-up',
      staff_id: 1,
      created_at: T,
    });
    await put(db, 'deletion_requests', [
      {
        id: 1,
        account_id: 2,
        status: 'completed',
        source: 'app',
        received_at: T,
        due_at: T,
        completed_at: T,
        completed_by_staff_id: 1,
        note: '1 plan(s) ended',
        ...stamp,
      },
      { id: 2, account_id: 1, status: 'open', source: 'app', received_at: T, due_at: T, ...stamp },
    ]);
    await put(db, 'access_requests', { id: 1, account_id: 1, status: 'open', received_at: T, due_at: T, export_count: 0, ...stamp });
    await put(db, 'goodwill_credits', {
      id: 1,
      account_id: 1,
      account_plan_id: 1,
      mb: 1024,
      reason_code: 'transfer_fix',
      transfer_id: 1,
      status: 'awaiting_second_approval',
      requested_by_staff_id: 1,
      ...stamp,
    });
  },
  '024_conversations': async (db) => {
    const stamp = { created_at: T, updated_at: T, version: 1 };
    await put(db, 'conversations', [
      {
        id: 1,
        kind: 'customer',
        channel: 'app',
        account_id: 1,
        subject: 'Wrong address',
        language: 'fr',
        status: 'waiting_customer',
        transfer_id: 1,
        claimed_by_staff_id: 1,
        claimed_at: T,
        received_at: T,
        first_response_due_at: T,
        first_responded_at: T,
        last_message_at: T,
        message_count: 2,
        ...stamp,
      },
      {
        id: 2,
        kind: 'partner',
        channel: 'site',
        partner_name: 'Léa Martin',
        partner_company: 'Voyages Martin',
        partner_email: 'lea@voyages.test',
        subject: 'Partner enquiry',
        language: 'fr',
        status: 'new',
        received_at: T,
        first_response_due_at: T,
        last_message_at: T,
        message_count: 1,
        ...stamp,
      },
    ]);
    await put(db, 'conversation_messages', [
      { id: 1, conversation_id: 1, author: 'customer', body: 'I typed the wrong address', created_at: T },
      {
        id: 2,
        conversation_id: 1,
        author: 'staff',
        staff_id: 1,
        body: 'Fixed.',
        language: 'fr',
        saved_reply_id: 'transfer_fixed',
        created_at: T,
      },
      { id: 3, conversation_id: 2, author: 'partner', body: 'We sell trips to Japan', created_at: T },
    ]);
  },
  '025_sms': async (db) => {
    await put(db, 'messages', {
      id: 25,
      account_id: 1,
      channel: 'sms',
      to_address: '+33612345678',
      template: 'usage_alert',
      subject: 'S',
      body: 'B',
      locale: 'fr',
      status: 'suppressed',
      attempts: 0,
      next_attempt_at: T,
      transport: 'twilio',
      sms_encoding: 'gsm7',
      sms_segments: 1,
      delivery_status: 'delivered',
      delivered_at: T,
      delivery_updated_at: T,
      provider_message_id: 'SM1',
      created_at: T,
      updated_at: T,
      version: 1,
    });
    await db('usage_alerts').update({ set_by: 'customer' });
    await put(db, 'sms_opt_outs', {
      id: 1,
      phone: '+33612345678',
      account_id: 1,
      source: 'inbound_sms',
      opted_out_at: T,
      created_at: T,
      updated_at: T,
      version: 1,
    });
  },
  '026_complaints_notices': async (db) => {
    const stamp = { created_at: T, updated_at: T, version: 1 };
    await put(db, 'customer_complaints', [
      {
        id: 1,
        account_id: 1,
        channel: 'email',
        subject: 'Plan not working',
        body: 'My plan never connected in Tokyo.',
        order_id: null,
        status: 'acknowledged',
        received_at: T,
        due_at: T,
        acknowledged_at: T,
        logged_by_staff_id: 1,
        ...stamp,
      },
      {
        id: 2,
        account_id: 1,
        channel: 'app',
        subject: 'Refund late',
        body: 'My refund has not arrived yet.',
        status: 'referred_to_mediator',
        received_at: T,
        due_at: T,
        acknowledged_at: T,
        outcome: 'rejected',
        answer: 'Paid on time.',
        answered_at: T,
        answered_by_staff_id: 1,
        not_satisfied_at: T,
        mediator_details: 'Mediator, Paris',
        mediator_sent_at: T,
        closed_at: T,
        ...stamp,
      },
    ]);
    await put(db, 'customer_notices', {
      id: 1,
      kind: 'terms_change',
      subject_fr: 'CGV',
      body_fr: 'Nouvelles CGV.',
      subject_en: 'Terms',
      body_en: 'New terms.',
      audience: 'all_active',
      effective_on: '2025-04-01',
      status: 'sent',
      recipient_count: 1,
      queued_count: 1,
      created_by_staff_id: 1,
      sent_by_staff_id: 1,
      sent_at: T,
      completed_at: T,
      ...stamp,
    });
    await put(db, 'customer_notice_recipients', {
      id: 1,
      notice_id: 1,
      account_id: 1,
      status: 'queued',
      message_id: 1,
      created_at: T,
      updated_at: T,
    });
  },
  '013_security': async (db) => {
    await db('staff').where({ id: 1 }).update({ totp_secret: 'JBSWY3DPEHPK3PXP', totp_enabled_at: T, totp_last_step: 58_000_000 });
    await put(db, 'staff_recovery_codes', [
      { id: 1, staff_id: 1, code_hash: 'e'.repeat(64), created_at: T },
      { id: 2, staff_id: 1, code_hash: 'f'.repeat(64), created_at: T, used_at: T },
    ]);
    await put(db, 'sign_in_challenges', [
      { id: '1'.repeat(64), staff_id: 1, purpose: 'second_factor', created_at: T, expires_at: T, attempts: 1, ip: '127.0.0.1' },
      { id: '2'.repeat(64), staff_id: 2, purpose: 'enrolment', created_at: T, expires_at: T },
    ]);
    await put(db, 'rate_limit_hits', { bucket: 'dsa-notices:203.0.113.7', hits: 3, reset_at: T });
    await db('job_leases').update({ next_due_at: T });
  },
  '022_payments': async (db) => {
    await db('orders').where({ id: 1 }).update({ terms_version: '2025-01', withdrawal_waived_at: T });
    await put(db, 'provider_events', {
      id: 'evt_1',
      provider: 'stripe',
      type: 'refund.updated',
      object_id: 're_1',
      event_created_at: T,
      payload: '{}',
      status: 'processed',
      attempts: 1,
      received_at: T,
      processed_at: T,
    });
    await put(db, 'disputes', {
      id: 1,
      order_id: 1,
      account_id: 1,
      source: 'manual',
      reason: 'fraudulent',
      amount_cents: 1999,
      status: 'open',
      opened_at: T,
      order_status_before: 'paid',
      created_at: T,
      updated_at: T,
      version: 1,
    });
    await put(db, 'document_sequences', { kind: 'invoice', year: 2025, last_number: 1 });
    await put(db, 'invoices', {
      id: 1,
      kind: 'invoice',
      year: 2025,
      sequence: 1,
      number: 'F-2025-000001',
      order_id: 1,
      issued_at: T,
      total_cents: 1999,
      vat_cents: 333,
      vat_rate_bp: 2000,
      facts: '{}',
      created_at: T,
    });
    await put(db, 'payout_discrepancies', {
      id: 1,
      provider: 'stripe',
      provider_reference: 're_x',
      kind: 'unknown_here',
      detail: '{}',
      found_at: T,
    });
  },
  '027_read_performance': async (db) => {
    const stamp = async () => Number((await db('cache_generation').where({ id: 1 }).first('generation')).generation);
    const before = await stamp();
    await db('sessions')
      .where({ id: 'a'.repeat(64) })
      .update({ revoked_at: T });
    if ((await stamp()) !== before + 1) throw new Error('revoking a session did not move the generation stamp');
  },
  '028_price_change_reason': async (db) => {
    await put(db, 'plan_prices', {
      id: 2,
      plan_id: 1,
      price_cents: 2199,
      vat_rate_bp: 2000,
      previous_price_cents: 1999,
      reason: 'Operator cost increase',
      source: 'edited',
      effective_from: T,
      changed_by_staff_id: 1,
      created_at: T,
    });
  },
  '029_usage_batch': async (db) => {
    // A record of a batch: the network's id; past the plan's data, so overshoot (nothing charged, no ledger entry).
    await put(db, 'usage_records', {
      id: 3,
      account_plan_id: 1,
      mb: 5,
      charged_mb: 0,
      country_code: 'FR',
      occurred_at: T,
      created_at: T,
      network_record_id: 'net-2025-000001',
    });
  },
  '030_payments_followup': async (db) => {
    await put(db, 'payout_discrepancies', {
      id: 2,
      provider: 'stripe',
      provider_reference: 're_y',
      kind: 'status_differs',
      detail: '{"ours":"pending","theirs":"succeeded"}',
      found_at: T,
      resolved_at: T,
      explanation: 'The webhook was lost; the refund is paid out at Stripe',
      explained_by_staff_id: 1,
      version: 2,
    });
  },
};
