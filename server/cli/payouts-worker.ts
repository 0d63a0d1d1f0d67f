// `npm run payouts:work`: a stand-alone payouts worker (docs/PAYMENTS.md "Payouts", docs/OPERATIONS.md "Payments").
// Every JOBS_TICK_SECONDS it sends the payout intents due (sendDuePayouts: claim, call Stripe outside any
// transaction, record the answer) and works the queued webhook events. Safe beside the API processes' own
// `payouts.send` job and beside other workers: each intent is claimed in a transaction, and a process killed
// mid-way leaves its intent claimed until it is sent again, with the same idempotency key, 2 minutes later.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { createLogger } from '../logger.ts';
import { paymentProviderFrom } from '../payments/index.ts';
import { sendDuePayouts } from '../services/payouts.ts';
import { processQueuedEvents } from '../services/providerEvents.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const provider = paymentProviderFrom(config);
if (!provider.remote) {
  console.error('No STRIPE_SECRET_KEY: refunds are paid by hand (manual provider), there is nothing for a payouts worker to send');
  process.exit(2);
}
const db = openDatabase(config.databaseUrl);
let stopped = false;
let wake: (() => void) | null = null;

async function loop() {
  while (!stopped) {
    try {
      const sent = await sendDuePayouts(db, provider);
      if (sent.sent) logger.info({ ...sent }, 'payouts sent');
      if (sent.error) logger.warn({ error: sent.error }, 'the payment provider gave no answer; the intent is sent again later');
      const events = await processQueuedEvents(db);
      if (events.processed + events.failed) logger.info({ ...events }, 'provider events');
    } catch (err) {
      logger.error({ err }, 'payouts worker run');
    }
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, config.jobsTickSeconds * 1000);
    });
  }
}

logger.info({ provider: provider.name, everySeconds: config.jobsTickSeconds }, 'payouts worker started');
const running = loop();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopped = true;
    wake?.();
    void running.then(() => db.destroy()).then(() => process.exit(0));
  });
}
