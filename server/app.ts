import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Knex } from 'knex';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import './http/types.ts';
import { ACTIONS } from './actions/index.ts';
import { actionRouter } from './actions/actionRouter.ts';
import { auditRouter } from './audit/routes.ts';
import { authRouter } from './auth/routes.ts';
import { requireStaff, staffSession } from './auth/sessions.ts';
import { SecretBox } from './auth/twoFactor.ts';
import type { Config } from './config.ts';
import { readerOf } from './db/connection.ts';
import { controlCharacterGuard } from './http/controlCharacters.ts';
import { csrfGuard } from './http/csrf.ts';
import { rateLimitStores, type RateLimitStores } from './http/rateLimitStore.ts';
import { errorHandler, notFound } from './http/errors.ts';
import { consoleFiles } from './http/staticAssets.ts';
import { serviceToken } from './integration/serviceToken.ts';
import { integrationRouter } from './integration/routes.ts';
import { USAGE_BATCH_BODY_LIMIT } from './integration/usageBatch.ts';
import { openApiDocument } from './openapi.ts';
import { publicDsaRouters } from './public/routes.ts';
import { accountQueryRouter } from './queries/accounts.ts';
import { customerDataRouter } from './queries/customerData.ts';
import { complaintsQueryRouter } from './queries/complaints.ts';
import { jobsRouter } from './queries/jobs.ts';
import { dsaQueryRouter } from './queries/dsa.ts';
import { queryRouter } from './queries/routes.ts';
import { statsRouter } from './queries/stats.ts';
import { paymentsQueryRouter } from './queries/payments.ts';
import { paymentProviderFrom } from './payments/index.ts';
import type { PaymentProvider } from './payments/provider.ts';
import { stripeClient } from './payments/stripe.ts';
import { stripeWebhookRouter } from './payments/webhookRoute.ts';
import { twilioWebhookRouter } from './outbox/twilioWebhookRoute.ts';
import { sendDuePayouts } from './services/payouts.ts';
import { resourceRouter } from './rest/resourceRouter.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface AppOptions {
  staticDir?: string;
  rateLimits?: RateLimitStores;
  /** Another provider than the configuration's (tests). */
  paymentProvider?: PaymentProvider;
  /** Send payout intents right after the action or webhook that made them (default: yes with a remote provider); the job sends them anyway. */
  sendPayoutsAtOnce?: boolean;
}

export function createApp(db: Knex, config: Config, logger: Logger, options: AppOptions = {}): Express {
  const app = express();
  // Rate-limit counters shared by every process (the database, or Redis when REDIS_URL is set); closed with the app.
  const limits = options.rateLimits ?? rateLimitStores(db, config.redisUrl, logger, config.redisPrefix);
  app.locals.close = limits.close;
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies named by TRUST_PROXY (off by default): docs/OPERATIONS.md.
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger,
      // A caller's X-Request-Id is kept when well-formed, so one id follows a request across services.
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' },
      // Short lines (issue 15: ~1.6 KB a request with every header, 13 % of the main thread under
      // load): the request id, method, URL and status, and the time taken. No headers, so no cookie
      // or token to redact either.
      quietReqLogger: true,
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(helmet({ contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'] } } }));
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  // Reads outside a transaction go to SQLite's read-only pool (PostgreSQL: the same pool); writes to `db`.
  const reads = readerOf(db);
  // Payments: the provider (Stripe with STRIPE_SECRET_KEY, else manual); intents are sent after the commit, never inside it.
  const provider = options.paymentProvider ?? paymentProviderFrom(config);
  let sending: Promise<unknown> | null = null;
  const sendPayouts =
    provider.remote && options.sendPayoutsAtOnce !== false
      ? () => {
          if (!sending)
            sending = sendDuePayouts(db, provider)
              .catch((err) => logger.error({ err }, 'sending payouts'))
              .finally(() => {
                sending = null;
              });
        }
      : () => {};
  app.locals.payoutsIdle = () => sending ?? Promise.resolve();
  if (config.stripeWebhookSecret) {
    // Before the JSON parser: the signature is over the raw bytes.
    app.use(
      '/api/webhooks/stripe',
      stripeWebhookRouter(
        db,
        stripeClient({ secretKey: config.stripeSecretKey ?? 'sk_unset', apiBase: config.stripeApiBase }),
        config.stripeWebhookSecret,
        logger,
        sendPayouts,
      ),
    );
  }
  if (config.twilioAuthToken) {
    // Form-encoded, signed with the auth token over the URL Twilio called (PUBLIC_URL + path).
    app.use('/api/webhooks/twilio', twilioWebhookRouter(db, { authToken: config.twilioAuthToken, publicUrl: config.publicUrl }, logger));
  }
  const api = express.Router();
  api.use('/integration/usage/batch', express.json({ limit: USAGE_BATCH_BODY_LIMIT })); // 1,000 records need more than the default bound
  api.use(express.json({ limit: config.bodyLimit }));
  api.use(controlCharacterGuard);
  api.use((_req, res, next) => {
    res.set('Access-Control-Expose-Headers', 'Content-Range, X-Total-Bounded, X-Request-Id');
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  api.use('/integration', serviceToken(db), integrationRouter(db));
  api.use(csrfGuard(config.allowedOrigins));
  api.use(staffSession(db, reads));
  api.use(
    '/auth',
    authRouter(db, { secureCookies: config.secureCookies, secrets: new SecretBox(config.twoFactorKey), paymentProvider: provider.name }),
  );
  api.use(requireStaff);
  api.use(auditRouter(db));
  api.use(customerDataRouter(db));
  api.use(complaintsQueryRouter(db));
  api.use(actionRouter(db, ACTIONS, { payments: { provider: provider.name, remote: provider.remote }, afterCommit: sendPayouts }));
  api.use(paymentsQueryRouter(db));
  api.use(queryRouter(db));
  api.use(dsaQueryRouter(db));
  api.use(accountQueryRouter(reads));
  api.use(jobsRouter(db));
  api.use(statsRouter(reads));
  api.use(resourceRouter(db, reads));
  api.use((_req, _res, next) => next(notFound('No such API endpoint')));
  app.use('/api', api);

  // DSA notices and complaints from the public: no session, no CSRF header (nothing to forge without a login), rate limited.
  const publicDsa = publicDsaRouters(db, { bodyLimit: config.bodyLimit, store: limits.create });
  app.use('/public', publicDsa.api);
  app.use(publicDsa.pages);

  const staticDir = options.staticDir;
  if (staticDir && fs.existsSync(path.join(staticDir, 'index.html'))) app.use(consoleFiles(staticDir));
  app.use(errorHandler);
  return app;
}
