// Several short lists in one statement (server/db/listsInOneStatement.ts, the customer 360): the rows come
// back as JSON, so each value must read as the same record as a plain SELECT gives, on both engines.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { listsInOneStatement } from '../../server/db/listsInOneStatement.ts';
import { rowToRecord, type FieldDef } from '../../server/rest/fields.ts';
import { createTestDatabase } from '../support/db.ts';

let t: { db: Db; drop: () => Promise<void> };
const field = (column: string, type: FieldDef['type']): FieldDef => ({ column, type, sortable: false, filterable: false });
const FIELDS: Record<string, FieldDef> = {
  id: field('id', 'int'),
  ownerId: field('owner_id', 'int'),
  label: field('label', 'text'),
  amountCents: field('amount_cents', 'int'),
  done: field('done', 'bool'),
  facts: field('facts', 'json'),
  at: field('at', 'timestamp'),
  day: field('day', 'date'),
};
const COLUMNS = Object.values(FIELDS).map((f) => f.column);

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.schema.createTable('list_probe', (table) => {
    table.increments('id');
    table.integer('owner_id').notNullable().index();
    table.text('label');
    table.bigInteger('amount_cents');
    table.boolean('done');
    table.jsonb('facts');
    table.timestamp('at', { useTz: true });
    table.date('day');
  });
  const rows = Array.from({ length: 60 }, (_, i) => ({
    owner_id: i % 3 === 0 ? 2 : 1,
    label: i % 7 === 0 ? null : `Ligne « ${i} » — é"\\'`,
    amount_cents: i * 1_000_000_007,
    done: i % 2 === 0,
    facts: JSON.stringify({ n: i, tags: ['a', 'b'], nested: { ok: i % 2 === 0 } }),
    // Ties on purpose: the order falls back on the id.
    at: new Date(Date.UTC(2026, 11, 1, 8, Math.floor(i / 2))).toISOString(),
    day: `2026-12-${String((i % 28) + 1).padStart(2, '0')}`,
  }));
  await t.db('list_probe').insert(rows);
});
afterAll(async () => {
  await t?.drop();
});

const plain = async (owner: number, limit: number) =>
  (await t.db('list_probe').where({ owner_id: owner }).orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).select(COLUMNS)).map(
    (r: object) => rowToRecord(FIELDS, r),
  );

describe('listsInOneStatement', () => {
  test('each list: the same records as a plain SELECT, newest first (ties by id), at most its limit, with its full count', async () => {
    const lists = await listsInOneStatement(t.db, {
      first: { scope: t.db('list_probe').where({ owner_id: 1 }), columns: COLUMNS, newestBy: 'at', limit: 25 },
      second: { scope: t.db('list_probe').where({ owner_id: 2 }), columns: COLUMNS, newestBy: 'at', limit: 50 },
      none: { scope: t.db('list_probe').where({ owner_id: 99 }), columns: COLUMNS, newestBy: 'at', limit: 50 },
    });
    expect(lists.first.rows.map((r) => rowToRecord(FIELDS, r))).toEqual(await plain(1, 25));
    expect(lists.first.total).toBe(40);
    expect(lists.second.rows.map((r) => rowToRecord(FIELDS, r))).toEqual(await plain(2, 50));
    expect(lists.second.total).toBe(20);
    expect(lists.none).toEqual({ rows: [], total: 0 });
  });

  test('a cheaper count may stand for the rows; no list, no statement', async () => {
    const lists = await listsInOneStatement(t.db, {
      done: {
        scope: t.db('list_probe').where({ done: true }),
        countScope: t.db.from(t.db('list_probe').where({ done: true }).select(t.db.raw('1 AS one')).as('c')),
        columns: ['id', 'label'],
        newestBy: 'at',
        limit: 3,
      },
    });
    expect(lists.done.rows).toHaveLength(3);
    expect(lists.done.total).toBe(30);
    expect(await listsInOneStatement(t.db, {})).toEqual({});
  });
});
