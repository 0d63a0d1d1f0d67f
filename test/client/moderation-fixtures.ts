// Reviews, reports, complaints and misuse measures, and the fake API around them, for the moderation console's client tests.
import { http, HttpResponse } from 'msw';
import type { DsaComplaint } from '../../client/src/resources/dsa-complaints/complaintTypes.ts';
import type { MisuseCounter, MisuseMeasure } from '../../client/src/resources/misuse-measures/misuseTypes.ts';
import type { Review, ReviewReport } from '../../client/src/resources/reviews/reviewTypes.ts';

const DAY = 86_400_000;

export function review(overrides: Partial<Review> = {}): Review {
  return {
    id: 12,
    accountId: 116,
    orderId: 471,
    rating: 1,
    comment: 'The manager is a crook, I will find him.',
    status: 'published',
    collectedAt: '2026-10-01T09:00:00.000Z',
    publishedAt: '2026-10-01T09:00:00.000Z',
    publishedLate: false,
    contentUpdatedAt: null,
    deleteAfter: '2029-10-01T09:00:00.000Z',
    reportCount: 2,
    severity: 5,
    lastReportedAt: '2026-11-02T10:00:00.000Z',
    removalGround: null,
    removalNote: null,
    removedAt: null,
    removedByStaffId: null,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

export function report(overrides: Partial<ReviewReport> = {}): ReviewReport {
  return {
    id: 40,
    reviewId: 12,
    reporterAccountId: 201,
    reporterEmail: null,
    reason: 'threat',
    note: 'He threatens the staff.',
    severity: 5,
    status: 'open',
    noticeId: null,
    resolvedAt: null,
    resolvedByStaffId: null,
    createdAt: '2026-11-02T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function complaint(overrides: Partial<DsaComplaint> = {}): DsaComplaint {
  const now = Date.now();
  return {
    id: 5,
    reference: 'CPL-7Q2K9',
    statementId: 31,
    noticeId: 8,
    complainantRole: 'author',
    complainantName: 'Jeanne Martin',
    complainantEmail: 'jeanne.martin@orange.fr',
    text: 'My review only described my experience; please restore it.',
    status: 'open',
    receivedAt: new Date(now - 3 * DAY).toISOString(),
    informedAt: new Date(now - 10 * DAY).toISOString(),
    deadlineAt: new Date(now + 170 * DAY).toISOString(),
    acknowledgedAt: new Date(now - 3 * DAY).toISOString(),
    decidedAt: null,
    decidedByStaffId: null,
    decisionNote: null,
    outcomeStatementId: null,
    createdAt: new Date(now - 3 * DAY).toISOString(),
    updatedAt: new Date(now - 3 * DAY).toISOString(),
    version: 1,
    ...overrides,
  };
}

export function measure(overrides: Partial<MisuseMeasure> = {}): MisuseMeasure {
  return {
    id: 3,
    subject: 'notifier',
    notifierEmail: 'serial.flagger@example.com',
    accountId: null,
    measure: 'warning',
    reason: 'Eleven notices in a month about reviews that were plainly lawful.',
    factors: { manifest: 11, total: 12, proportion: 0.92, gravity: 'medium', intent: null },
    startsAt: new Date(Date.now() - 20 * DAY).toISOString(),
    endsAt: null,
    liftedAt: null,
    statementId: null,
    createdByStaffId: 2,
    createdAt: new Date(Date.now() - 20 * DAY).toISOString(),
    updatedAt: new Date(Date.now() - 20 * DAY).toISOString(),
    version: 1,
    ...overrides,
  };
}

export function counter(overrides: Partial<MisuseCounter> = {}): MisuseCounter {
  return {
    subject: 'notifier',
    notifierEmail: 'serial.flagger@example.com',
    manifest: 11,
    total: 12,
    proportion: 0.92,
    warnedAt: null,
    suspendedUntil: null,
    ...overrides,
  };
}

/** A list answer with its Content-Range, as ra-data-simple-rest reads it. */
export function listOf<T>(resource: string, rows: T[], total = rows.length) {
  return HttpResponse.json(rows, { headers: { 'Content-Range': `${resource} 0-${Math.max(rows.length - 1, 0)}/${total}` } });
}

/** GET /api/accounts (the authors' e-mails through RefField) and /api/dsa-notices (their references). */
export const referenceHandlers = [
  http.get('*/api/accounts', () =>
    listOf('accounts', [
      { id: 116, email: 'rachel.smith@gmail.com' },
      { id: 201, email: 'paul.reporter@free.fr' },
    ]),
  ),
  http.get('*/api/dsa-notices', () => listOf('dsa-notices', [{ id: 8, reference: 'DSA-4F7XK2' }])),
  http.get('*/api/statements-of-reasons', ({ request }) => {
    const filter = JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}') as Record<string, unknown>;
    return filter.id
      ? listOf('statements-of-reasons', [{ id: 31, puid: 'kolet-sor-000031', createdByStaffId: 9 }])
      : listOf('statements-of-reasons', []);
  }),
];

/** The body of each POST to `path` (a msw path pattern), and its Idempotency-Key. */
export interface Post {
  path: string;
  key: string | null;
  body: unknown;
}
export function recordPosts(path: string, posts: Post[], answer: (body: unknown) => Response) {
  return http.post(path, async ({ request }) => {
    const body = await request.json();
    posts.push({ path: new URL(request.url).pathname, key: request.headers.get('Idempotency-Key'), body });
    return answer(body);
  });
}

/** An API refusal as the server answers it: `{message, code, errors?}`. */
export const refusal = (status: number, code: string, message: string, errors?: Record<string, string>) =>
  HttpResponse.json({ message, code, ...(errors ? { errors } : {}) }, { status });
