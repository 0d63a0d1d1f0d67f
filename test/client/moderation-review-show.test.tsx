import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { AdminContext, ResourceContextProvider, TestMemoryRouter, memoryStore } from 'react-admin';
import type { Role } from '../../server/domain/enums.ts';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { ReviewShow } from '../../client/src/resources/reviews/ReviewShow.tsx';
import type { Review, ReviewReport } from '../../client/src/resources/reviews/reviewTypes.ts';
import { listOf, recordPosts, referenceHandlers, refusal, report, review, type Post } from './moderation-fixtures.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

/** The review page of `record` with its reports, for a staff member holding `roles` (support never asks for the reports). */
function renderReview(record: Review, reports: ReviewReport[] = [], roles: Role[] = ['moderator']) {
  server.use(
    signedInAs(roles),
    http.get(`*/api/reviews/${record.id}`, () => HttpResponse.json(record)),
    ...referenceHandlers,
  );
  // Support may read orders (moderators see no payment data: the order stays a bare id for them).
  if (roles.includes('support')) server.use(http.get('*/api/orders', () => listOf('orders', [{ id: 471, paymentReference: 'pi_3HxG' }])));
  if (roles.includes('moderator')) {
    server.use(
      http.get('*/api/review-reports', ({ request }) => {
        const filter = JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}') as Record<string, unknown>;
        const rows = reports.filter((r) => r.reviewId === filter.reviewId && (!filter.status || r.status === filter.status));
        return listOf('review-reports', rows);
      }),
    );
  }
  render(
    <TestMemoryRouter initialEntries={[`/reviews/${record.id}/show`]}>
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        <ResourceContextProvider value="reviews">
          <Routes>
            <Route path="/reviews/:id/show" element={<ReviewShow />} />
          </Routes>
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}

const actionButtons = () => screen.queryAllByTestId(/^review-action-/).map((b) => b.getAttribute('data-testid'));

async function openDialog(name: 'keep' | 'remove' | 'restore') {
  fireEvent.click(await screen.findByTestId(`review-action-${name}`, {}, { timeout: 5000 }));
  return screen.findByRole('dialog');
}

const fromNotice = report({
  id: 41,
  reason: 'dsa_notice',
  severity: 4,
  note: null,
  reporterAccountId: null,
  reporterEmail: 'lawyer@cabinet.fr',
  noticeId: 8,
  createdAt: '2026-11-03T08:00:00.000Z',
});

