// The public side of the DSA features (no login): notice and complaint forms and their JSON endpoints.
import type { Router } from 'express';
import type { Knex } from 'knex';
import { publicApiRouter } from './publicApi.ts';
import { publicPagesRouter } from './publicPages.ts';
import { submissionLimiter, type SubmissionLimitOptions } from './submissionLimits.ts';

export interface PublicDsaOptions {
  /** Largest accepted body, JSON or form (config BODY_LIMIT). */
  bodyLimit: string;
  rateLimit?: SubmissionLimitOptions;
  /** The shared rate-limit store of the process (http/rateLimitStore.ts). */
  store?: SubmissionLimitOptions['store'];
}

/** `api` goes under /public, `pages` at the root; the form and the endpoint of one kind share one rate-limit counter. */
export function publicDsaRouters(db: Knex, options: PublicDsaOptions): { api: Router; pages: Router } {
  const shared = {
    bodyLimit: options.bodyLimit,
    noticeLimiter: submissionLimiter(db, 'notices', { store: options.store, ...options.rateLimit }),
    complaintLimiter: submissionLimiter(db, 'complaints', { store: options.store, ...options.rateLimit }),
  };
  return { api: publicApiRouter(db, shared), pages: publicPagesRouter(db, shared) };
}
