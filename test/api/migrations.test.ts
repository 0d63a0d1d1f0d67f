// Frozen migrations (docs/ARCHITECTURE.md "Changing the schema"): a database stopped at any earlier
// migration, holding representative rows, migrates to the latest without losing a row, and the
// schema it ends with accepts exactly the vocabularies of server/domain/enums.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { migrationSource } from '../../db/migrations/index.ts';
import { createTestDatabase, engine } from '../support/db.ts';
import { MIGRATION_FIXTURES } from '../support/migrationFixtures.ts';
import { checkedVocabularies, describeSchema } from '../support/schemaIntrospection.ts';
import { SCHEMA_VOCABULARIES } from '../support/schemaVocabularies.ts';

const names = await migrationSource.getMigrations([]);
const drops: (() => Promise<void>)[] = [];
afterAll(async () => { for (const drop of drops) await drop(); });

async function freshDatabase() {
  const t = await createTestDatabase({ migrate: false });
  drops.push(t.drop);
  return t.db;
}

async function rowCounts(db: Awaited<ReturnType<typeof freshDatabase>>, tables: string[]) {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await db(table).count({ n: '*' }).first())!.n);
  return counts;
}

describe('migrations', () => {
  it('every migration has its representative rows, or says why it adds none', () => {
    const withoutRows = names.filter((n) => !MIGRATION_FIXTURES[n]);
    expect(withoutRows).toEqual(['011_scale_indexes']); // indexes only
  });

  it.each(names.map((n, i) => [n, i] as const))('a database stopped at %s keeps every row through the latest migration', async (_name, stop) => {
    const db = await freshDatabase();
    for (const name of names.slice(0, stop + 1)) {
      await db.migrate.up({ name });
      await MIGRATION_FIXTURES[name]?.(db);
    }
    const tables = [...new Set(Object.values(await checkedTables(db)))];
    const before = await rowCounts(db, tables);
    await db.migrate.latest();
    expect(await rowCounts(db, tables)).toEqual(before);
    const [, pending] = (await db.migrate.list()) as [unknown[], unknown[]];
    expect(pending).toEqual([]);
  });

  it('the latest schema accepts exactly the vocabularies of enums.ts, and every checked column is mapped', async () => {
    const db = await freshDatabase();
    await db.migrate.latest();
    const inSchema = await checkedVocabularies(db);
    const unmapped = [...inSchema.keys()].filter((k) => !(k in SCHEMA_VOCABULARIES));
    expect(unmapped, 'a CHECK (… IN (…)) column missing from test/support/schemaVocabularies.ts').toEqual([]);
    for (const [column, values] of Object.entries(SCHEMA_VOCABULARIES)) {
      expect(inSchema.get(column)?.slice().sort(), `${column}: enums.ts and the schema disagree (a migration is missing?)`).toEqual([...values].sort());
    }
  });

  it('the schema matches its snapshot (update with: npx vitest run test/api/migrations.test.ts -u, on both engines)', async () => {
    const db = await freshDatabase();
    await db.migrate.latest();
    await expect(await describeSchema(db)).toMatchFileSnapshot(`../../db/schema/${engine()}.schema.txt`);
  });
});

/** The tables that exist at this point of the history. */
async function checkedTables(db: Awaited<ReturnType<typeof freshDatabase>>): Promise<Record<string, string>> {
  const all = Object.keys(SCHEMA_VOCABULARIES).map((k) => k.split('.')[0]!);
  const out: Record<string, string> = {};
  for (const table of new Set(all)) if (await db.schema.hasTable(table)) out[table] = table;
  return out;
}
