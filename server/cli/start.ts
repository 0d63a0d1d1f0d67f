// `npm start`: migrate, seed the demo data into an empty database (never in production),
// build the console if needed, and serve console + API on PORT (default 3000).
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { migrateToLatest, openDatabase } from '../db/connection.ts';
import { createLogger } from '../logger.ts';
import { configuredJobs } from '../jobs/index.ts';
import { startScheduler } from '../jobs/scheduler.ts';
import { smsSenderFrom } from '../outbox/sms.ts';
import { ensureDefaultSettings } from '../settings.ts';
import { isDatabaseEmpty } from '../../seeds/demo/empty.ts';
import { DEMO_LOGINS } from '../../seeds/demo/staff.ts';
import { buildSpaIfNeeded, DIST } from './spa.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const say = (line: string) => process.stdout.write(`${line}\n`);

const db = openDatabase(config.databaseUrl);
await migrateToLatest(db);
await ensureDefaultSettings(db);
let seeded = false;
if (!config.production && (await isDatabaseEmpty(db))) {
  say('Empty database: seeding the demo data…');
  // Loaded only to seed: the demo's generator (faker and its locales) is 17 MB of heap the server does not need after.
  const { seedDemo } = await import('../../seeds/demo/index.ts');
  await seedDemo(db, { log: say });
  seeded = true;
}
if (!process.env.SKIP_SPA_BUILD) await buildSpaIfNeeded(say);

const app = createApp(db, config, logger, { staticDir: DIST });
// Scheduled work (outbox delivery, plan expiry, referral rewards, alerts, retention, TDB submission), one lease per job.
const stopWorker = config.runJobs
  ? startScheduler(db, configuredJobs(config), logger.child({ component: 'jobs' }), config.jobsTickSeconds)
  : async () => {};
const server = app.listen(config.port, () => {
  say('');
  say(`Kolet back office is running on http://localhost:${config.port}`);
  if (!config.production) {
    say(seeded ? 'Demo data seeded. Demo logins (password: kolet-demo):' : 'Demo logins (password: kolet-demo):');
    for (const { email, roles } of DEMO_LOGINS) say(`  ${email.padEnd(24)} ${roles.join(', ')}`);
    say('Integration API service token: demo-integration-token');
    say(
      'Two-factor sign-in is not required in the demo data (setting two_factor_required_roles = []); set it to ["admin","finance"] in Settings to try it.',
    );
  }
  if (config.production && !config.twoFactorKey)
    logger.warn('TWO_FACTOR_KEY is not set: staff second-factor secrets are stored unencrypted (docs/OPERATIONS.md)');
  say(config.smtpUrl ? `Mail goes to ${new URL(config.smtpUrl).host}` : 'No SMTP_URL: messages are delivered to the log');
  say(
    config.stripeSecretKey
      ? `Refunds are paid through Stripe${config.stripeWebhookSecret ? ', webhooks at /api/webhooks/stripe' : ' (no STRIPE_WEBHOOK_SECRET: outcomes come from the answers and the reconciliation only)'}`
      : 'No STRIPE_SECRET_KEY: refunds are paid by hand (manual provider)',
  );
  say(
    smsSenderFrom(config)
      ? `SMS are sent through Twilio${config.publicUrl ? `, receipts at ${config.publicUrl}/api/webhooks/twilio` : ' (no PUBLIC_URL: no delivery receipts)'}`
      : 'No TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN/TWILIO_FROM: SMS are delivered through the mail transport',
  );
  say(
    config.tdbApiUrl && config.tdbApiToken
      ? `Statements of reasons are submitted to ${new URL(config.tdbApiUrl).host}`
      : 'No TDB_API_URL/TDB_API_TOKEN: statements of reasons wait for the manual export',
  );
});

async function shutdown(signal: string) {
  say(`${signal}: shutting down`);
  server.close();
  await stopWorker();
  await (app.locals.close as () => Promise<void>)();
  await db.destroy();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
