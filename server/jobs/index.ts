// The scheduled work of the back office (docs/ACCOUNTS.md "Jobs").
import type { Knex } from 'knex';
import type { Transporter } from 'nodemailer';
import { SYSTEM } from '../domain/actor.ts';
import { queueMessage } from '../outbox/outbox.ts';
import { deliverDueMessages, releaseStaleClaims } from '../outbox/worker.ts';
import { evaluatePendingAlerts } from '../services/alertSweep.ts';
import { enqueueNoticeBatch } from '../services/notices.ts';
import { expirePlans } from '../services/orders.ts';
import { withholdLateOffers } from '../services/promotions.ts';
import { settleReferrals } from '../services/referrals.ts';
import { submitPendingStatements } from '../services/sorSubmissions.ts';
import type { PaymentProvider } from '../payments/provider.ts';
import { reconcilePayouts, sendDuePayouts } from '../services/payouts.ts';
import { processQueuedEvents } from '../services/providerEvents.ts';
import type { TdbClient } from '../tdb/client.ts';
import type { SmsSender } from '../outbox/sms.ts';
import type { Ctx } from '../services/ctx.ts';
import { expireDueReviews } from './reviewRetention.ts';
import type { JobDef } from './scheduler.ts';
import { getSetting } from '../settings.ts';
import type { Config } from '../config.ts';
import { createTransport } from '../outbox/worker.ts';
import { smsSenderFrom } from '../outbox/sms.ts';
import { tdbClientFrom } from '../tdb/client.ts';
import { paymentProviderFrom } from '../payments/index.ts';

/** A job that works in one transaction as the system. */
const inTransaction =
  <T extends Record<string, unknown>>(work: (ctx: Ctx) => Promise<T>, didSomething: (summary: T) => boolean) =>
  (db: Knex, now: Date) =>
    db.transaction(async (trx) => {
      const ctx: Ctx = {
        trx,
        actor: SYSTEM,
        now,
        queue: async (m) => {
          await queueMessage(trx, m, now);
        },
      };
      const summary = await work(ctx);
      return { didSomething: didSomething(summary), summary };
    });

/** Messages the outbox job claims at a time, and how long one run keeps taking batches (under its 30-s interval). */
export const OUTBOX_BATCH = 50;
export const OUTBOX_RUN_BUDGET_MS = 20_000;

/** `tdb`: the Transparency Database's client when TDB_API_URL and TDB_API_TOKEN are set; null: no submission job. */
/** `payments`: the payment provider; a remote one (Stripe) gets the payout, webhook and reconciliation jobs. */
/** `sms`: the SMS provider (Twilio); null: SMS go through the mail transport. */
export function backOfficeJobs(
  transport: Transporter | null,
  mailFrom: string,
  tdb: TdbClient | null = null,
  payments: PaymentProvider | null = null,
  sms: SmsSender | null = null,
): JobDef[] {
  const jobs: JobDef[] = [
    { name: 'alerts.evaluate', everySeconds: 60, run: inTransaction(evaluatePendingAlerts, (s) => s.fired.length > 0) },
    { name: 'plans.expire', everySeconds: 300, run: inTransaction(expirePlans, (s) => s.expired.length + s.lapsed.length > 0) },
    { name: 'referrals.reward', everySeconds: 900, run: inTransaction(settleReferrals, (s) => s.rewarded.length + s.voided.length > 0) },
    // A sent notice's recipients enter the outbox a batch at a time (setting notice_batch_size), at bulk priority.
    { name: 'notices.enqueue', everySeconds: 60, run: inTransaction(enqueueNoticeBatch, (s) => s.queued + s.skipped > 0) },
    { name: 'promos.withhold', everySeconds: 3600, run: inTransaction(withholdLateOffers, (s) => s.withheld.length > 0) },
    {
      name: 'reviews.expire',
      everySeconds: 3600,
      run: async (db, now) => {
        const s = await expireDueReviews(db, now);
        return { didSomething: s.expired > 0, summary: s };
      },
    },
    // Every run is kept in job_runs (about 5,000 a day): older than job_runs_retention_days, they go.
    {
      name: 'job-runs.prune',
      everySeconds: 3600,
      run: async (db, now) => {
        const days = await getSetting(db, 'job_runs_retention_days');
        const deleted = await db('job_runs')
          .where('started_at', '<', new Date(now.getTime() - days * 86_400_000).toISOString())
          .delete();
        return { didSomething: deleted > 0, summary: { deleted, olderThanDays: days } };
      },
    },
  ];
  if (tdb) {
    // DSA Art. 24(5) "without undue delay": every 5 minutes; a failed run says why in job_runs.
    jobs.push({
      name: 'sor.submit',
      everySeconds: 300,
      run: async (db, now) => {
        const s = await submitPendingStatements(db, tdb, now);
        if (s.error) throw new Error(`${s.error} (${s.accepted} accepted, ${s.failed} waiting for a retry)`);
        return { didSomething: s.batches + s.released + s.refusedLocally > 0, summary: { ...s } };
      },
    });
  }
  if (payments?.remote) {
    jobs.push(
      {
        name: 'payouts.send',
        everySeconds: 30,
        run: async (db, now) => {
          const s = await sendDuePayouts(db, payments, { now });
          if (s.error)
            throw new Error(`The payment provider gave no answer: ${s.error} (${s.paid} paid, ${s.pending} pending, sent again later)`);
          return { didSomething: s.sent > 0, summary: { ...s } };
        },
      },
      {
        name: 'payments.events',
        everySeconds: 60,
        run: async (db, now) => {
          const s = await processQueuedEvents(db, now);
          return { didSomething: s.processed + s.ignored + s.failed > 0, summary: { ...s } };
        },
      },
      {
        name: 'payouts.reconcile',
        everySeconds: 3600,
        run: async (db, now) => {
          const s = await reconcilePayouts(db, payments, now);
          return { didSomething: s.differences > 0, summary: { ...s } };
        },
      },
    );
  }
  if (transport) {
    jobs.unshift({
      name: 'outbox.deliver',
      everySeconds: 30,
      // A run drains the queue, a batch at a time, for up to OUTBOX_RUN_BUDGET_MS (not one batch of 50 per run: that
      // capped delivery at 100 messages a minute, and a burst of alerts waited past the ten minutes they are due in).
      run: async (db, now) => {
        const released = await releaseStaleClaims(db, now);
        const r = { sent: 0, retried: 0, dead: 0, suppressed: 0, batches: 0 };
        const started = Date.now();
        for (;;) {
          const b = await deliverDueMessages(db, transport, {
            from: mailFrom,
            now: r.batches ? new Date() : now,
            sms,
            limit: OUTBOX_BATCH,
          });
          r.batches++;
          r.sent += b.sent;
          r.retried += b.retried;
          r.dead += b.dead;
          r.suppressed += b.suppressed;
          if (b.sent + b.retried + b.dead + b.suppressed < OUTBOX_BATCH || Date.now() - started >= OUTBOX_RUN_BUDGET_MS) break;
        }
        return { didSomething: r.sent + r.retried + r.dead + r.suppressed + released > 0, summary: { ...r, released } };
      },
    });
  }
  return jobs;
}

/** The jobs `npm start` schedules for this configuration (server/cli/start.ts; the two-process test expects the same list). */
export function configuredJobs(config: Config): JobDef[] {
  return backOfficeJobs(
    config.runOutboxWorker ? createTransport(config.smtpUrl) : null,
    config.mailFrom,
    tdbClientFrom(config),
    paymentProviderFrom(config),
    smsSenderFrom(config),
  );
}
