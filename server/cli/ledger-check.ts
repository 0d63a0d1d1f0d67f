// `npm run ledger:check`: reconciles every account plan against its data ledger
// (docs/MONEY.md §3, invariant 5); exits 1 listing the plans whose balance differs.
import { openDatabase, requireMigrated } from '../db/connection.ts';
import { reconcileLedger } from '../services/ledger.ts';

const db = openDatabase();
await requireMigrated(db);
const { checked, mismatches } = await reconcileLedger(db);
await db.destroy();
if (mismatches.length) {
  console.error(`Ledger check FAILED: ${mismatches.length} of ${checked} plans differ from their ledger`);
  for (const m of mismatches.slice(0, 50))
    console.error(`  account plan ${m.accountPlanId}, ${m.field}: cached ${m.cachedMb} MB, ledger ${m.ledgerMb} MB`);
  process.exit(1);
}
console.log(`Ledger check passed: ${checked} plans: remaining data, its gifted part and the size each plan gave equal their entries`);
