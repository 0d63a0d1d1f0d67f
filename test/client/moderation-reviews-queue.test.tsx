import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, ResourceContextProvider, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { ReviewList } from '../../client/src/resources/reviews/ReviewList.tsx';
import type { Review } from '../../client/src/resources/reviews/reviewTypes.ts';
import { recordPosts, referenceHandlers, refusal, review, type Post } from './moderation-fixtures.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetAuthCache();
  // The list keeps its filters in the URL: each test starts from the default tab.
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

interface Asked {
  filter: Record<string, unknown>;
  sort: [string, string];
  range: [number, number];
}

/** Content-Range totals per tab filter, as the API would count them. */
function totalOf(filter: Record<string, unknown>): number {
  if (filter.reported === true) return 7;
  return ({ published: 120, removed: 9, expired: 31 } as Record<string, number>)[String(filter.status)] ?? 0;
}

/** GET /api/reviews: one-row queries are the tabs' counts, the others the list (the rows given, whatever the filter). */
function reviewsHandler(asked: Asked[], rows: Review[]) {
  return http.get('*/api/reviews', ({ request }) => {
    const params = new URL(request.url).searchParams;
    const filter = JSON.parse(params.get('filter') ?? '{}') as Record<string, unknown>;
    const sort = JSON.parse(params.get('sort') ?? '["id","ASC"]') as [string, string];
    const range = JSON.parse(params.get('range') ?? '[0,24]') as [number, number];
    asked.push({ filter, sort, range });
    const page = range[1] === 0 ? rows.slice(0, 1) : rows;
    return HttpResponse.json(page, {
      headers: { 'Content-Range': `reviews ${range[0]}-${range[0] + Math.max(page.length - 1, 0)}/${totalOf(filter)}` },
    });
  });
}

function renderQueue(rows: Review[], asked: Asked[] = []) {
  server.use(signedInAs(['moderator']), reviewsHandler(asked, rows), ...referenceHandlers);
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      <ResourceContextProvider value="reviews">
        <ReviewList />
      </ResourceContextProvider>
    </AdminContext>,
  );
  return asked;
}

const tabLabels = () => screen.getAllByRole('tab').map((tab) => tab.textContent);
const rowOf = (id: number) =>
  screen.getAllByRole('row').find((row) =>
    within(row)
      .queryAllByRole('cell')
      .some((cell) => cell.textContent === String(id)),
  );
const listQueries = (asked: Asked[]) => asked.filter((a) => a.range[1] > 0);

const queue = [
  review({ id: 12, severity: 5, reportCount: 2 }),
  review({ id: 14, severity: 4, reportCount: 3, comment: 'Racist slurs…', contentUpdatedAt: '2026-11-03T10:00:00.000Z' }),
  review({
    id: 15,
    severity: 1,
    reportCount: 1,
    comment: null,
    rating: 5,
    collectedAt: '2026-09-01T09:00:00.000Z',
    publishedAt: '2026-12-07T09:00:00.000Z',
    publishedLate: true,
  }),
];

