import type { Knex } from 'knex';

// Values of their day (frozen: docs/ARCHITECTURE.md "Changing the schema").
const CHALLENGE_PURPOSES = ['second_factor', 'enrolment'] as const;

// Staff two-factor sign-in (TOTP, RFC 6238) and recovery codes, sign-in challenges between the
// password and the second factor, shared rate-limit counters for several API processes, and each
// scheduled job's due time kept in the database (docs/OPERATIONS.md).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('staff', (t) => {
    // The shared secret (encrypted when TWO_FACTOR_KEY is set); enabled once a first code confirmed it.
    t.text('totp_secret');
    t.timestamp('totp_enabled_at', { useTz: true });
    // The last 30-second step whose code was accepted: a code is good once (RFC 6238 §5.2).
    t.integer('totp_last_step');
  });

  await knex.schema.createTable('staff_recovery_codes', (t) => {
    t.increments('id');
    t.integer('staff_id').notNullable().references('staff.id');
    t.string('code_hash', 64).notNullable().unique(); // sha-256 of a random 80-bit code; the code is shown once
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.index(['staff_id']);
  });

  // A password was right; the second factor (or its enrolment) is still to come.
  await knex.schema.createTable('sign_in_challenges', (t) => {
    t.string('id', 64).primary(); // sha-256 of the challenge token
    t.integer('staff_id').notNullable().references('staff.id');
    t.enu('purpose', CHALLENGE_PURPOSES).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('ip', 64);
    t.index(['staff_id']);
  });

  // Fixed-window counters shared by every API process (the public forms' limits).
  await knex.schema.createTable('rate_limit_hits', (t) => {
    t.string('bucket', 300).primary();
    t.integer('hits').notNullable();
    t.timestamp('reset_at', { useTz: true }).notNullable();
  });

  await knex.schema.alterTable('job_leases', (t) => {
    // When the job is next due: claimed by one process per interval.
    t.timestamp('next_due_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('job_leases', (t) => {
    t.dropColumn('next_due_at');
  });
  await knex.schema.dropTableIfExists('rate_limit_hits');
  await knex.schema.dropTableIfExists('sign_in_challenges');
  await knex.schema.dropTableIfExists('staff_recovery_codes');
  await knex.schema.alterTable('staff', (t) => {
    t.dropColumn('totp_last_step');
    t.dropColumn('totp_enabled_at');
    t.dropColumn('totp_secret');
  });
}