describe('the review page', () => {
  test('a reported review: its text, dates, its reports with the DSA notice behind one; Keep and Remove offered', async () => {
    renderReview(review({ contentUpdatedAt: '2026-10-20T08:00:00.000Z' }), [report(), fromNotice]);
    expect((await screen.findByTestId('review-comment')).textContent).toBe('The manager is a crook, I will find him.');
    await waitFor(() => expect(actionButtons()).toEqual(['review-action-keep', 'review-action-remove']));
    const summary = screen.getByTestId('review-summary');
    expect(within(summary).getByText('Deleted after')).toBeTruthy();
    expect(within(summary).getByText('Oct 1, 2029')).toBeTruthy();
    expect(within(summary).getByText('Content updated')).toBeTruthy();
    const reports = await screen.findByTestId('review-reports');
    await waitFor(() => expect(within(reports).getAllByRole('row')).toHaveLength(3));
    expect(within(reports).getByText('Threat')).toBeTruthy();
    expect(within(reports).getByText('He threatens the staff.')).toBeTruthy();
    const noticeRow = within(reports).getByText('lawyer@cabinet.fr').closest('tr')!;
    expect(within(noticeRow).getByText('DSA notice')).toBeTruthy();
    expect(within(reports).getByTestId('severity-5').textContent).toBe('5 · Threat');
    // The report raised by a notice links to it, and the page says to decide the notice instead.
    expect((await within(noticeRow as HTMLElement).findByRole('link', { name: 'DSA-4F7XK2' })).getAttribute('href')).toMatch(
      /\/dsa-notices\/8\/show$/,
    );
    expect((await screen.findByTestId('review-notice-banner')).textContent).toContain('decide the notice');
  });

  test('a review published more than a month after its collection says so', async () => {
    renderReview(
      review({
        reportCount: 0,
        severity: 0,
        collectedAt: '2026-09-01T09:00:00.000Z',
        publishedAt: '2026-12-07T09:00:00.000Z',
        publishedLate: true,
      }),
    );
    const summary = await screen.findByTestId('review-summary');
    expect((await within(summary).findByTestId('review-published-late-12')).textContent).toBe('Published late');
  });

  test('a removed review offers Restore only, and shows the ground, the note and when', async () => {
    renderReview(
      review({
        status: 'removed',
        reportCount: 0,
        severity: 0,
        removalGround: 'defamatory',
        removalNote: 'Accuses a named employee of theft.',
        removedAt: '2026-11-04T10:00:00.000Z',
        removedByStaffId: 9,
      }),
    );
    await waitFor(() => expect(actionButtons()).toEqual(['review-action-restore']));
    const removal = screen.getByTestId('review-removal');
    expect(within(removal).getByText('Defamatory')).toBeTruthy();
    expect(within(removal).getByText('Accuses a named employee of theft.')).toBeTruthy();
    // Moderators cannot read staff records, but every role reads the staff directory's names.
    expect(await within(removal).findByText('Marie Curie')).toBeTruthy();
  });

  test('a published review without open reports can be removed but not "kept"; an expired one offers nothing', async () => {
    renderReview(review({ reportCount: 0, severity: 0 }));
    await waitFor(() => expect(actionButtons()).toEqual(['review-action-remove']));
    cleanup();
    resetAuthCache();
    renderReview(review({ id: 13, status: 'expired', comment: null, reportCount: 0, severity: 0 }));
    expect((await screen.findByTestId('review-comment')).textContent).toBe('Erased at the end of the retention period');
    expect(await screen.findByText('No report on this review.')).toBeTruthy();
    expect(actionButtons()).toEqual([]);
  });

  test('support reads the review, without its reports or any action', async () => {
    renderReview(review(), [report()], ['support']);
    expect(await screen.findByTestId('review-comment')).toBeTruthy();
    await screen.findByTestId('review-summary');
    expect(screen.queryByTestId('review-reports')).toBeNull();
    expect(actionButtons()).toEqual([]);
  });
});

describe('Remove', () => {
  test('needs a ground and a 10-character note; sends exactly {ground, note, manifestlyIllegal}, then links to the statement of reasons', async () => {
    const posts: Post[] = [];
    server.use(
      recordPosts('*/api/reviews/12/remove', posts, () =>
        HttpResponse.json({ ...review({ status: 'removed' }), statementId: 77, statementPuid: 'kolet-sor-000077' }),
      ),
      http.get('*/api/reviews/content-languages', () => HttpResponse.json([{ reviewId: 12, contentLanguage: 'FR' }])),
    );
    renderReview(review(), [report()]);
    const dialog = await openDialog('remove');
    expect(within(dialog).getByText(/Sent to the author as the statement of reasons/)).toBeTruthy();
    // The statement declares the text's language, detected by the API and correctable (not the author's account language).
    expect(await within(dialog).findByText(/Detected from the text: French \(FR\)/)).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText(/^Note/), { target: { value: '   threat   ' } });
    fireEvent.click(within(dialog).getByTestId('remove-review'));
    expect(await within(dialog).findByText('Must be 10 characters at least')).toBeTruthy();
    expect(within(dialog).queryByTestId('remove-confirm')).toBeNull();

    fireEvent.mouseDown(within(dialog).getAllByRole('combobox')[0]!);
    fireEvent.click(await screen.findByRole('option', { name: 'Incites violence or hatred' }));
    fireEvent.change(within(dialog).getByLabelText(/^Note/), { target: { value: ' The review threatens the shop staff with violence. ' } });
    fireEvent.click(within(dialog).getByLabelText('Manifestly illegal'));
    fireEvent.click(within(dialog).getByTestId('remove-review'));
    expect((await within(dialog).findByTestId('remove-question')).textContent).toContain(
      'Remove review #12 as “Incites violence or hatred”?',
    );
    expect(within(dialog).getByTestId('note-echo').textContent).toBe(
      'Explanation sent to the author: The review threatens the shop staff with violence.',
    );
    expect(within(dialog).getByTestId('remove-language').textContent).toBe('Language of the content declared in the statement: FR');
    fireEvent.click(within(dialog).getByTestId('remove-confirm'));

    const done = await screen.findByTestId('removed-dialog');
    expect(posts).toEqual([
      {
        path: '/api/reviews/12/remove',
        key: expect.any(String),
        body: {
          ground: 'incites_violence_or_hatred',
          note: 'The review threatens the shop staff with violence.',
          manifestlyIllegal: true,
          contentLanguage: 'FR',
        },
      },
    ]);
    expect(within(done).getByTestId('removed-statement').textContent).toBe(
      'Review #12 is removed. Statement of reasons kolet-sor-000077 was issued and sent to the author.',
    );
    expect(within(done).getByTestId('removed-statement-link').getAttribute('href')).toMatch(/\/statements-of-reasons\/77\/show$/);
  });

  test('409 open_dsa_notice: "decide the DSA notice instead", with the server\'s message and a link to the notice', async () => {
    server.use(
      http.post('*/api/reviews/12/remove', () =>
        refusal(
          409,
          'open_dsa_notice',
          'DSA notice DSA-4F7XK2 (#8) concerns this review: decide the notice, so that the notifier is answered',
        ),
      ),
      http.get('*/api/reviews/content-languages', () => HttpResponse.json([{ reviewId: 12, contentLanguage: null }])),
    );
    renderReview(review(), [report(), fromNotice]);
    const dialog = await openDialog('remove');
    fireEvent.mouseDown(within(dialog).getAllByRole('combobox')[0]!);
    fireEvent.click(await screen.findByRole('option', { name: 'Defamatory' }));
    fireEvent.change(within(dialog).getByLabelText(/^Note/), { target: { value: 'Accuses the manager of a crime.' } });
    fireEvent.click(within(dialog).getByTestId('remove-review'));
    fireEvent.click(await within(dialog).findByTestId('remove-confirm'));
    const failure = await within(dialog).findByTestId('action-failure');
    expect(failure.textContent).toContain('decide the DSA notice instead');
    expect(within(failure).getByTestId('action-failure-detail').textContent).toBe(
      'DSA notice DSA-4F7XK2 (#8) concerns this review: decide the notice, so that the notifier is answered',
    );
    expect(within(dialog).getByTestId('open-dsa-notice-link').getAttribute('href')).toMatch(/\/dsa-notices\/8\/show$/);
    expect(screen.queryByTestId('removed-dialog')).toBeNull();
  });
});

