// `npm run bench -- --grow-audit 1000000`: appends N audit entries about other records than the
// 360's sample to the scale database, quickly (multi-row inserts, 10,000 rows a transaction), the
// hash chain kept valid (server/audit/auditLog.ts › chainedRows, the links appendAudit writes), so
// the benchmark can show the 360 does not grow with the log (issue 15). The console server is
// stopped meanwhile: this is the chain's only writer.
import type { Knex } from 'knex';
import { chainedRows, GENESIS_HASH, type AuditEntry } from '../server/audit/auditLog.ts';
import { isPostgres } from '../server/db/connection.ts';
import type { Actor } from '../server/domain/actor.ts';

const PER_TRANSACTION = 10_000;
/** Records the entries are about, with the column naming their account (to leave the 360's sample out). */
const ABOUT = [
  { entity: 'accounts', table: 'accounts', account: 'id' },
  { entity: 'account-plans', table: 'account_plans', account: 'account_id' },
  { entity: 'transfers', table: 'transfers', account: 'sender_account_id' },
  { entity: 'orders', table: 'orders', account: 'account_id' },
] as const;
const ACTORS: Actor[] = [
  { kind: 'system', name: 'usage-alerts' },
  { kind: 'integration', id: 1, name: 'customer app' },
  { kind: 'system', name: 'notices' },
];

export async function growAuditLog(
  db: Knex,
  n: number,
  sampleAccountIds: readonly number[],
  say: (line: string) => void,
  perTransaction = PER_TRANSACTION,
): Promise<number> {
  const started = performance.now();
  const ids: { entity: string; ids: number[] }[] = [];
  for (const about of ABOUT) {
    const rows = (await db(about.table).select('id').whereNotIn(about.account, sampleAccountIds).orderBy('id', 'desc').limit(50_000)) as {
      id: number;
    }[];
    if (rows.length) ids.push({ entity: about.entity, ids: rows.map((r) => r.id) });
  }
  // Fewer columns a statement on SQLite (its bound on variables), more on PostgreSQL.
  const perStatement = isPostgres(db) ? 1_000 : 500;
  const last = (await db('audit_log').orderBy('id', 'desc').first('hash', 'at')) as { hash: string; at: string | Date } | undefined;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const from = Date.now() - n; // the last one now
  let written = 0;
  while (written < n) {
    const count = Math.min(perTransaction, n - written);
    const entries: AuditEntry[] = [];
    for (let i = 0; i < count; i++) {
      const k = written + i;
      const about = ids[k % ids.length]!;
      const entityId = about.ids[(k * 7919) % about.ids.length]!;
      entries.push({
        actor: ACTORS[k % ACTORS.length]!,
        action: `${about.entity}.update`,
        entity: about.entity,
        entityId,
        before: { status: 'active' },
        after: { status: 'active', note: `bench growth ${k}` },
        at: new Date(from + k), // one millisecond apart
      });
    }
    const { rows, lastHash } = chainedRows(prevHash, entries);
    await db.transaction(async (trx) => {
      if (isPostgres(trx)) await trx.raw('SELECT pg_advisory_xact_lock(7403001)'); // appendAudit's lock
      const end = (await trx('audit_log').orderBy('id', 'desc').first('hash')) as { hash: string } | undefined;
      if ((end?.hash ?? GENESIS_HASH) !== prevHash) throw new Error('the audit chain grew meanwhile: stop the other writers first');
      for (let i = 0; i < rows.length; i += perStatement) await trx('audit_log').insert(rows.slice(i, i + perStatement));
    });
    prevHash = lastHash;
    written += count;
    if (written % 100_000 === 0 || written === n) say(`  audit log: +${written.toLocaleString('en')} entries`);
  }
  if (isPostgres(db)) await db.raw('ANALYZE audit_log');
  return performance.now() - started;
}
