// The helpers a migration uses to change a vocabulary after its table exists (db/migrations/helpers.ts):
// on SQLite a rebuild that keeps rows, ids, indexes, triggers and foreign keys; on PostgreSQL a new constraint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCheck, dropCheck, setCheckValues } from '../../db/migrations/helpers.ts';
import { LEDGER_KINDS } from '../../server/domain/enums.ts';
import type { Db } from '../../server/db/connection.ts';
import { createTestDatabase } from '../support/db.ts';
import { MIGRATION_FIXTURES } from '../support/migrationFixtures.ts';
import { checkedVocabularies, describeSchema } from '../support/schemaIntrospection.ts';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  for (const load of Object.values(MIGRATION_FIXTURES)) await load(db);
});
afterAll(() => drop());

const withoutChecks = (schema: string) =>
  schema
    .split('\n')
    .filter((l) => !/^(table|constraint) data_ledger/.test(l))
    .join('\n');

describe('setCheckValues', () => {
  it('widens a vocabulary on a table with rows, keeping ids, indexes, triggers and the rows that point at it', async () => {
    const before = await describeSchema(db);
    const rows = await db('data_ledger').orderBy('id');
    await setCheckValues(db, 'data_ledger', 'kind', [...LEDGER_KINDS, 'goodwill_test']);
    expect((await checkedVocabularies(db)).get('data_ledger.kind')).toContain('goodwill_test');
    expect(await db('data_ledger').orderBy('id')).toEqual(rows);
    expect(withoutChecks(await describeSchema(db))).toEqual(withoutChecks(before));
    // The append-only triggers came back with the table.
    await expect(db('data_ledger').where({ id: 1 }).update({ note: 'rewritten' })).rejects.toThrow(/append-only/);
    // A new row takes the next id, never one already used.
    const highest = Number((await db('data_ledger').max({ m: 'id' }).first())!.m);
    const [row] = await db('data_ledger').insert(
      {
        account_plan_id: 1,
        kind: 'goodwill_test',
        delta_mb: 1,
        balance_after_mb: 7069,
        actor_kind: 'system',
        created_at: new Date().toISOString(),
      },
      ['id'],
    );
    expect(typeof row === 'object' ? row.id : row).toBe(highest + 1);
  });

  it('refuses to narrow while rows still hold the value, and names it', async () => {
    await expect(setCheckValues(db, 'data_ledger', 'kind', LEDGER_KINDS)).rejects.toThrow(/goodwill_test/);
    expect((await checkedVocabularies(db)).get('data_ledger.kind')).toContain('goodwill_test');
  });

  it('narrows once no row holds the value', async () => {
    await setCheckValues(db, 'refunds', 'reject_reason_code', [
      'late_request',
      'data_used',
      'lost_or_stolen_device',
      'promo_order',
      'other',
    ]);
    await expect(db('refunds').where({ id: 2 }).update({ reject_reason_code: 'duplicate' })).rejects.toThrow();
    expect(await db('refund_payouts').where({ refund_id: 1 }).count({ n: '*' }).first()).toEqual({ n: 2 });
  });

  it('adds and drops a named table check', async () => {
    await addCheck(db, 'refunds', 'refunds_fixture_note_short', 'length(customer_reason) < 100');
    await expect(
      db('refunds')
        .where({ id: 3 })
        .update({ customer_reason: 'x'.repeat(200) }),
    ).rejects.toThrow(/refunds_fixture_note_short/);
    await dropCheck(db, 'refunds', 'refunds_fixture_note_short');
    await db('refunds')
      .where({ id: 3 })
      .update({ customer_reason: 'x'.repeat(200) });
  });
});
