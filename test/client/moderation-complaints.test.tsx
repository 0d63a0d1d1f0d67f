import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { AdminContext, ResourceContextProvider, TestMemoryRouter, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import type { DsaComplaint } from '../../client/src/resources/dsa-complaints/complaintTypes.ts';
import { DsaComplaintList } from '../../client/src/resources/dsa-complaints/DsaComplaintList.tsx';
import { DsaComplaintShow } from '../../client/src/resources/dsa-complaints/DsaComplaintShow.tsx';
import { complaint, recordPosts, referenceHandlers, refusal, type Post } from './moderation-fixtures.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetAuthCache();
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const TOTALS: Record<string, number> = { open: 4, upheld: 2, rejected: 11 };

describe('the complaints queue', () => {
  test('opens on "Open", nearest deadline first; each tab shows its count; a complaint past its deadline is flagged', async () => {
    const asked: { filter: Record<string, unknown>; sort: string[]; range: number[] }[] = [];
    server.use(
      signedInAs(['moderator']),
      ...referenceHandlers,
      http.get('*/api/dsa-complaints', ({ request }) => {
        const params = new URL(request.url).searchParams;
        const filter = JSON.parse(params.get('filter') ?? '{}') as Record<string, unknown>;
        const range = JSON.parse(params.get('range') ?? '[0,24]') as number[];
        asked.push({ filter, sort: JSON.parse(params.get('sort') ?? '[]') as string[], range });
        const rows = [
          complaint(),
          complaint({
            id: 6,
            reference: 'CPL-LATE01',
            complainantRole: 'notifier',
            statementId: null,
            deadlineAt: new Date(Date.now() - 86_400_000).toISOString(),
          }),
        ];
        return HttpResponse.json(rows, { headers: { 'Content-Range': `dsa-complaints 0-1/${TOTALS[String(filter.status)] ?? 0}` } });
      }),
    );
    render(
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        <ResourceContextProvider value="dsa-complaints">
          <DsaComplaintList />
        </ResourceContextProvider>
      </AdminContext>,
    );
    await waitFor(() =>
      expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Open (4)', 'Upheld (decision reversed) (2)', 'Rejected (11)']),
    );
    expect(asked.find((a) => (a.range[1] ?? 0) > 0)).toMatchObject({ filter: { status: 'open' }, sort: ['deadlineAt', 'ASC'] });
    const late = (await screen.findByText('CPL-LATE01')).closest('tr')!;
    expect(within(late).getByTestId('complaint-overdue').textContent).toBe('Past the deadline');
    expect(within(late).getByText('Notifier')).toBeTruthy();
    const onTime = screen.getByText('CPL-7Q2K9').closest('tr')!;
    expect(within(onTime).queryByTestId('complaint-overdue')).toBeNull();
    expect(within(onTime).getByText('Author of the content')).toBeTruthy();
    expect(await within(onTime).findByText('DSA-4F7XK2')).toBeTruthy();
    expect(await within(onTime).findByText('kolet-sor-000031')).toBeTruthy();
  });
});

function renderComplaint(record: DsaComplaint, deciderId = 9) {
  server.use(
    signedInAs(['moderator']),
    ...referenceHandlers,
    http.get(`*/api/dsa-complaints/${record.id}`, () => HttpResponse.json(record)),
    http.get('*/api/statements-of-reasons/31', () => HttpResponse.json({ id: 31, puid: 'kolet-sor-000031', createdByStaffId: deciderId })),
  );
  render(
    <TestMemoryRouter initialEntries={[`/dsa-complaints/${record.id}/show`]}>
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        <ResourceContextProvider value="dsa-complaints">
          <Routes>
            <Route path="/dsa-complaints/:id/show" element={<DsaComplaintShow />} />
          </Routes>
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}

async function resolveWith(outcome: RegExp, note: string) {
  fireEvent.click(await screen.findByTestId('complaint-action-resolve', {}, { timeout: 5000 }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.click(within(dialog).getByLabelText(outcome));
  fireEvent.change(within(dialog).getByLabelText(/^Reasons/), { target: { value: note } });
  fireEvent.click(within(dialog).getByTestId('resolve-review'));
  return dialog;
}

describe('a complaint', () => {
  test('shows the text, who complains and the decision contested; "Resolve" only while open', async () => {
    renderComplaint(complaint());
    expect((await screen.findByTestId('complaint-text')).textContent).toBe('My review only described my experience; please restore it.');
    const contested = screen.getByTestId('contested-decision');
    expect(await within(contested).findByText('DSA-4F7XK2')).toBeTruthy();
    expect(await within(contested).findByText('kolet-sor-000031')).toBeTruthy();
    expect(await screen.findByTestId('complaint-action-resolve')).toBeTruthy();
    expect(screen.queryByTestId('complaint-own-decision')).toBeNull();
    cleanup();
    resetAuthCache();
    renderComplaint(
      complaint({
        status: 'rejected',
        decidedAt: '2026-11-05T10:00:00.000Z',
        decidedByStaffId: 4,
        decisionNote: 'The review named an employee: the removal stands.',
      }),
    );
    expect(await screen.findByText('The review named an employee: the removal stands.')).toBeTruthy();
    expect(screen.queryByTestId('complaint-action-resolve')).toBeNull();
  });

  test('Resolve sends exactly {outcome, note} after a 20-character note', async () => {
    const posts: Post[] = [];
    server.use(
      recordPosts('*/api/dsa-complaints/5/resolve', posts, () =>
        HttpResponse.json(complaint({ status: 'upheld', decidedAt: new Date().toISOString() })),
      ),
    );
    renderComplaint(complaint());
    fireEvent.click(await screen.findByTestId('complaint-action-resolve', {}, { timeout: 5000 }));
    let dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('Upheld: the decision is reversed'));
    fireEvent.change(within(dialog).getByLabelText(/^Reasons/), { target: { value: 'Too short.' } });
    fireEvent.click(within(dialog).getByTestId('resolve-review'));
    expect(await within(dialog).findByText('Must be 20 characters at least')).toBeTruthy();

    dialog = await resolveWith(/^Upheld/, '  The review describes a real experience without naming anyone.  ');
    expect((await within(dialog).findByTestId('resolve-question')).textContent).toContain(
      'Uphold complaint CPL-7Q2K9? A restriction is reversed at once',
    );
    fireEvent.click(within(dialog).getByTestId('resolve-confirm'));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.body).toEqual({ outcome: 'upheld', note: 'The review describes a real experience without naming anyone.' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('422 same_decider: "another moderator must decide", and the page warns the one who took the decision', async () => {
    server.use(
      http.post('*/api/dsa-complaints/5/resolve', () =>
        refusal(422, 'same_decider', 'The moderator who took the decision cannot decide the complaint about it'),
      ),
    );
    renderComplaint(complaint(), 7);
    expect((await screen.findByTestId('complaint-own-decision')).textContent).toContain('another moderator must decide this complaint');
    const dialog = await resolveWith(/^Rejected/, 'The review named an employee of the shop.');
    fireEvent.click(await within(dialog).findByTestId('resolve-confirm'));
    const failure = await within(dialog).findByTestId('action-failure');
    expect(failure.textContent).toContain('You took the decision contested: another moderator must decide this complaint');
    expect(within(failure).getByTestId('action-failure-detail').textContent).toBe(
      'The moderator who took the decision cannot decide the complaint about it',
    );
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
