// `npm run db:migrate`: brings the database of DATABASE_URL (default: the SQLite file) to the latest schema.
import { migrateToLatest, openDatabase } from '../db/connection.ts';
import { ensureDefaultSettings } from '../settings.ts';

const db = openDatabase();
await migrateToLatest(db);
await ensureDefaultSettings(db);
console.log(`Database at migration ${await db.migrate.currentVersion()}`);
await db.destroy();
