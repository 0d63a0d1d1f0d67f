import type { Knex } from 'knex';
import { mutableRecord } from './helpers.ts';

// The values as they were when this migration was written: a migration never imports live code
// (docs/ARCHITECTURE.md "Changing the schema"); a later change of a vocabulary is a new migration.
const COMPLAINANT_ROLES = ['author', 'notifier'] as const;
const JOB_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;
const MISUSE_MEASURES = ['warning', 'suspension'] as const;
const MISUSE_SUBJECTS = ['notifier', 'author'] as const;
const SOR_EXEMPTIONS = ['no_contact', 'spam_high_volume', 'art9_order'] as const;

// The moderation workflow on top of 006: what the DSA asks us to be able to prove
// (acknowledgement and notification times, the content as it was when notified,
// who may complain until when, Art. 23 measures) and the record of scheduled jobs.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('dsa_notices', (t) => {
    t.integer('priority').notNullable().defaultTo(0); // 2 threat to life, 1 trusted flagger, 0 normal, -1 notifier suspended (Art. 23(2))
    t.boolean('complete').notNullable().defaultTo(false); // Art. 16(3): every Art. 16(2) element present
    t.string('legal_ground', 500); // the law the notifier says is broken
    t.string('member_state', 2);
    t.text('snapshot'); // JSON: the content as it was when the notice arrived
    t.timestamp('notifier_notified_at', { useTz: true }); // Art. 16(5)
    t.timestamp('author_notified_at', { useTz: true }); // Art. 17
    t.enu('sor_exemption', SOR_EXEMPTIONS); // Art. 17(5): no statement owed to the author, and why
    t.boolean('manifestly_unfounded').notNullable().defaultTo(false); // Art. 23(2) counter
    t.text('decision_note');
    t.index(['status', 'priority', 'decision_due_at']);
    t.index(['notifier_email']);
  });
  await knex.schema.alterTable('review_reports', (t) => {
    t.integer('notice_id').references('dsa_notices.id'); // a report raised by a DSA notice
  });
  await knex.schema.alterTable('trusted_flaggers', (t) => {
    t.text('expertise'); // JSON array of STATEMENT_CATEGORY_*; empty = every category
    t.date('valid_until');
  });
  // Append-only table: plain columns only (no foreign keys), so SQLite adds them in place and keeps its triggers.
  await knex.schema.alterTable('statements_of_reasons', (t) => {
    t.string('content_type_other', 500);
    t.string('category_specification_other', 500);
    t.integer('complaint_id'); // issued when a complaint reversed a decision
    t.boolean('manifestly_illegal').notNullable().defaultTo(false); // Art. 23(1) counter
    t.enu('exemption', SOR_EXEMPTIONS); // not sent to the author, and why
  });
  await knex.schema.alterTable('dsa_complaints', (t) => {
    t.enu('complainant_role', COMPLAINANT_ROLES);
    t.timestamp('informed_at', { useTz: true });
    t.timestamp('deadline_at', { useTz: true }); // informed + 6 months (Art. 20(1))
    t.timestamp('acknowledged_at', { useTz: true });
    t.integer('outcome_statement_id'); // the new statement when a reversal restricts content
  });
  await knex.schema.alterTable('law_enforcement_referrals', (t) => {
    t.string('member_state', 2);
    t.string('authority_reference', 200);
  });

  await knex.schema.createTable('misuse_measures', (t) => {
    t.increments('id');
    t.enu('subject', MISUSE_SUBJECTS).notNullable();
    t.string('notifier_email', 254); // subject = notifier
    t.integer('account_id').references('accounts.id'); // subject = author
    t.enu('measure', MISUSE_MEASURES).notNullable();
    t.text('reason').notNullable();
    t.text('factors').notNullable(); // JSON: the Art. 23(3) assessment
    t.timestamp('starts_at', { useTz: true }).notNullable();
    t.timestamp('ends_at', { useTz: true }); // suspensions only
    t.timestamp('lifted_at', { useTz: true });
    t.integer('statement_id'); // an author's suspension restricts the service: it has a statement of reasons
    t.integer('created_by_staff_id').notNullable().references('staff.id');
    mutableRecord(t);
    t.check(
      "(?? = 'notifier' AND ?? IS NOT NULL) OR (?? = 'author' AND ?? IS NOT NULL)",
      ['subject', 'notifier_email', 'subject', 'account_id'],
      'misuse_measures_subject',
    );
    t.check("?? = 'warning' OR ?? IS NOT NULL", ['measure', 'ends_at'], 'misuse_measures_suspension_ends');
    t.index(['subject', 'notifier_email']);
    t.index(['subject', 'account_id']);
  });

  await knex.schema.createTable('job_runs', (t) => {
    t.increments('id');
    t.string('job', 60).notNullable();
    t.enu('status', JOB_RUN_STATUSES).notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.timestamp('finished_at', { useTz: true });
    t.text('summary'); // JSON: what the run did
    t.text('error');
    t.index(['job', 'started_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('job_runs');
  await knex.schema.dropTableIfExists('misuse_measures');
  await knex.schema.alterTable('law_enforcement_referrals', (t) => t.dropColumns('member_state', 'authority_reference'));
  await knex.schema.alterTable('dsa_complaints', (t) =>
    t.dropColumns('complainant_role', 'informed_at', 'deadline_at', 'acknowledged_at', 'outcome_statement_id'),
  );
  await knex.schema.alterTable('statements_of_reasons', (t) =>
    t.dropColumns('content_type_other', 'category_specification_other', 'complaint_id', 'manifestly_illegal', 'exemption'),
  );
  await knex.schema.alterTable('trusted_flaggers', (t) => t.dropColumns('expertise', 'valid_until'));
  await knex.schema.alterTable('review_reports', (t) => {
    t.dropForeign(['notice_id']);
    t.dropColumn('notice_id');
  });
  await knex.schema.alterTable('dsa_notices', (t) => {
    t.dropIndex(['status', 'priority', 'decision_due_at']);
    t.dropIndex(['notifier_email']);
    t.dropColumns(
      'priority',
      'complete',
      'legal_ground',
      'member_state',
      'snapshot',
      'notifier_notified_at',
      'author_notified_at',
      'sor_exemption',
      'manifestly_unfounded',
      'decision_note',
    );
  });
}
