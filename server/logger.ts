import pino, { type Logger } from 'pino';

/** Structured JSON logs; every request line carries its request id (pino-http). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
  });
}
