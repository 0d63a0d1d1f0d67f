// `npm run seed:scale [-- --accounts N] [--seed S]`: the docs/PRODUCT.md §4 scale data set, by default
// into its own SQLite file (data/kolet-scale.sqlite) so the demo database stays small;
// DATABASE_URL=sqlite:<file> or postgres://… chooses another.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connection.ts';
import { ROOT } from '../paths.ts';
import { seedScale } from '../../seeds/scale/index.ts';

if (process.env.NODE_ENV === 'production') {
  console.error('the scale data set is never seeded in production');
  process.exit(1);
}
const { values } = parseArgs({ options: { accounts: { type: 'string' }, seed: { type: 'string' } } });
const accounts = values.accounts === undefined ? undefined : Number(values.accounts);
if (accounts !== undefined && (!Number.isInteger(accounts) || accounts < 1 || accounts > 10_000_000)) {
  console.error('--accounts must be a whole number between 1 and 10,000,000');
  process.exit(2);
}
export const SCALE_DATABASE_URL = `sqlite:${path.join(ROOT, 'data', 'kolet-scale.sqlite')}`;
const url = process.env.DATABASE_URL || SCALE_DATABASE_URL;
console.log(`seed:scale into ${url.replace(/\/\/[^@]*@/, '//')}`);
const db = openDatabase(url);
try {
  await seedScale(db, { ...(accounts ? { accounts } : {}), ...(values.seed ? { seed: Number(values.seed) } : {}) });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
