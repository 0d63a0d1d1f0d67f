// Frozen migrations (docs/ARCHITECTURE.md "Changing the schema"): a database stopped at any earlier
// migration, holding representative rows, migrates to the latest without losing a row, and the
// schema it ends with accepts exactly the vocabularies of server/domain/enums.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { migrationSource } from '../../db/migrations/index.ts';
import { isPostgres } from '../../server/db/connection.ts';
import { createTestDatabase, engine } from '../support/db.ts';
import { MIGRATION_FIXTURES } from '../support/migrationFixtures.ts';
import { checkedVocabularies, describeSchema } from '../support/schemaIntrospection.ts';
import { SCHEMA_VOCABULARIES } from '../support/schemaVocabularies.ts';

const names = await migrationSource.getMigrations([]);
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

async function freshDatabase() {
  const t = await createTestDatabase({ migrate: false });
  drops.push(t.drop);
  return t.db;
}

/** Every row of every table, by id where the table has one: what "nothing lost" is checked against. */
async function rowKeys(db: Awaited<ReturnType<typeof freshDatabase>>, tables: string[]) {
  const keys: Record<string, string[]> = {};
  for (const table of tables) {
    const hasId = await db.schema.hasColumn(table, 'id');
    keys[table] = hasId
      ? (await db(table).orderBy('id').pluck('id')).map(String)
      : [`${Number((await db(table).count({ n: '*' }).first())!.n)} rows`];
  }
  return keys;
}

describe('migrations', () => {
  it('every migration has its representative rows, or says why it adds none', () => {
    const withoutRows = names.filter((n) => !MIGRATION_FIXTURES[n]);
    // 011 and 021: indexes only (021 indexes the rows of the others: its rebuild runs over them in every test below);
    // 031: a function's body only (the same folding, cheaper for ASCII: test/api/search.test.ts); 032: an index only.
    expect(withoutRows).toEqual(['011_scale_indexes', '021_search', '031_fast_fold', '032_accounts_search_together']);
  });

  it.each(names.map((n, i) => [n, i] as const))(
    'a database stopped at %s keeps every row through the latest migration',
    async (_name, stop) => {
      const db = await freshDatabase();
      for (const name of names.slice(0, stop + 1)) {
        await db.migrate.up({ name });
        await MIGRATION_FIXTURES[name]?.(db);
      }
      const tables = await existingTables(db);
      const before = await rowKeys(db, tables);
      await db.migrate.latest();
      const after = await rowKeys(db, tables);
      // Nothing lost; a migration may add rows (012 records each plan's gifted data as a ledger entry).
      for (const table of tables) expect(after[table], table).toEqual(expect.arrayContaining(before[table]!));
      const [, pending] = (await db.migrate.list()) as [unknown[], unknown[]];
      expect(pending).toEqual([]);
    },
  );

  it('the latest schema accepts exactly the vocabularies of enums.ts, and every checked column is mapped', async () => {
    const db = await freshDatabase();
    await db.migrate.latest();
    const inSchema = await checkedVocabularies(db);
    const unmapped = [...inSchema.keys()].filter((k) => !(k in SCHEMA_VOCABULARIES));
    expect(unmapped, 'a CHECK (… IN (…)) column missing from test/support/schemaVocabularies.ts').toEqual([]);
    for (const [column, values] of Object.entries(SCHEMA_VOCABULARIES)) {
      expect(inSchema.get(column)?.slice().sort(), `${column}: enums.ts and the schema disagree (a migration is missing?)`).toEqual(
        [...values].sort(),
      );
    }
  });

  it('the schema matches its snapshot (update with: npx vitest run test/api/migrations.test.ts -u, on both engines)', async () => {
    const db = await freshDatabase();
    await db.migrate.latest();
    await expect(await describeSchema(db)).toMatchFileSnapshot(`../../db/schema/${engine()}.schema.txt`);
  });
});

/** The tables that exist at this point of the history (knex's own excepted). */
async function existingTables(db: Awaited<ReturnType<typeof freshDatabase>>): Promise<string[]> {
  const tables = isPostgres(db)
    ? ((await db.raw('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()')).rows as { name: string }[])
    : ((await db('sqlite_master').where({ type: 'table' }).select('name')) as { name: string }[]);
  return tables
    .map((t) => t.name)
    .filter((n) => !n.startsWith('knex_') && !n.startsWith('sqlite_'))
    .sort();
}
