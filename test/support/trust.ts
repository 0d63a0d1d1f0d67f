import type { Knex } from 'knex';
import { expect } from 'vitest';
import { submitNotice } from '../../server/services/dsaIntake.ts';
import type { SessionFetch } from './server.ts';

// Reviews, reports and DSA notices made the way customers and the public make them.

export const integration = (baseUrl: string, token: string) => async (path: string, body: unknown) =>
  fetch(`${baseUrl}/api/integration/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function postReview(call: ReturnType<typeof integration>, body: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await call('reviews', { rating: 1, comment: 'Arnaque, le support ne répond jamais.', ...body });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}

export async function report(
  call: ReturnType<typeof integration>,
  reviewId: number,
  reason: string,
  reporterAccountId?: number,
): Promise<Response> {
  return call('review-reports', { reviewId, reason, ...(reporterAccountId ? { reporterAccountId } : {}) });
}

export const FACTS = { requestId: 'test', ip: '127.0.0.1', userAgent: 'vitest' };

export async function notice(db: Knex, body: Record<string, unknown>) {
  return submitNotice(
    db,
    {
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      explanation: 'This review falsely accuses a named manager of fraud: defamation.',
      notifierName: 'Jeanne Martin',
      notifierEmail: 'jeanne.martin@example.org',
      goodFaith: true,
      ...body,
    },
    FACTS,
  );
}

export const action = (who: SessionFetch, path: string, body: unknown = {}) =>
  who(`/api/${path}`, { method: 'POST', body: JSON.stringify(body) });

/** A restriction on illegal-content grounds, as the decision form sends it. */
export const illegalRemoval = (over: Record<string, unknown> = {}) => ({
  decision: 'visibility_restriction',
  visibility: 'DECISION_VISIBILITY_CONTENT_REMOVED',
  ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
  legalGround: 'Loi du 29 juillet 1881, art. 29 (diffamation)',
  explanation: 'The review imputes a criminal conviction to an identifiable person without any basis.',
  category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  keywords: ['KEYWORD_DEFAMATION'],
  territorialScope: ['FR', 'BE', 'LU'],
  facts: 'A notifier reported the review; a moderator checked the allegation against public records and found no conviction.',
  automatedDetection: false,
  automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
  ...over,
});

export const messagesTo = (db: Knex, to: string, template?: string) =>
  db('messages')
    .where({ to_address: to, ...(template ? { template } : {}) })
    .orderBy('id');
