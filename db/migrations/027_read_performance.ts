import type { Knex } from 'knex';
import { isPostgres } from './helpers.ts';

// A generation stamp for the caches of sessions and settings (docs/ARCHITECTURE.md "Sessions and
// settings, cached"): one row, bumped by the database itself, in the same transaction, whenever a
// session is revoked, backdated or deleted, a staff member's roles, status, password, e-mail or name change, or
// a setting changes. A process keeps a session or a setting only while the stamp it read is current,
// so revocation never waits for a cache to expire. Triggers rather than calls in the code: no path
// that revokes (the console, a CLI, SQL by hand) can forget it.
const BUMPS = [
  // A session revoked, or made older than it was (last-seen only ever moves forward, but by hand).
  {
    name: 'sessions_revoked',
    table: 'sessions',
    event: 'UPDATE',
    when: 'OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR NEW.last_seen_at < OLD.last_seen_at OR OLD.staff_id <> NEW.staff_id',
  },
  { name: 'sessions_deleted', table: 'sessions', event: 'DELETE', when: null },
  {
    name: 'staff_changed',
    table: 'staff',
    event: 'UPDATE',
    when: ['roles', 'status', 'password_hash', 'email', 'name'].map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR '),
  },
  { name: 'staff_deleted', table: 'staff', event: 'DELETE', when: null },
  { name: 'settings_inserted', table: 'settings', event: 'INSERT', when: null },
  { name: 'settings_changed', table: 'settings', event: 'UPDATE', when: null },
  { name: 'settings_deleted', table: 'settings', event: 'DELETE', when: null },
] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('cache_generation', (t) => {
    t.integer('id').primary();
    t.bigInteger('generation').notNullable().defaultTo(1);
    t.check('?? = 1', ['id'], 'cache_generation_one_row');
  });
  await knex('cache_generation').insert({ id: 1, generation: 1 });
  const bump = 'UPDATE cache_generation SET generation = generation + 1 WHERE id = 1';
  if (isPostgres(knex)) {
    await knex.raw(`CREATE OR REPLACE FUNCTION kolet_bump_cache_generation() RETURNS trigger AS $$
      BEGIN ${bump}; RETURN NULL; END;
      $$ LANGUAGE plpgsql`);
    for (const b of BUMPS) {
      await knex.raw(`CREATE TRIGGER ${b.name}_bump AFTER ${b.event} ON ${b.table} FOR EACH ROW
        ${b.when ? `WHEN (${b.when})` : ''} EXECUTE FUNCTION kolet_bump_cache_generation()`);
    }
  } else {
    for (const b of BUMPS) {
      await knex.raw(`CREATE TRIGGER ${b.name}_bump AFTER ${b.event} ON ${b.table} FOR EACH ROW
        ${b.when ? `WHEN ${b.when.replaceAll('IS DISTINCT FROM', 'IS NOT')}` : ''} BEGIN ${bump}; END`);
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const b of BUMPS) {
    await knex.raw(isPostgres(knex) ? `DROP TRIGGER IF EXISTS ${b.name}_bump ON ${b.table}` : `DROP TRIGGER IF EXISTS ${b.name}_bump`);
  }
  if (isPostgres(knex)) await knex.raw('DROP FUNCTION IF EXISTS kolet_bump_cache_generation()');
  await knex.schema.dropTableIfExists('cache_generation');
}
