// Everything the server reads from the environment, in one place (README "Configuration").
export interface Config {
  port: number;
  production: boolean;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  /** Origins allowed to make state-changing requests, besides the server's own. */
  allowedOrigins: string[];
  secureCookies: boolean;
  bodyLimit: string;
  /** Whether the outbox worker runs inside the web process. */
  runOutboxWorker: boolean;
  /** Run the scheduled jobs in this process (a database lease keeps each job to one process at a time). */
  runJobs: boolean;
  /** The EU Transparency Database's base URL and API token (DSA Art. 24(5)); both unset: no submission job, the manual export remains. */
  tdbApiUrl: string | undefined;
  tdbApiToken: string | undefined;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe (false: none, the default). */
  trustProxy: boolean | number | string;
  /** Redis for the shared rate-limit counters; unset: the database holds them. */
  redisUrl: string | undefined;
  /** Prefix of our keys in Redis (several deployments, or test runs, may share one Redis). */
  redisPrefix: string;
  /** How often this process looks for due scheduled jobs (seconds). */
  jobsTickSeconds: number;
  /** Stripe (docs/OPERATIONS.md "Payments"): unset key → the manual provider. The API base is for a test double only. */
  stripeSecretKey: string | undefined;
  stripeWebhookSecret: string | undefined;
  stripeApiBase: string | undefined;
  /**
   * SMS through Twilio (docs/OPERATIONS.md "SMS"): the account SID and auth token, and a sender (a number
   * or a messaging service SID). Unset: SMS go through the mail transport (offline default). The API base
   * is for a test double only.
   */
  twilioAccountSid: string | undefined;
  twilioAuthToken: string | undefined;
  twilioFrom: string | undefined;
  twilioMessagingServiceSid: string | undefined;
  twilioApiBase: string | undefined;
  /** Where the provider reaches this server (https://backoffice.example.com): delivery receipt URLs and their signatures. */
  publicUrl: string | undefined;
  /** Encrypts the staff's second-factor secrets at rest (any long random text); unset: stored as they are. */
  twoFactorKey: string | undefined;
}

/**
 * TRUST_PROXY: unset, `false` or `0` → trust no proxy (the client address is the socket's);
 * `true` → trust every hop (only behind a proxy that overwrites X-Forwarded-For); a number →
 * that many hops; otherwise addresses/subnets or Express's names (`loopback`, `uniquelocal`), comma-separated.
 */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 3000),
    production,
    databaseUrl: env.DATABASE_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Kolet <support@kolet.demo>',
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? 'http://localhost:5173')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : production,
    bodyLimit: env.BODY_LIMIT ?? '100kb',
    runOutboxWorker: env.OUTBOX_WORKER !== 'off',
    runJobs: env.JOBS !== 'off',
    tdbApiUrl: env.TDB_API_URL || undefined,
    tdbApiToken: env.TDB_API_TOKEN || undefined,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || 'kolet:',
    twoFactorKey: env.TWO_FACTOR_KEY || undefined,
    stripeSecretKey: env.STRIPE_SECRET_KEY || undefined,
    stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET || undefined,
    stripeApiBase: env.STRIPE_API_BASE || undefined,
    twilioAccountSid: env.TWILIO_ACCOUNT_SID || undefined,
    twilioAuthToken: env.TWILIO_AUTH_TOKEN || undefined,
    twilioFrom: env.TWILIO_FROM || undefined,
    twilioMessagingServiceSid: env.TWILIO_MESSAGING_SERVICE_SID || undefined,
    twilioApiBase: env.TWILIO_API_BASE || undefined,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : undefined,
    jobsTickSeconds: Number(env.JOBS_TICK_SECONDS ?? 5) || 5,
  };
}
