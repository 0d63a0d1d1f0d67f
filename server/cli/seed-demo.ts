// `npm run seed:demo`: fills an empty database (DATABASE_URL, default the SQLite file) with
// the deterministic demo data set. Never in production; never over existing data.
import { openDatabase } from '../db/connection.ts';
import { PRODUCTION_REFUSAL, runSeedDemo } from '../../seeds/demo/cli.ts';

if (process.env.NODE_ENV === 'production') {
  console.error(PRODUCTION_REFUSAL);
  process.exit(1);
}
const db = openDatabase();
try {
  await runSeedDemo(db);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