describe('Keep and Restore', () => {
  test('Keep sends no note when none is written, and the note trimmed when there is one', async () => {
    const posts: Post[] = [];
    server.use(recordPosts('*/api/reviews/12/keep', posts, () => HttpResponse.json(review({ reportCount: 0, severity: 0 }))));
    renderReview(review(), [report()]);
    let dialog = await openDialog('keep');
    fireEvent.click(within(dialog).getByTestId('keep-review'));
    expect((await within(dialog).findByTestId('keep-question')).textContent).toBe(
      'Keep review #12 published and dismiss its 2 open reports? The reporters are told.',
    );
    fireEvent.click(within(dialog).getByTestId('keep-confirm'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    dialog = await openDialog('keep');
    fireEvent.change(within(dialog).getByLabelText('Note'), { target: { value: '  Criticism, not abuse.  ' } });
    fireEvent.click(within(dialog).getByTestId('keep-review'));
    fireEvent.click(await within(dialog).findByTestId('keep-confirm'));
    await waitFor(() => expect(posts).toHaveLength(2));
    expect(posts.map((p) => p.body)).toEqual([{}, { note: 'Criticism, not abuse.' }]);
  });

  test('Restore needs a note; 422 retention_expired is explained', async () => {
    const posts: Post[] = [];
    server.use(
      recordPosts('*/api/reviews/12/restore', posts, () => refusal(422, 'retention_expired', 'The review is past its retention period')),
    );
    renderReview(
      review({ status: 'removed', reportCount: 0, severity: 0, removalGround: 'abusive', removedAt: '2026-11-04T10:00:00.000Z' }),
    );
    const dialog = await openDialog('restore');
    fireEvent.click(within(dialog).getByTestId('restore-review'));
    expect(await within(dialog).findByText('Required')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Note/), { target: { value: 'Complaint CPL-7Q2K9 upheld.' } });
    fireEvent.click(within(dialog).getByTestId('restore-review'));
    fireEvent.click(await within(dialog).findByTestId('restore-confirm'));
    expect((await within(dialog).findByTestId('action-failure')).textContent).toContain('past its three-year retention period');
    expect(posts.map((p) => p.body)).toEqual([{ note: 'Complaint CPL-7Q2K9 upheld.' }]);
  });
});
