import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { AdminContext, ResourceContextProvider, TestMemoryRouter, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { en } from '../../client/src/i18n/en/index.ts';
import { fr } from '../../client/src/i18n/fr/index.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { DsaNoticeList } from '../../client/src/resources/dsa-notices/DsaNoticeList.tsx';
import { DsaNoticeShow } from '../../client/src/resources/dsa-notices/DsaNoticeShow.tsx';
import { TrustedFlaggerCreate } from '../../client/src/resources/trusted-flaggers/TrustedFlaggerCreate.tsx';
import { TrustedFlaggerList } from '../../client/src/resources/trusted-flaggers/TrustedFlaggerList.tsx';
import { CLAIM_MINUTES, DECISION_TARGET_HOURS } from '../../client/src/resources/dsa-notices/noticeClock.ts';
import type { DsaNotice } from '../../client/src/resources/dsa-notices/noticeTypes.ts';
import * as rules from '../../server/domain/dsa/noticeRules.ts';
import { CATEGORIES, EEA, EU27, KEYWORDS } from '../../server/domain/dsa/tdb.ts';
import { notice, noticeHandler, noticePageHandlers } from './dsa-notice-fixtures.ts';
import { listOf, recordPosts, refusal, type Post } from './moderation-fixtures.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetAuthCache();
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const NOW = new Date('2026-11-20T10:00:00.000Z');
const TOTALS: Record<string, number> = { received: 7, in_review: 3, decided: 41, closed: 12 };
const at = (hoursAgo: number) => NOW.getTime() - hoursAgo * 3_600_000;

/** The queue as the API sorts it: threat to life, then the trusted flagger, then the nearest deadline. */
const QUEUE: DsaNotice[] = [
  notice(
    { id: 21, reference: 'DSA-2026-000121', threatToLife: true, priority: 2, category: 'STATEMENT_CATEGORY_VIOLENCE' },
    2,
    NOW.getTime(),
  ),
  notice(
    {
      id: 22,
      reference: 'DSA-2026-000122',
      trustedFlaggerId: 1,
      priority: 1,
      lockedByStaffId: 7,
      lockedAt: new Date(at(0.2)).toISOString(),
    },
    62,
    NOW.getTime(),
  ),
  notice({ id: 23, reference: 'DSA-2026-000123', lockedByStaffId: 9, lockedAt: new Date(at(0.1)).toISOString() }, 77, NOW.getTime()),
  notice(
    {
      id: 24,
      reference: 'DSA-2026-000124',
      complete: false,
      notifierName: null,
      notifierEmail: null,
      lockedByStaffId: 9,
      lockedAt: new Date(at(2)).toISOString(),
    },
    22,
    NOW.getTime(),
  ),
];

function renderQueue(asked: { filter: Record<string, unknown>; sort: string[]; range: number[] }[]) {
  server.use(
    signedInAs(['moderator']),
    http.get('*/api/dsa-notices', ({ request }) => {
      const params = new URL(request.url).searchParams;
      const filter = JSON.parse(params.get('filter') ?? '{}') as Record<string, unknown>;
      const range = JSON.parse(params.get('range') ?? '[0,24]') as number[];
      asked.push({ filter, sort: JSON.parse(params.get('sort') ?? '[]') as string[], range });
      const rows =
        filter.status === 'decided'
          ? [
              notice(
                {
                  id: 30,
                  reference: 'DSA-2026-000130',
                  status: 'decided',
                  decision: 'visibility_restriction',
                  decidedAt: new Date(at(40)).toISOString(),
                },
                70,
                NOW.getTime(),
              ),
            ]
          : QUEUE;
      return HttpResponse.json(rows, {
        headers: { 'Content-Range': `dsa-notices 0-${rows.length - 1}/${TOTALS[String(filter.status)] ?? 0}` },
      });
    }),
  );
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      <ResourceContextProvider value="dsa-notices">
        <DsaNoticeList />
      </ResourceContextProvider>
    </AdminContext>,
  );
}

