import type { Knex } from 'knex';
import { isPostgres } from './helpers.ts';

// PostgreSQL's search folding, made cheap for plain ASCII (docs/SEARCH.md "PostgreSQL"): kolet_fold's
// translate() of 120 accented letters cost about 5 µs a call, and a trigram search re-checks every row
// the index offers (two calls per account: e-mail and name), so a common first name spent most of its
// time folding. A value whose bytes are as many as its characters holds no accented letter: lower() alone
// folds it, the same result. The indexes on kolet_fold(…) stay valid (same value for every input).
// SQLite folds in its FTS5 tokenizer: nothing to do there. Literal values only (frozen migrations).
const ACCENTED =
  'àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿžźżšśřŕľĺłťţğÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮİÑŃŇÒÓÔÕÖØŌŐÙÚÛÜŪŮŰŲÝŸŽŹŻŠŚŘŔĽĹŁŤŢĞ';
const BASE = 'aaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyyzzzssrrlllttgAAAAAAAAACCCDEEEEEEEEIIIIIIINNNOOOOOOOOUUUUUUUUYYZZZSSRRLLLTTG';

export async function up(knex: Knex): Promise<void> {
  if (!isPostgres(knex)) return;
  await knex.raw(`CREATE OR REPLACE FUNCTION kolet_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    AS $$ SELECT CASE WHEN octet_length(value) = char_length(value) THEN lower(value)
      ELSE lower(translate(value, '${ACCENTED}', '${BASE}')) END $$`);
}

export async function down(knex: Knex): Promise<void> {
  if (!isPostgres(knex)) return;
  await knex.raw(`CREATE OR REPLACE FUNCTION kolet_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    AS $$ SELECT lower(translate(value, '${ACCENTED}', '${BASE}')) $$`);
}
