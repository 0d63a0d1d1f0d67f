import type { Knex } from 'knex';
import { dropAppendOnly, makeAppendOnly, mutableRecord } from './helpers.ts';

// The values as they were when this migration was written: a migration never imports live code
// (docs/ARCHITECTURE.md "Changing the schema"); a later change of a vocabulary is a new migration.
const ACTOR_KINDS = ['staff', 'customer', 'integration', 'system', 'public'] as const;
const AUDIT_OUTCOMES = ['success', 'failure'] as const;
const IDEMPOTENCY_STATUSES = ['in_progress', 'completed'] as const;
const STAFF_STATUSES = ['active', 'disabled'] as const;

// Staff, sessions, login throttling, service tokens, settings, idempotency keys and the audit log.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('staff', (t) => {
    t.increments('id');
    t.string('email', 254).notNullable().unique();
    t.string('name', 120).notNullable();
    t.string('password_hash', 255).notNullable();
    t.text('roles').notNullable(); // JSON array of ROLES
    t.enu('status', STAFF_STATUSES).notNullable().defaultTo('active');
    t.timestamp('last_login_at', { useTz: true });
    mutableRecord(t);
  });

  await knex.schema.createTable('sessions', (t) => {
    t.string('id', 64).primary(); // sha-256 of the cookie token; the token itself is never stored
    t.integer('staff_id').notNullable().references('staff.id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('last_seen_at', { useTz: true }).notNullable();
    t.timestamp('revoked_at', { useTz: true });
    t.string('ip', 64);
    t.string('user_agent', 300);
    t.index(['staff_id']);
  });

  // Failed logins per e-mail (known or not), for throttling brute force.
  await knex.schema.createTable('login_throttle', (t) => {
    t.string('key', 300).primary();
    t.integer('failures').notNullable().defaultTo(0);
    t.timestamp('window_started_at', { useTz: true }).notNullable();
    t.timestamp('locked_until', { useTz: true });
  });

  await knex.schema.createTable('service_tokens', (t) => {
    t.increments('id');
    t.string('name', 120).notNullable().unique();
    t.string('token_hash', 64).notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('revoked_at', { useTz: true });
  });

  await knex.schema.createTable('settings', (t) => {
    t.string('id', 80).primary(); // the setting's key
    t.text('value').notNullable(); // JSON
    t.string('description', 300).notNullable();
    mutableRecord(t);
  });

  await knex.schema.createTable('idempotency_keys', (t) => {
    t.string('scope', 120).notNullable(); // who used the key: staff:12, integration:3
    t.string('key', 255).notNullable();
    t.string('request_hash', 64).notNullable();
    t.enu('status', IDEMPOTENCY_STATUSES).notNullable();
    t.integer('response_status');
    t.text('response_body');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('completed_at', { useTz: true });
    t.primary(['scope', 'key']);
  });

  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id');
    t.timestamp('at', { useTz: true }).notNullable();
    t.enu('actor_kind', ACTOR_KINDS).notNullable();
    t.integer('actor_id');
    t.string('actor_email', 254);
    t.text('actor_roles'); // JSON array: the roles held at the time
    t.string('action', 80).notNullable();
    t.string('entity', 60).notNullable();
    t.string('entity_id', 60);
    t.text('before'); // JSON, changed fields only
    t.text('after'); // JSON, changed fields only
    t.text('reason');
    t.enu('outcome', AUDIT_OUTCOMES).notNullable().defaultTo('success');
    t.string('request_id', 64);
    t.string('idempotency_key', 255);
    t.string('ip', 64);
    t.string('user_agent', 300);
    t.string('prev_hash', 64).notNullable();
    t.string('hash', 64).notNullable().unique();
    t.index(['entity', 'entity_id', 'id']);
    t.index(['actor_id', 'id']);
    t.index(['at']);
  });
  await makeAppendOnly(knex, 'audit_log');
}

export async function down(knex: Knex): Promise<void> {
  await dropAppendOnly(knex, 'audit_log');
  for (const table of ['audit_log', 'idempotency_keys', 'settings', 'service_tokens', 'login_throttle', 'sessions', 'staff']) {
    await knex.schema.dropTableIfExists(table);
  }
}
