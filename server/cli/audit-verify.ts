// `npm run audit:verify`: walks the audit hash chain; exits 1 and names the first broken entry if any.
import { verifyAuditChain } from '../audit/auditLog.ts';
import { openDatabase, requireMigrated } from '../db/connection.ts';

const db = openDatabase();
await requireMigrated(db);
const verdict = await verifyAuditChain(db);
console.log(verdict.message);
await db.destroy();
process.exit(verdict.ok ? 0 : 1);
