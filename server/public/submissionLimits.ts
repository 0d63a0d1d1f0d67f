// How often one IP address may send a notice or a complaint (express-rate-limit, counted in the shared store: docs/OPERATIONS.md).
import type { RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import type { Knex } from 'knex';
import { ApiError } from '../http/errors.ts';
import { getSetting } from '../settings.ts';

export const SUBMISSION_WINDOW_MS = 15 * 60_000;
export const SUBMISSION_LIMIT_SETTING = 'dsa_public_submissions_per_15_minutes';

export interface SubmissionLimitOptions {
  /** Overrides the admin setting; by default the setting is read at each request, so a change applies at once. */
  limit?: number;
  windowMs?: number;
  /** Where the counts live, shared by every API process (http/rateLimitStore.ts); none: this process's memory. */
  store?: (prefix: string) => Store;
}

export const tooManySubmissions = (retryAfterSeconds: number) =>
  new ApiError(429, 'rate_limited', `Too many submissions from your address: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`);

/**
 * One counter per kind of submission (notices, complaints), shared by its HTML form and its JSON endpoint:
 * mount the same handler on both. Every attempt counts, refused ones included (a refused complaint tells
 * whether a reference exists). Headers: RateLimit and RateLimit-Policy (IETF draft 8), Retry-After when refused;
 * the refusal is an ApiError 429 `rate_limited`, answered as JSON or as a page by the router's error handler.
 */
export function submissionLimiter(db: Knex, kind: 'notices' | 'complaints', options: SubmissionLimitOptions = {}): RequestHandler {
  const windowMs = options.windowMs ?? SUBMISSION_WINDOW_MS;
  return rateLimit({
    windowMs,
    limit: options.limit ?? (() => getSetting(db, SUBMISSION_LIMIT_SETTING)),
    identifier: `dsa-${kind}`,
    ...(options.store ? { store: options.store(`dsa-${kind}:`) } : {}),
    // A store that cannot be reached lets the submission through (logged), rather than refusing the public.
    passOnStoreError: true,
    // X-Forwarded-For is believed only when TRUST_PROXY says so; a client sending it anyway is not a misconfiguration.
    validate: { xForwardedForHeader: false },
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Retry-After is already set (seconds left in the window).
    handler: (_req, res, next) => {
      next(tooManySubmissions(Number(res.getHeader('Retry-After')) || windowMs / 1000));
    },
  });
}
