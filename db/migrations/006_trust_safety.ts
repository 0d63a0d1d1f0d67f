import type { Knex } from 'knex';
import { dropAppendOnly, makeAppendOnly, mutableRecord, nonNegative } from './helpers.ts';

// The values as they were when this migration was written: a migration never imports live code
// (docs/ARCHITECTURE.md "Changing the schema"); a later change of a vocabulary is a new migration.
const DSA_AUTOMATED_DECISIONS = ['AUTOMATED_DECISION_FULLY', 'AUTOMATED_DECISION_PARTIALLY', 'AUTOMATED_DECISION_NOT_AUTOMATED'] as const;
const DSA_COMPLAINT_STATUSES = ['open', 'upheld', 'rejected'] as const;
const DSA_DECISION_GROUNDS = ['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT'] as const;
const DSA_DECISIONS = ['no_action', 'visibility_restriction', 'service_suspension'] as const;
const DSA_NOTICE_STATUSES = ['received', 'in_review', 'decided', 'closed'] as const;
const DSA_SOURCE_TYPES = ['SOURCE_ARTICLE_16', 'SOURCE_TRUSTED_FLAGGER', 'SOURCE_TYPE_OTHER_NOTIFICATION', 'SOURCE_VOLUNTARY'] as const;
const REVIEW_REMOVAL_GROUNDS = [
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
const REVIEW_REPORT_STATUSES = ['open', 'dismissed', 'upheld'] as const;
const REVIEW_STATUSES = ['published', 'removed', 'expired'] as const;

// Reviews and their reports (GCU §8); DSA notices, statements of reasons,
// complaints and law-enforcement referrals (GCU §10.2, DSA Art. 16–18, 20).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('reviews', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.integer('order_id').references('orders.id'); // null: a review of the app
    t.integer('rating').notNullable();
    t.text('comment');
    t.enu('status', REVIEW_STATUSES).notNullable().defaultTo('published');
    t.timestamp('collected_at', { useTz: true }).notNullable();
    t.timestamp('published_at', { useTz: true }).notNullable(); // ≤ collected + 1 month
    t.timestamp('content_updated_at', { useTz: true }); // shown to readers with the date
    t.timestamp('delete_after', { useTz: true }).notNullable(); // published + 3 years
    t.integer('report_count').notNullable().defaultTo(0);
    t.integer('severity').notNullable().defaultTo(0); // max severity of open reports, for the queue
    t.timestamp('last_reported_at', { useTz: true });
    t.enu('removal_ground', REVIEW_REMOVAL_GROUNDS);
    t.text('removal_note');
    t.timestamp('removed_at', { useTz: true });
    t.integer('removed_by_staff_id').references('staff.id');
    mutableRecord(t);
    t.check('?? BETWEEN 1 AND 5', ['rating'], 'reviews_rating_range');
    nonNegative(t, 'report_count', 'severity');
    t.index(['status', 'report_count', 'severity']);
    t.index(['account_id']);
    t.index(['delete_after']);
    t.index(['published_at', 'id']);
  });

  await knex.schema.createTable('review_reports', (t) => {
    t.increments('id');
    t.integer('review_id').notNullable().references('reviews.id');
    t.integer('reporter_account_id').references('accounts.id');
    t.string('reporter_email', 254);
    t.string('reason', 60).notNullable();
    t.text('note');
    t.integer('severity').notNullable().defaultTo(1);
    t.enu('status', REVIEW_REPORT_STATUSES).notNullable().defaultTo('open');
    t.timestamp('resolved_at', { useTz: true });
    t.integer('resolved_by_staff_id').references('staff.id');
    mutableRecord(t);
    nonNegative(t, 'severity');
    t.index(['review_id', 'status']);
    t.index(['status', 'created_at']);
  });

  await knex.schema.createTable('trusted_flaggers', (t) => {
    t.increments('id');
    t.string('name', 200).notNullable();
    t.string('email', 254).notNullable().unique();
    t.string('designated_by', 200).notNullable(); // the Digital Services Coordinator (Art. 22)
    t.boolean('active').notNullable().defaultTo(true);
    mutableRecord(t);
  });

  await knex.schema.createTable('dsa_notices', (t) => {
    t.increments('id');
    t.string('reference', 40).notNullable().unique(); // given to the notifier in the acknowledgement
    t.enu('status', DSA_NOTICE_STATUSES).notNullable().defaultTo('received');
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('acknowledged_at', { useTz: true });
    t.timestamp('decision_due_at', { useTz: true }).notNullable(); // our target: 72 h
    t.string('category', 80).notNullable(); // STATEMENT_CATEGORY_* of docs/TRUST-SAFETY.md
    t.text('explanation').notNullable(); // Art. 16(2)(a)
    t.text('locations').notNullable(); // JSON array of review ids / URLs, Art. 16(2)(b)
    t.integer('review_id').references('reviews.id'); // the first review concerned, when one is
    t.integer('author_account_id').references('accounts.id');
    t.string('notifier_name', 200);
    t.string('notifier_email', 254);
    t.boolean('good_faith').notNullable(); // Art. 16(2)(d)
    t.boolean('threat_to_life').notNullable().defaultTo(false);
    t.integer('trusted_flagger_id').references('trusted_flaggers.id');
    t.string('language', 2).notNullable().defaultTo('fr');
    t.integer('locked_by_staff_id').references('staff.id'); // a moderator working the notice
    t.timestamp('locked_at', { useTz: true });
    t.enu('decision', DSA_DECISIONS);
    t.timestamp('decided_at', { useTz: true });
    t.integer('decided_by_staff_id').references('staff.id');
    t.boolean('automated_detection').notNullable().defaultTo(false);
    t.boolean('automated_decision').notNullable().defaultTo(false);
    t.timestamp('escalated_at', { useTz: true });
    mutableRecord(t);
    t.index(['status', 'threat_to_life', 'decision_due_at']);
    t.index(['received_at', 'id']);
    t.index(['author_account_id']);
  });

  // Statements of reasons (Art. 17), in the EU Transparency Database's fields.
  await knex.schema.createTable('statements_of_reasons', (t) => {
    t.increments('id');
    t.string('puid', 500).notNullable().unique(); // never reused
    t.integer('notice_id').references('dsa_notices.id');
    t.integer('review_id').references('reviews.id');
    t.integer('account_id').references('accounts.id');
    t.text('decision_visibility'); // JSON array of DECISION_VISIBILITY_*
    t.string('decision_visibility_other', 500);
    t.string('decision_monetary', 60);
    t.string('decision_provision', 60);
    t.string('decision_account', 60);
    t.string('account_type', 40);
    t.enu('decision_ground', DSA_DECISION_GROUNDS).notNullable();
    t.string('decision_ground_reference_url', 500);
    t.string('illegal_content_legal_ground', 500);
    t.text('illegal_content_explanation');
    t.string('incompatible_content_ground', 500);
    t.text('incompatible_content_explanation');
    t.string('incompatible_content_illegal', 3);
    t.text('content_type').notNullable(); // JSON array of CONTENT_TYPE_*
    t.string('category', 80).notNullable();
    t.text('category_addition');
    t.text('category_specification');
    t.text('territorial_scope').notNullable(); // JSON array of ISO-2 codes
    t.string('content_language', 2);
    t.date('content_date').notNullable();
    t.date('application_date').notNullable();
    t.date('end_date_visibility_restriction');
    t.date('end_date_monetary_restriction');
    t.date('end_date_service_restriction');
    t.date('end_date_account_restriction');
    t.text('decision_facts').notNullable();
    t.enu('source_type', DSA_SOURCE_TYPES).notNullable();
    t.string('source_identity', 500);
    t.boolean('automated_detection').notNullable();
    t.enu('automated_decision', DSA_AUTOMATED_DECISIONS).notNullable();
    t.integer('created_by_staff_id').references('staff.id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['created_at']);
    t.index(['notice_id']);
  });
  await makeAppendOnly(knex, 'statements_of_reasons');

  await knex.schema.createTable('dsa_complaints', (t) => {
    t.increments('id');
    t.string('reference', 40).notNullable().unique();
    t.integer('statement_id').references('statements_of_reasons.id');
    t.integer('notice_id').references('dsa_notices.id');
    t.string('complainant_name', 200);
    t.string('complainant_email', 254).notNullable();
    t.text('text').notNullable();
    t.enu('status', DSA_COMPLAINT_STATUSES).notNullable().defaultTo('open');
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('decided_at', { useTz: true });
    t.integer('decided_by_staff_id').references('staff.id'); // Art. 20(6): never solely automated
    t.text('decision_note');
    mutableRecord(t);
    t.index(['status', 'received_at']);
  });

  await knex.schema.createTable('law_enforcement_referrals', (t) => {
    t.increments('id');
    t.integer('notice_id').notNullable().references('dsa_notices.id');
    t.string('authority', 200).notNullable();
    t.text('note').notNullable();
    t.text('payload').notNullable(); // JSON: everything known, as sent
    t.integer('referred_by_staff_id').notNullable().references('staff.id');
    t.timestamp('referred_at', { useTz: true }).notNullable();
    t.index(['notice_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await dropAppendOnly(knex, 'statements_of_reasons');
  for (const table of [
    'law_enforcement_referrals',
    'dsa_complaints',
    'statements_of_reasons',
    'dsa_notices',
    'trusted_flaggers',
    'review_reports',
    'reviews',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
