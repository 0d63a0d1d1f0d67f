import type { Knex } from 'knex';
import { mutableRecord } from './helpers.ts';

// The values as they were when this migration was written: a migration never imports live code
// (docs/ARCHITECTURE.md "Changing the schema"); a later change of a vocabulary is a new migration.
const SOR_SUBMISSION_STATUSES = ['pending', 'sending', 'accepted', 'refused'] as const;
const SOR_BATCH_CHANNELS = ['api', 'manual'] as const;
const SOR_BATCH_STATUSES = ['sending', 'accepted', 'refused', 'failed'] as const;
const SOR_ITEM_OUTCOMES = ['accepted', 'duplicate', 'refused', 'split', 'requeued', 'failed'] as const;

// Submission of statements of reasons to the EU Transparency Database (DSA Art. 24(5); docs/TRUST-SAFETY.md
// "Submission"). statements_of_reasons is append-only, so the submission state lives beside it:
// one row per statement (the outbox: written with the statement, claimed by the job), the batches
// sent (or recorded as submitted by hand), and which statement was at which position of which batch.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sor_submission_batches', (t) => {
    t.increments('id');
    t.enu('channel', SOR_BATCH_CHANNELS).notNullable();
    t.enu('status', SOR_BATCH_STATUSES).notNullable();
    t.integer('statement_count').notNullable();
    t.integer('parent_batch_id').references('sor_submission_batches.id'); // the refused batch this one is half of
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.timestamp('finished_at', { useTz: true });
    t.integer('http_status');
    t.text('error'); // the answer's message, or why no answer came
    t.text('errors'); // JSON: the database's errors as it returned them
    t.integer('created_by_staff_id').references('staff.id'); // manual: who recorded it
    t.text('note');
    t.check('?? >= 0', ['statement_count'], 'sor_submission_batches_statement_count_non_negative');
    t.index(['started_at']);
  });

  await knex.schema.createTable('sor_submissions', (t) => {
    t.integer('statement_id').primary().references('statements_of_reasons.id');
    t.enu('status', SOR_SUBMISSION_STATUSES).notNullable().defaultTo('pending');
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true }).notNullable();
    t.integer('batch_id').references('sor_submission_batches.id'); // the last batch it was in
    t.timestamp('submitted_at', { useTz: true }); // the last time it was sent
    t.timestamp('accepted_at', { useTz: true });
    t.string('tdb_uuid', 64); // the database's id of the statement
    t.string('tdb_permalink', 500);
    t.text('error'); // the last refusal or failure, in words
    t.text('errors'); // JSON: field → messages, as the database named them
    // A restriction undone before the statement was submitted: the database learns how long it lasted.
    t.date('visibility_ended_on'); // the review was restored
    t.date('service_ended_on'); // the suspension was lifted
    mutableRecord(t);
    t.check('?? >= 0', ['attempts'], 'sor_submissions_attempts_non_negative');
    t.index(['status', 'next_attempt_at']);
  });

  await knex.schema.createTable('sor_submission_items', (t) => {
    t.integer('batch_id').notNullable().references('sor_submission_batches.id');
    t.integer('position').notNullable(); // the index the database's errors use (statement_<i>)
    t.integer('statement_id').notNullable().references('statements_of_reasons.id');
    t.enu('outcome', SOR_ITEM_OUTCOMES); // null while the batch is in flight
    t.text('errors'); // JSON: what the database said about this statement
    t.primary(['batch_id', 'position']);
    t.index(['statement_id']);
  });

  // Statements issued before this migration wait for their first submission; one the database
  // already holds (an earlier manual export) comes back as a duplicate PUID and is recorded accepted.
  const now = new Date().toISOString();
  await knex.raw(
    `INSERT INTO sor_submissions (statement_id, status, attempts, next_attempt_at, created_at, updated_at, version)
     SELECT id, 'pending', 0, ?, ?, ?, 1 FROM statements_of_reasons`,
    [now, now, now],
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sor_submission_items');
  await knex.schema.dropTableIfExists('sor_submissions');
  await knex.schema.dropTableIfExists('sor_submission_batches');
}
