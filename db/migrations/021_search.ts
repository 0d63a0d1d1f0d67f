import type { Knex } from 'knex';
import { isPostgres } from './helpers.ts';

// One search over the people and records support is asked about (docs/SEARCH.md): substrings of
// e-mails, names, ICCIDs, payment, payout and notice references, case and accents folded, served by
// each engine's own machinery and kept in step with the rows in the same transaction.
// - SQLite: an FTS5 index per table (external content: it stores the trigrams, not a second copy of
//   the text) with the trigram tokenizer, which folds case and removes diacritics; triggers on the
//   table write the index inside the statement that changes the row.
// - PostgreSQL: pg_trgm GIN indexes on the folded value (`kolet_fold`, below); the engine keeps an
//   index in step itself.
// Phone numbers are stored in E.164 and found by equality: a plain index.

/** The searched columns, by table (literal: a migration never imports live code). */
const SEARCHED: { table: string; columns: string[] }[] = [
  { table: 'accounts', columns: ['email', 'name'] },
  { table: 'esims', columns: ['iccid'] },
  { table: 'orders', columns: ['payment_reference'] },
  { table: 'transfers', columns: ['recipient_email'] },
  { table: 'refunds', columns: ['payout_reference'] },
  { table: 'dsa_notices', columns: ['reference'] },
];

// Latin letters with diacritics and their base letter, one for one (PostgreSQL's translate()).
const ACCENTED =
  'àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿžźżšśřŕľĺłťţğÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮİÑŃŇÒÓÔÕÖØŌŐÙÚÛÜŪŮŰŲÝŸŽŹŻŠŚŘŔĽĹŁŤŢĞ';
const BASE = 'aaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyyzzzssrrlllttgAAAAAAAAACCCDEEEEEEEEIIIIIIINNNOOOOOOOOUUUUUUUUYYZZZSSRRLLLTTG';

const ftsTable = (table: string) => `${table}_search`;

export async function up(knex: Knex): Promise<void> {
  if (ACCENTED.length !== BASE.length) throw new Error('021_search: the folding table is not one for one');
  // Phones written before numbers were stored in E.164 ("06 25 06 95 71", "+33 6 25…"): separators
  // removed, 00 → +, a French national number (0 and 9 digits) → +33.
  await knex.raw(
    `UPDATE accounts SET phone = replace(replace(replace(replace(replace(phone, ' ', ''), '.', ''), '-', ''), '(', ''), ')', '') WHERE phone IS NOT NULL`,
  );
  await knex.raw(`UPDATE accounts SET phone = '+' || substr(phone, 3) WHERE phone LIKE '00%'`);
  await knex.raw(`UPDATE accounts SET phone = '+33' || substr(phone, 2) WHERE phone LIKE '0%' AND length(phone) = 10`);
  await knex.raw('CREATE INDEX accounts_phone_index ON accounts (phone)');
  if (isPostgres(knex)) {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await knex.raw(`CREATE OR REPLACE FUNCTION kolet_fold(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
      AS $$ SELECT lower(translate(value, '${ACCENTED}', '${BASE}')) $$`);
    for (const { table, columns } of SEARCHED) {
      for (const column of columns)
        await knex.raw(`CREATE INDEX ${table}_${column}_trgm ON ${table} USING gin (kolet_fold(${column}) gin_trgm_ops)`);
    }
    return;
  }
  for (const { table, columns } of SEARCHED) {
    const fts = ftsTable(table);
    const list = columns.join(', ');
    const news = columns.map((c) => `new.${c}`).join(', ');
    const olds = columns.map((c) => `old.${c}`).join(', ');
    await knex.raw(
      `CREATE VIRTUAL TABLE ${fts} USING fts5(${list}, content='${table}', content_rowid='id', tokenize='trigram remove_diacritics 1')`,
    );
    await knex.raw(
      `CREATE TRIGGER ${fts}_ai AFTER INSERT ON ${table} BEGIN INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${news}); END`,
    );
    await knex.raw(
      `CREATE TRIGGER ${fts}_ad AFTER DELETE ON ${table} BEGIN INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.id, ${olds}); END`,
    );
    await knex.raw(
      `CREATE TRIGGER ${fts}_au AFTER UPDATE OF ${list} ON ${table} BEGIN INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.id, ${olds}); INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${news}); END`,
    );
    await knex.raw(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`);
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS accounts_phone_index');
  if (isPostgres(knex)) {
    for (const { table, columns } of SEARCHED) for (const column of columns) await knex.raw(`DROP INDEX IF EXISTS ${table}_${column}_trgm`);
    await knex.raw('DROP FUNCTION IF EXISTS kolet_fold(text)');
    return;
  }
  for (const { table } of SEARCHED) {
    const fts = ftsTable(table);
    for (const suffix of ['ai', 'ad', 'au']) await knex.raw(`DROP TRIGGER IF EXISTS ${fts}_${suffix}`);
    await knex.raw(`DROP TABLE IF EXISTS ${fts}`);
  }
}
