// `npm run reviews:expire`: erases reviews past their 3-year retention and prints what it removed.
import { openDatabase, requireMigrated } from '../db/connection.ts';
import { expireReviews } from '../jobs/reviewRetention.ts';

const db = openDatabase();
await requireMigrated(db);
const { expired, ids } = await expireReviews(db);
await db.destroy();
console.log(expired ? `Expired ${expired} review(s): ${ids.join(', ')}` : 'No review past its 3-year retention');