describe('the reviews moderation queue', () => {
  test('opens on "Reported", most severe first; every tab shows its count', async () => {
    const asked = renderQueue(queue);
    await waitFor(() => expect(tabLabels()).toEqual(['Reported (7)', 'Published (120)', 'Removed (9)', 'Expired (31)']));
    expect(screen.getByRole('tab', { name: 'Reported (7)' }).getAttribute('aria-selected')).toBe('true');
    // The counts ask for one row each, with the tab's filter.
    expect(asked.filter((a) => a.range[1] === 0).map((a) => a.filter)).toEqual(
      expect.arrayContaining([{ reported: true }, { status: 'published' }, { status: 'removed' }, { status: 'expired' }]),
    );
    // The queue itself: the API breaks severity ties by report count, then oldest report.
    expect(listQueries(asked)[0]).toMatchObject({ filter: { reported: true }, sort: ['severity', 'DESC'] });
    expect(await screen.findAllByText('rachel.smith@gmail.com')).toHaveLength(3);
  });

  test('severity is a chip coloured by level, with the comment excerpt and "updated" when the author changed it', async () => {
    renderQueue(queue);
    await waitFor(() => expect(rowOf(12)).toBeTruthy());
    const threat = within(rowOf(12)!).getByTestId('severity-5');
    expect(threat.textContent).toBe('5 · Threat');
    expect(threat.className).toMatch(/colorError/);
    const hate = within(rowOf(14)!).getByTestId('severity-4');
    expect(hate.textContent).toBe('4 · Hate, DSA notice');
    expect(hate.className).toMatch(/colorWarning/);
    // Filled, read in dark text: the theme's pale yellow is never the text colour.
    expect(hate.className).toMatch(/filled/);
    expect(getComputedStyle(hate).color).not.toBe('rgb(242, 233, 99)');
    expect(within(rowOf(14)!).getByTestId('review-updated').textContent).toMatch(/^updated /);
    expect(within(rowOf(12)!).queryByTestId('review-updated')).toBeNull();
    expect(within(rowOf(15)!).getByText('No comment (rating only)')).toBeTruthy();
    expect(within(rowOf(12)!).getByText('The manager is a crook, I will find him.')).toBeTruthy();
  });

  test('"Removed" lists removed reviews, latest removal first, with the ground; no bulk dismissal there', async () => {
    const asked = renderQueue([
      review({
        id: 20,
        status: 'removed',
        removalGround: 'defamatory',
        removedAt: '2026-11-04T10:00:00.000Z',
        reportCount: 0,
        severity: 0,
      }),
    ]);
    fireEvent.click(await screen.findByRole('tab', { name: /^Removed/ }));
    await waitFor(() =>
      expect(
        listQueries(asked).some(
          (a) => a.filter.status === 'removed' && a.filter.reported === undefined && a.sort.join() === 'removedAt,DESC',
        ),
      ).toBe(true),
    );
    expect(await screen.findByText('Defamatory')).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  test('the counts follow the search and the severity filter', async () => {
    const asked = renderQueue(queue);
    await screen.findByRole('tab', { name: 'Reported (7)' });
    fireEvent.change(screen.getByPlaceholderText('Search'), { target: { value: 'crook' } });
    await waitFor(() => expect(asked.filter((a) => a.range[1] === 0 && a.filter.q === 'crook')).toHaveLength(4), { timeout: 3000 });
    expect(listQueries(asked).at(-1)).toMatchObject({ filter: { reported: true, q: 'crook' }, sort: ['severity', 'DESC'] });
  });

  test('a review published more than a month after its collection is flagged, and the queue filters on it', async () => {
    const asked = renderQueue(queue);
    await waitFor(() => expect(rowOf(15)).toBeTruthy());
    expect(within(rowOf(15)!).getByTestId('review-published-late-15').textContent).toBe('Published late');
    expect(within(rowOf(12)!).queryByTestId('review-published-late-12')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add filter' }));
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Published late' }));
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: 'Published late' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Yes' }));
    await waitFor(() => expect(listQueries(asked).at(-1)).toMatchObject({ filter: { reported: true, publishedLate: true } }));
  });
});

describe('bulk "Dismiss reports"', () => {
  test('one call with the ids and the note; says how many were kept and which were skipped and why', async () => {
    const posts: Post[] = [];
    server.use(
      recordPosts('*/api/reviews/dismiss-reports', posts, () =>
        HttpResponse.json({ dismissed: [12, 15], skipped: [{ id: 14, code: 'open_dsa_notice' }] }),
      ),
    );
    renderQueue(queue);
    await waitFor(() => expect(rowOf(15)).toBeTruthy());
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all' }));
    fireEvent.click(await screen.findByTestId('dismiss-reports'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Dismiss the reports of 3 reviews')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Note'), { target: { value: '  Plain criticism of the service.  ' } });
    fireEvent.click(within(dialog).getByTestId('dismiss-review'));
    expect((await within(dialog).findByTestId('dismiss-question')).textContent).toBe(
      'Keep the 3 selected reviews and dismiss their open reports?',
    );
    fireEvent.click(within(dialog).getByTestId('dismiss-confirm'));

    const result = await screen.findByTestId('dismiss-result');
    expect(posts).toEqual([
      {
        path: '/api/reviews/dismiss-reports',
        key: expect.any(String),
        body: { ids: [12, 14, 15], note: 'Plain criticism of the service.' },
      },
    ]);
    expect(within(result).getByTestId('dismiss-dismissed').textContent).toBe('2 reviews kept, their reports dismissed.');
    expect(within(result).getByTestId('dismiss-skipped-14').textContent).toBe(
      'Review #14: a DSA notice is open on it; decide the notice instead',
    );
  });

  test("a refusal of the whole call (400) stays in the dialog with the API's message", async () => {
    server.use(http.post('*/api/reviews/dismiss-reports', () => refusal(400, 'invalid_input', 'ids: at most 100', { ids: 'at most 100' })));
    renderQueue(queue);
    await waitFor(() => expect(rowOf(12)).toBeTruthy());
    fireEvent.click(within(rowOf(12)!).getByRole('checkbox'));
    fireEvent.click(await screen.findByTestId('dismiss-reports'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByTestId('dismiss-review'));
    fireEvent.click(await within(dialog).findByTestId('dismiss-confirm'));
    expect((await within(dialog).findByTestId('action-failure')).textContent).toContain('ids: at most 100');
    expect(screen.queryByTestId('dismiss-result')).toBeNull();
  });
});