const rowOf = async (reference: string) => (await screen.findByText(reference)).closest('tr')!;

describe('the DSA notices queue', () => {
  test('opens on "Received" in queue order (priority, then the API\'s deadline order), with a live count on every status tab', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const asked: { filter: Record<string, unknown>; sort: string[]; range: number[] }[] = [];
    renderQueue(asked);
    await waitFor(() =>
      expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
        'Received (7)',
        'In review (3)',
        'Decided (41)',
        'Closed (12)',
      ]),
    );
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Received (7)');
    expect(asked.find((a) => (a.range[1] ?? 0) > 0)).toMatchObject({ filter: { status: 'received' }, sort: ['priority', 'DESC'] });
    await screen.findByText('DSA-2026-000124');
    const references = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('td')?.textContent);
    expect(references).toEqual(['DSA-2026-000121', 'DSA-2026-000122', 'DSA-2026-000123', 'DSA-2026-000124']);
  });

  test('a threat to life is a red row with a worded chip; a trusted flagger and an incomplete notice are flagged; others are not', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    renderQueue([]);
    const threat = await rowOf('DSA-2026-000121');
    expect(within(threat).getByTestId('notice-flag-threat_to_life').textContent).toBe('Threat to life');
    expect(within(threat).getByTestId('notice-flag-threat_to_life').querySelector('svg')).toBeTruthy();
    expect(getComputedStyle(threat).backgroundColor).not.toBe('');
    expect(getComputedStyle(threat).backgroundColor).not.toBe(getComputedStyle(await rowOf('DSA-2026-000123')).backgroundColor);
    expect(within(await rowOf('DSA-2026-000122')).getByTestId('notice-flag-trusted_flagger').textContent).toBe('Trusted flagger');
    expect(within(await rowOf('DSA-2026-000124')).getByTestId('notice-flag-incomplete').textContent).toBe('Incomplete');
    const plain = await rowOf('DSA-2026-000123');
    expect(within(plain).queryByTestId(/^notice-flag-/)).toBeNull();
  });

  test('the 72-hour timer: time left, "due soon" under 18 h, overdue past the deadline', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    renderQueue([]);
    const clock = async (reference: string) => within(await rowOf(reference)).getByTestId('notice-clock');
    expect((await clock('DSA-2026-000121')).textContent).toBe('2 d 22 h left');
    expect((await clock('DSA-2026-000121')).getAttribute('data-state')).toBe('running');
    expect((await clock('DSA-2026-000122')).textContent).toBe('10 h left');
    expect((await clock('DSA-2026-000122')).getAttribute('data-state')).toBe('due_soon');
    expect((await clock('DSA-2026-000123')).textContent).toBe('Overdue by 5 h');
    expect((await clock('DSA-2026-000123')).getAttribute('data-state')).toBe('overdue');
  });

  test('who holds each notice: "You", another moderator, or a lapsed claim; the "Decided" tab shows the decision, latest first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const asked: { filter: Record<string, unknown>; sort: string[]; range: number[] }[] = [];
    renderQueue(asked);
    expect((await within(await rowOf('DSA-2026-000122')).findByTestId('claim-holder-you')).textContent).toBe('You');
    expect(within(await rowOf('DSA-2026-000123')).getByTestId('claim-holder-other').textContent).toBe('Marie Curie');
    expect(within(await rowOf('DSA-2026-000124')).getByTestId('claim-holder-lapsed').textContent).toBe('Marie Curieclaim lapsed');
    expect(within(await rowOf('DSA-2026-000121')).queryByTestId(/^claim-holder-/)).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: /^Decided/ }));
    const decided = await rowOf('DSA-2026-000130');
    expect(within(decided).getByText('Visibility restricted')).toBeTruthy();
    expect(within(decided).getByTestId('notice-clock').textContent).toBe('Decided in 1 d 6 h');
    expect(within(decided).getByTestId('notice-clock').getAttribute('data-state')).toBe('met');
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ filter: { status: 'decided' }, sort: ['decidedAt', 'DESC'] }));
  });
});

