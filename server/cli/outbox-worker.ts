// `npm run outbox:work`: a stand-alone outbox worker (run it beside API processes started with OUTBOX_WORKER=off).
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { createLogger } from '../logger.ts';
import { createTransport, startOutboxWorker } from '../outbox/worker.ts';
import { smsSenderFrom } from '../outbox/sms.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const db = openDatabase(config.databaseUrl);
const stop = startOutboxWorker(db, createTransport(config.smtpUrl), { from: config.mailFrom, log: logger, sms: smsSenderFrom(config) });
logger.info('outbox worker started');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(
    signal,
    () =>
      void stop()
        .then(() => db.destroy())
        .then(() => process.exit(0)),
  );
}
