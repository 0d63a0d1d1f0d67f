// The benchmark's growth of the audit log (bench/growAudit.ts, issue 15): bulk appends that keep the
// hash chain whole, about other records than the 360's sample, and that the ordinary appends continue.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { growAuditLog } from '../../bench/growAudit.ts';
import { appendAudit, verifyAuditChain } from '../../server/audit/auditLog.ts';
import type { Db } from '../../server/db/connection.ts';
import { SYSTEM } from '../../server/domain/actor.ts';
import { createTestDatabase } from '../support/db.ts';
import { insertAccount } from '../support/fixtures.ts';

let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(async () => drop());

describe('growAuditLog', () => {
  test('appends N entries in several transactions, the chain verified, none about the sampled accounts', async () => {
    const sampled = await insertAccount(db);
    const others = [await insertAccount(db), await insertAccount(db)];
    await db.transaction((trx) =>
      appendAudit(trx, { actor: SYSTEM, action: 'accounts.update', entity: 'accounts', entityId: sampled, at: new Date() }),
    );
    const before = Number((await db('audit_log').count({ n: '*' }).first())!.n);
    await growAuditLog(db, 2_500, [sampled], () => {}, 1_000);
    expect(Number((await db('audit_log').count({ n: '*' }).first())!.n)).toBe(before + 2_500);
    const about = (await db('audit_log').where('action', 'like', '%.update').andWhere('entity', 'accounts').distinct('entity_id')) as {
      entity_id: string;
    }[];
    expect(about.map((r) => Number(r.entity_id)).sort()).toEqual([sampled, ...others].sort());
    expect(
      Number(
        (await db('audit_log')
          .where({ entity: 'accounts', entity_id: String(sampled) })
          .count({ n: '*' })
          .first())!.n,
      ),
    ).toBe(1);
    // The ordinary append continues the chain after the bulk rows.
    await db.transaction((trx) =>
      appendAudit(trx, { actor: SYSTEM, action: 'accounts.update', entity: 'accounts', entityId: others[0], at: new Date() }),
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: before + 2_501 });
  });
});