/** The notice page, the API answering `current()` at each read (the test moves it on as the server would). */
function renderNotice(current: () => DsaNotice) {
  server.use(signedInAs(['moderator']), noticeHandler(current), ...noticePageHandlers);
  render(
    <TestMemoryRouter initialEntries={[`/dsa-notices/${current().id}/show`]}>
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        <ResourceContextProvider value="dsa-notices">
          <Routes>
            <Route path="/dsa-notices/:id/show" element={<DsaNoticeShow />} />
          </Routes>
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}

async function openDecide() {
  const button = await screen.findByTestId('notice-action-decide', {}, { timeout: 5000 });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
  return screen.findByRole('dialog');
}

const typeInto = (dialog: HTMLElement, label: RegExp | string, value: string) =>
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });

describe('a DSA notice', () => {
  test('shows the notice as the API gives it, the content at receipt, the 72-hour clock and who may claim it', async () => {
    renderNotice(() => notice());
    expect((await screen.findByTestId('notice-explanation')).textContent).toBe(
      'The review claims the manager was convicted of fraud: he never was. It is defamatory.',
    );
    const locations = screen.getByTestId('notice-locations');
    expect(within(locations).getByRole('link', { name: 'Review #12' }).getAttribute('href')).toMatch(/\/reviews\/12\/show$/);
    const outside = within(locations).getByRole('link', { name: 'https://forum.example/thread/9' });
    expect(outside.getAttribute('rel')).toContain('noopener');
    expect(screen.getByText('claire.dubois@orange.fr')).toBeTruthy();
    expect(within(screen.getByTestId('notice-snapshot')).getByText('Le gérant est un escroc condamné pour fraude.')).toBeTruthy();
    expect(within(screen.getByTestId('notice-summary')).getByTestId('notice-clock').textContent).toBe('2 d 14 h left');
    expect((await screen.findByTestId('claim-panel')).textContent).toContain('Nobody is working on this notice');
  });

  test('Claim refused with 409 locked_by_other: the page says who holds it, and Decide waits for them', async () => {
    let current = notice();
    const posts: Post[] = [];
    server.use(
      recordPosts('*/api/dsa-notices/8/claim', posts, () => {
        current = notice({ status: 'in_review', lockedByStaffId: 9, lockedAt: new Date().toISOString() });
        return refusal(409, 'locked_by_other', 'Marie Curie is working on this notice (claimed at 09:58 UTC)');
      }),
    );
    renderNotice(() => current);
    fireEvent.click(await screen.findByTestId('notice-claim', {}, { timeout: 5000 }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.body).toEqual({});
    const failure = await screen.findByTestId('action-failure', {}, { timeout: 5000 });
    expect(failure.textContent).toContain('Another moderator is working on this notice');
    expect(within(failure).getByTestId('action-failure-detail').textContent).toBe(
      'Marie Curie is working on this notice (claimed at 09:58 UTC)',
    );
    await waitFor(() => expect(screen.getByTestId('claim-panel').textContent).toContain('Marie Curie is working on this notice since'));
    expect((screen.getByTestId('notice-action-decide') as HTMLButtonElement).disabled).toBe(true);
  });

  test('Claim, then Release: each click posts {} and the page follows', async () => {
    let current = notice();
    const posts: Post[] = [];
    server.use(
      recordPosts('*/api/dsa-notices/8/claim', posts, () => {
        current = notice({ status: 'in_review', lockedByStaffId: 7, lockedAt: new Date().toISOString() });
        return HttpResponse.json(current);
      }),
      recordPosts('*/api/dsa-notices/8/release', posts, () => {
        current = notice();
        return HttpResponse.json(current);
      }),
    );
    renderNotice(() => current);
    fireEvent.click(await screen.findByTestId('notice-claim', {}, { timeout: 5000 }));
    await waitFor(() => expect(screen.getByTestId('claim-panel').textContent).toContain('You are working on this notice'));
    fireEvent.click(screen.getByTestId('notice-release'));
    await waitFor(() => expect(screen.getByTestId('claim-panel').textContent).toContain('Nobody is working on this notice'));
    expect(posts.map((p) => [p.path, p.body, p.key])).toEqual([
      ['/api/dsa-notices/8/claim', {}, null],
      ['/api/dsa-notices/8/release', {}, null],
    ]);
  });

  test('Decide a removal: the exact body (law, explanation, keywords of the category, EU 27, facts), then links to the statements issued', async () => {
    const posts: Post[] = [];
    server.use(
      recordPosts('*/api/dsa-notices/8/decide', posts, () =>
        HttpResponse.json({
          ...notice({ status: 'decided', decision: 'visibility_restriction', decidedAt: new Date().toISOString() }),
          statements: [{ id: 64, puid: 'kolet-sor-000064' }],
        }),
      ),
    );
    renderNotice(() => notice());
    // The review is in French though its author's account may not be: the statement declares the text's language.
    server.use(http.get('*/api/reviews/content-languages', () => HttpResponse.json([{ reviewId: 12, contentLanguage: 'FR' }])));
    const dialog = await openDecide();
    fireEvent.click(within(dialog).getByLabelText('Visibility restricted'));
    // The notifier's law and category are offered; DEMOTED is not (the API refuses it).
    expect((within(dialog).getByLabelText(/^Law breached/) as HTMLInputElement).value).toBe(
      'Loi du 29 juillet 1881, art. 29 (diffamation)',
    );
    expect(within(dialog).getByLabelText('Removed')).toBeTruthy();
    expect(within(dialog).getByLabelText('Disabled (hidden, kept)')).toBeTruthy();
    expect(within(dialog).queryByLabelText('Demoted')).toBeNull();
    // Keywords are those of the category: defamation yes, phishing no.
    expect(within(dialog).queryByLabelText('Phishing')).toBeNull();
    fireEvent.click(within(dialog).getByLabelText('Defamation'));
    typeInto(dialog, /^Explanation/, '  The review imputes a criminal conviction to the manager, who was never convicted.  ');
    typeInto(dialog, /^Address of the law relied upon/, 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000877119');
    expect(await within(dialog).findByText(/Detected from the text: French \(FR\)/)).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('scope-eu'));
    fireEvent.click(within(dialog).getByTestId('decide-review'));
    const question = await within(dialog).findByTestId('decide-question', {}, { timeout: 5000 });
    expect(question.textContent).toContain('Restrict the content of notice DSA-2026-000108?');
    expect(within(dialog).getByTestId('decide-summary').textContent).toContain('EU 27');
    fireEvent.click(within(dialog).getByTestId('decide-confirm'));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.body).toEqual({
      decision: 'visibility_restriction',
      visibility: 'DECISION_VISIBILITY_CONTENT_REMOVED',
      ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      legalGround: 'Loi du 29 juillet 1881, art. 29 (diffamation)',
      legalReferenceUrl: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000877119',
      explanation: 'The review imputes a criminal conviction to the manager, who was never convicted.',
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      keywords: ['KEYWORD_DEFAMATION'],
      territorialScope: [...EU27],
      facts: 'A notice under Article 16 of the DSA reported the content. A moderator assessed it against the law and the terms of use.',
      contentLanguages: { 12: 'FR' },
      automatedDetection: false,
      automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    });
    expect(posts[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    const done = await screen.findByTestId('decided-dialog', {}, { timeout: 5000 });
    expect(done.textContent).toContain('One statement of reasons was issued and sent to the author');
    expect(within(done).getByTestId('decided-statement-64').textContent).toBe('Statement of reasons kolet-sor-000064');
    expect(within(done).getByTestId('decided-statement-64').getAttribute('href')).toMatch(/\/statements-of-reasons\/64\/show$/);
  });

  test('Decide no action: a 20-character note is required, then exactly {decision, note, automation} is sent', async () => {
    const posts: Post[] = [];
    server.use(
      recordPosts('*/api/dsa-notices/8/decide', posts, () =>
        HttpResponse.json({ ...notice({ status: 'decided', decision: 'no_action' }), statements: [] }),
      ),
    );
    renderNotice(() => notice());
    const dialog = await openDecide();
    fireEvent.click(within(dialog).getByLabelText('No action'));
    typeInto(dialog, /^Note/, 'Opinion.');
    fireEvent.click(within(dialog).getByLabelText(/^Detected by automated means/));
    fireEvent.click(within(dialog).getByTestId('decide-review'));
    expect(await within(dialog).findByText('Must be 20 characters at least')).toBeTruthy();
    expect(within(dialog).queryByTestId('decide-question')).toBeNull();

    typeInto(dialog, /^Note/, 'A negative opinion about the service, not an accusation of a crime.');
    fireEvent.click(within(dialog).getByTestId('decide-review'));
    expect((await within(dialog).findByTestId('decide-question', {}, { timeout: 5000 })).textContent).toContain(
      'Take no action on notice DSA-2026-000108?',
    );
    fireEvent.click(within(dialog).getByTestId('decide-confirm'));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.body).toEqual({
      decision: 'no_action',
      note: 'A negative opinion about the service, not an accusation of a crime.',
      automatedDetection: true,
      automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('422 tdb_invalid: the dialog stays open and lists what the Transparency Database would refuse, field by field', async () => {
    server.use(
      http.post('*/api/dsa-notices/8/decide', () =>
        refusal(
          422,
          'tdb_invalid',
          'The statement of reasons would be refused by the Transparency Database: decision_facts must not contain personal data',
          {
            facts: 'decision_facts must not contain personal data (an e-mail address or a phone number)',
            explanation: 'illegal_content_explanation must be at most 2000 characters',
          },
        ),
      ),
    );
    renderNotice(() => notice({ trustedFlaggerId: 1, priority: 1 }));
    const dialog = await openDecide();
    fireEvent.click(within(dialog).getByLabelText('Visibility restricted'));
    typeInto(dialog, /^Explanation/, 'The review imputes a criminal conviction to the manager, who was never convicted.');
    typeInto(dialog, /^Facts and circumstances/, 'The author, reachable at +33612345678, posted it after a refund dispute.');
    fireEvent.click(within(dialog).getByTestId('decide-review'));
    fireEvent.click(await within(dialog).findByTestId('decide-confirm'));
    const failure = await within(dialog).findByTestId('action-failure', {}, { timeout: 5000 });
    expect(failure.textContent).toContain('The Transparency Database would refuse this statement of reasons: correct these fields.');
    expect(
      within(failure)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Facts and circumstances: decision_facts must not contain personal data (an e-mail address or a phone number)',
      'Explanation: illegal_content_explanation must be at most 2000 characters',
    ]);
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.queryByTestId('decided-dialog')).toBeNull();
  });

  test("a trusted flagger's notice starts from the standard facts that say so; a suspension sends its days", async () => {
    const posts: Post[] = [];
    server.use(
      recordPosts('*/api/dsa-notices/8/decide', posts, () =>
        HttpResponse.json({ ...notice({ status: 'decided' }), statements: [{ id: 65, puid: 'kolet-sor-000065' }] }),
      ),
    );
    renderNotice(() => notice({ trustedFlaggerId: 1, priority: 1, legalGround: null }));
    const dialog = await openDecide();
    fireEvent.click(within(dialog).getByLabelText('Service suspended'));
    typeInto(dialog, /^Suspension of the author/, '14');
    fireEvent.click(within(dialog).getByLabelText('Incompatible with the terms'));
    expect((within(dialog).getByLabelText(/^Clause of the terms breached/) as HTMLInputElement).value).toBe(
      'Kolet terms of use, §8 (reviews)',
    );
    typeInto(dialog, /^Explanation/, 'Third review in a week calling readers to flood the company with insults.');
    fireEvent.click(within(dialog).getByTestId('decide-review'));
    expect((await within(dialog).findByTestId('decide-question', {}, { timeout: 5000 })).textContent).toContain(
      'suspend its author’s reviews for 14 days?',
    );
    fireEvent.click(within(dialog).getByTestId('decide-confirm'));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.body).toMatchObject({
      decision: 'service_suspension',
      suspensionDays: 14,
      ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      termsClause: 'Kolet terms of use, §8 (reviews)',
      territorialScope: [...EEA],
      facts:
        'A trusted flagger (Article 22 of the DSA) reported the content. A moderator assessed it against the law and the terms of use.',
    });
    expect(posts[0]!.body).not.toHaveProperty('legalGround');
    expect(posts[0]!.body).not.toHaveProperty('keywords');
  });

  test('Escalate: authority, Member State and note are sent trimmed, the optional authority reference left out when empty', async () => {
    const posts: Post[] = [];
    server.use(
      recordPosts('*/api/dsa-notices/8/escalate', posts, () =>
        HttpResponse.json({ id: 3, noticeId: 8, authority: 'PHAROS', memberState: 'BE' }),
      ),
    );
    renderNotice(() => notice({ threatToLife: true, priority: 2 }));
    fireEvent.click(await screen.findByTestId('notice-action-escalate', {}, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog');
    typeInto(dialog, 'Authority', ' Police fédérale ');
    // The notifier's Member State is offered first; here the threat concerns Belgium.
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Member State/ }));
    fireEvent.click(await screen.findByRole('option', { name: /^BE — Belgium/ }));
    typeInto(dialog, /^Note/, 'Called the duty officer at 10:05 and sent the evidence bundle by e-mail.');
    fireEvent.click(within(dialog).getByTestId('escalate-review'));
    expect((await within(dialog).findByTestId('escalate-question')).textContent).toContain(
      'Refer notice DSA-2026-000108 to Police fédérale (Belgium)?',
    );
    fireEvent.click(within(dialog).getByTestId('escalate-confirm'));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.body).toEqual({
      authority: 'Police fédérale',
      memberState: 'BE',
      note: 'Called the duty officer at 10:05 and sent the evidence bundle by e-mail.',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('"Download evidence" fetches the bundle with the session and saves it under the name the API gives', async () => {
    const saved: { name: string; href: string }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:evidence');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
    const headers: string[] = [];
    server.use(
      http.get('*/api/dsa-notices/8/evidence', ({ request }) => {
        headers.push(request.headers.get('X-Kolet-CSRF') ?? '');
        return HttpResponse.json(
          { notice: { reference: 'DSA-2026-000108' } },
          { headers: { 'Content-Disposition': 'attachment; filename="evidence-DSA-2026-000108.json"' } },
        );
      }),
    );
    renderNotice(() => notice());
    fireEvent.click(await screen.findByTestId('notice-evidence', {}, { timeout: 5000 }));
    await waitFor(() => expect(saved).toEqual([{ name: 'evidence-DSA-2026-000108.json', href: 'blob:evidence' }]));
    expect(headers).toEqual(['1']);
    vi.restoreAllMocks();
  });
});

describe('trusted flaggers (Art. 22)', () => {
  test('created with their areas of expertise and the end of their designation; listed with them, an expired one flagged', async () => {
    const posts: Post[] = [];
    server.use(
      signedInAs(['moderator']),
      recordPosts('*/api/trusted-flaggers', posts, (body) => HttpResponse.json({ id: 3, ...(body as object) })),
      http.get('*/api/trusted-flaggers/3', () =>
        HttpResponse.json({
          id: 3,
          name: 'e-Enfance',
          email: 'dsa@e-enfance.example',
          designatedBy: 'Arcom (France)',
          active: true,
          expertise: ['STATEMENT_CATEGORY_CYBER_VIOLENCE'],
          validUntil: '2027-06-30',
        }),
      ),
    );
    render(
      <TestMemoryRouter initialEntries={['/trusted-flaggers/create']}>
        <AdminContext
          authProvider={authProvider}
          dataProvider={createDataProvider()}
          i18nProvider={createI18nProvider('en')}
          store={memoryStore()}
        >
          <ResourceContextProvider value="trusted-flaggers">
            <Routes>
              <Route path="/trusted-flaggers/create" element={<TrustedFlaggerCreate />} />
              <Route path="/trusted-flaggers/:id/show" element={<p>shown</p>} />
            </Routes>
          </ResourceContextProvider>
        </AdminContext>
      </TestMemoryRouter>,
    );
    fireEvent.change(await screen.findByLabelText(/^Name/, {}, { timeout: 5000 }), { target: { value: 'e-Enfance' } });
    fireEvent.change(screen.getByLabelText(/^E-mail/), { target: { value: 'DSA@e-enfance.example' } });
    fireEvent.change(screen.getByLabelText(/^Designated by/), { target: { value: 'Arcom (France)' } });
    const expertise = screen.getByLabelText(/^Areas of expertise/);
    fireEvent.change(expertise, { target: { value: 'Cyber' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Cyber violence' }));
    fireEvent.change(screen.getByLabelText(/^Designated until/), { target: { value: '2027-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(posts).toHaveLength(1), { timeout: 5000 });
    expect(posts[0]!.body).toEqual({
      name: 'e-Enfance',
      email: 'DSA@e-enfance.example',
      designatedBy: 'Arcom (France)',
      active: true,
      expertise: ['STATEMENT_CATEGORY_CYBER_VIOLENCE'],
      validUntil: '2027-06-30',
    });
    cleanup();

    server.use(
      http.get('*/api/trusted-flaggers', () =>
        listOf('trusted-flaggers', [
          {
            id: 1,
            name: 'Point de Contact',
            email: 'signalements@pointdecontact.example',
            designatedBy: 'Arcom (France)',
            active: true,
            expertise: null,
            validUntil: null,
          },
          {
            id: 2,
            name: 'INDECOSA-CGT',
            email: 'dsa@indecosa.example',
            designatedBy: 'Arcom (France)',
            active: true,
            expertise: ['STATEMENT_CATEGORY_CONSUMER_INFORMATION', 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD'],
            validUntil: '2024-12-31',
          },
        ]),
      ),
    );
    render(
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        <ResourceContextProvider value="trusted-flaggers">
          <TrustedFlaggerList />
        </ResourceContextProvider>
      </AdminContext>,
    );
    const open = (await screen.findByText('Point de Contact', {}, { timeout: 5000 })).closest('tr')!;
    expect(within(open).getByText('Every category')).toBeTruthy();
    expect(within(open).getByText('Open-ended')).toBeTruthy();
    const expired = screen.getByText('INDECOSA-CGT').closest('tr')!;
    expect(within(expired).getByText('Consumer information')).toBeTruthy();
    expect(within(expired).getByText('Scams and fraud')).toBeTruthy();
    expect(within(expired).getByTestId('flagger-expired').textContent).toBe('Expired');
    expect(within(open).queryByTestId('flagger-expired')).toBeNull();
  });
});

describe('shared with the API', () => {
  test("the console's 72-hour target and 30-minute claim are the server's rules", () => {
    expect(DECISION_TARGET_HOURS).toBe(rules.DECISION_TARGET_HOURS);
    expect(CLAIM_MINUTES).toBe(rules.CLAIM_MINUTES);
  });

  test('every Transparency Database category and keyword has a label in English and French', () => {
    for (const [lang, messages] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      expect(Object.keys(messages.tdb.category).sort(), lang).toEqual([...CATEGORIES].sort());
      expect(Object.keys(messages.tdb.keyword).sort(), lang).toEqual([...KEYWORDS].sort());
    }
  });
});
