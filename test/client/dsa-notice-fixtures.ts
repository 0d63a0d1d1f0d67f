// DSA notices and the fake API of their page, for the moderation console's client tests.
import { http, HttpResponse } from 'msw';
import type { DsaNotice } from '../../client/src/resources/dsa-notices/noticeTypes.ts';
import { listOf } from './moderation-fixtures.ts';

const HOUR = 3_600_000;

/** A notice received `hoursAgo` hours before `now` (its decision is due 72 h after receipt), undecided and unclaimed. */
export function notice(overrides: Partial<DsaNotice> = {}, hoursAgo = 10, now = Date.now()): DsaNotice {
  const receivedAt = new Date(now - hoursAgo * HOUR);
  return {
    id: 8,
    reference: 'DSA-2026-000108',
    status: 'received',
    receivedAt: receivedAt.toISOString(),
    acknowledgedAt: receivedAt.toISOString(),
    decisionDueAt: new Date(receivedAt.getTime() + 72 * HOUR).toISOString(),
    category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
    explanation: 'The review claims the manager was convicted of fraud: he never was. It is defamatory.',
    locations: ['review:12', 'https://forum.example/thread/9'],
    reviewId: 12,
    authorAccountId: 116,
    notifierName: 'Claire Dubois',
    notifierEmail: 'claire.dubois@orange.fr',
    goodFaith: true,
    threatToLife: false,
    trustedFlaggerId: null,
    language: 'fr',
    lockedByStaffId: null,
    lockedAt: null,
    decision: null,
    decidedAt: null,
    decidedByStaffId: null,
    automatedDetection: false,
    automatedDecision: false,
    escalatedAt: null,
    priority: 0,
    complete: true,
    legalGround: 'Loi du 29 juillet 1881, art. 29 (diffamation)',
    memberState: 'FR',
    snapshot: {
      takenAt: receivedAt.toISOString(),
      missingReviewIds: [],
      urls: ['https://forum.example/thread/9'],
      reviews: [
        {
          id: 12,
          accountId: 116,
          rating: 1,
          comment: 'Le gérant est un escroc condamné pour fraude.',
          status: 'published',
          publishedAt: '2026-10-01T09:00:00.000Z',
          contentUpdatedAt: null,
        },
      ],
    },
    notifierNotifiedAt: null,
    authorNotifiedAt: null,
    sorExemption: null,
    manifestlyUnfounded: false,
    createdAt: receivedAt.toISOString(),
    updatedAt: receivedAt.toISOString(),
    decisionNote: null,
    version: 1,
    ...overrides,
  };
}

/** What the notice page reads besides the notice: its statements, referrals and trusted flagger. */
export const noticePageHandlers = [
  http.get('*/api/statements-of-reasons', () => listOf('statements-of-reasons', [])),
  http.get('*/api/law-enforcement-referrals', () => listOf('law-enforcement-referrals', [])),
  http.get('*/api/trusted-flaggers', () => listOf('trusted-flaggers', [{ id: 1, name: 'Point de Contact' }])),
  // The decision form asks the language of each review's text (none detected unless a test says).
  http.get('*/api/reviews/content-languages', ({ request }) =>
    HttpResponse.json(
      (new URL(request.url).searchParams.get('ids') ?? '')
        .split(',')
        .filter(Boolean)
        .map((id) => ({ reviewId: Number(id), contentLanguage: null })),
    ),
  ),
];

/** `GET /api/dsa-notices/:id` answering the latest version of the notice (`current()`), as the page refreshes. */
export const noticeHandler = (current: () => DsaNotice) => http.get('*/api/dsa-notices/:id', () => HttpResponse.json(current()));
