// Whether a database is new, apart from the demo's generator so that `npm start` can ask without loading it.
import type { Knex } from 'knex';

/** True when nobody has used the database yet: no staff and no customer. */
export async function isDatabaseEmpty(db: Knex): Promise<boolean> {
  for (const table of ['staff', 'accounts']) {
    const row = await db(table).count({ n: '*' }).first();
    if (Number(row?.n ?? 0) > 0) return false;
  }
  return true;
}
