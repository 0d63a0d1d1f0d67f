// How often one IP address may send a notice or a complaint (express-rate-limit, in memory, per process).
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Knex } from 'knex';
import { ApiError } from '../http/errors.ts';
import { getSetting } from '../settings.ts';

export const SUBMISSION_WINDOW_MS = 15 * 60_000;
export const SUBMISSION_LIMIT_SETTING = 'dsa_public_submissions_per_15_minutes';

export interface SubmissionLimitOptions {
  /** Overrides the admin setting; by default the setting is read at each request, so a change applies at once. */
  limit?: number;
  windowMs?: number;
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
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Retry-After is already set (seconds left in the window).
    handler: (_req, res, next) => { next(tooManySubmissions(Number(res.getHeader('Retry-After')) || windowMs / 1000)); },
  });
}
