import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, ResourceContextProvider, ResourceDefinitionContextProvider, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { Menu } from '../../client/src/layout/Menu.tsx';
import { TransparencyReportPage } from '../../client/src/pages/TransparencyReport.tsx';
import { resources } from '../../client/src/resources/index.ts';
import { StatementOfReasonsList } from '../../client/src/resources/statements-of-reasons/StatementOfReasonsList.tsx';
import type { TransparencyReport } from '../../client/src/transparency/reportTypes.ts';
import type { Role } from '../../server/domain/enums.ts';
import { listOf } from './moderation-fixtures.ts';
import { server, signedInAs } from './server.ts';

// The charts' module waits for this gate: the test decides when the lazy chunk "arrives".
const gate = vi.hoisted(() => {
  let open: () => void = () => {};
  let opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    wait: () => opened,
    open: () => open(),
    close: () => {
      opened = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
  };
});
vi.mock('../../client/src/transparency/TransparencyCharts.tsx', async (importOriginal) => {
  await gate.wait();
  return importOriginal();
});

// recharts sizes its responsive charts with ResizeObserver, which jsdom lacks.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
  vi.useRealTimers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const NOW = new Date('2026-11-20T10:00:00.000Z');

function report(from: string, to: string, notices = 14): TransparencyReport {
  return {
    period: { from, to },
    notices: {
      total: notices,
      fromTrustedFlaggers: 3,
      complete: 12,
      withThreatToLife: 1,
      manifestlyUnfounded: 2,
      byCategory: [
        { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', count: 8 },
        { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', count: notices - 8 },
      ],
    },
    actions: {
      total: 11,
      byDecision: [
        { decision: 'no_action', count: 6 },
        { decision: 'visibility_restriction', count: 4 },
        { decision: 'service_suspension', count: 1 },
      ],
      law: 4,
      terms: 9,
      automatedDetection: 0,
      automatedDecision: 0,
      medianHoursToAct: 31.5,
    },
    statements: {
      total: 13,
      bySource: [
        { sourceType: 'SOURCE_TYPE_OTHER_NOTIFICATION', count: 8 },
        { sourceType: 'SOURCE_ARTICLE_16', count: 5 },
      ],
      byCategory: [{ category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', count: 13 }],
      automatedDetection: 0,
      visibility: 13,
      serviceSuspensions: 1,
    },
    complaints: {
      total: 5,
      byRole: [
        { role: 'author', count: 4 },
        { role: 'notifier', count: 1 },
      ],
      open: 2,
      upheld: 1,
      rejected: 2,
      reversed: 1,
      medianHoursToDecide: null,
    },
    escalations: 1,
    misuse: { warnings: 2, suspensions: { authors: 1, notifiers: 0 } },
  };
}

/** The transparency report API; records each period asked. */
function reportHandler(asked: string[]) {
  return http.get('*/api/dsa/transparency-report', ({ request }) => {
    const params = new URL(request.url).searchParams;
    const [from, to, format] = [params.get('from')!, params.get('to')!, params.get('format')];
    asked.push(`${from}..${to}${format ? ` ${format}` : ''}`);
    if (format === 'csv') {
      return new HttpResponse('section,metric,key,value\nnotices,total,,14\n', {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="kolet-transparency-${from}-${to}.csv"`,
        },
      });
    }
    return HttpResponse.json(report(from, to, from.startsWith('2025-01') ? 9 : 14));
  });
}

function renderPage(roles: Role[], asked: string[] = []) {
  server.use(signedInAs(roles), reportHandler(asked));
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      <TransparencyReportPage />
    </AdminContext>,
  );
}

/** Captures what the page hands to the browser as files. */
function captureDownloads() {
  const saved: { name: string; content: Blob | null }[] = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:file';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, content: last });
  });
  return saved;
}

/** A saved file's text (jsdom's Blob has no text()). */
const textOf = (blob: Blob | null) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob!);
  });

const figure = (id: string) => screen.getByTestId(`figure-${id}`).textContent;
const chartRows = (id: string) =>
  within(screen.getByTestId(`report-chart-${id}-data`))
    .getAllByRole('row')
    .map((row) => row.textContent);

describe('the transparency report', () => {
  test('asks for the last 12 months, shows the figures at once, and the charts once their lazy module arrives', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    gate.close();
    const asked: string[] = [];
    renderPage(['moderator'], asked);
    await waitFor(() => expect(figure('notices_total')).toBe('14'));
    expect(asked).toEqual(['2025-11-21..2026-11-20']);
    expect(figure('from_trusted_flaggers')).toBe('3');
    expect(figure('law')).toBe('4');
    expect(figure('terms')).toBe('9');
    expect(figure('automated_decision')).toBe('0');
    expect(figure('median_to_act')).toBe('31.5 h');
    expect(figure('reversed')).toBe('1');
    expect(figure('median_to_decide')).toBe('—');
    expect(figure('escalations')).toBe('1');
    expect(figure('suspended_authors')).toBe('1');
    // recharts has not loaded: a placeholder stands in for the charts.
    expect(screen.getByTestId('charts-loading')).toBeTruthy();
    expect(screen.queryByTestId('report-chart-notices_by_category')).toBeNull();

    gate.open();
    await screen.findByTestId('report-chart-notices_by_category', {}, { timeout: 5000 });
    expect(screen.queryByTestId('charts-loading')).toBeNull();
    expect(chartRows('notices_by_category')).toEqual(['Illegal or harmful speech8', 'Scams and fraud6']);
    expect(chartRows('decisions')).toEqual(['No action6', 'Visibility restricted4', 'Service suspended1']);
    expect(chartRows('grounds')).toEqual(['On the basis of the law4', 'On the basis of the terms9']);
    expect(chartRows('sources')).toEqual(['Other notification8', 'Notice (Art. 16)5']);
    expect(chartRows('complaints')).toEqual(['Open2', 'Upheld (decision reversed)1', 'Rejected2']);
  });

  test('another period: a preset or two dates ask the API again; a start after the end asks nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    gate.open();
    const asked: string[] = [];
    renderPage(['moderator'], asked);
    await waitFor(() => expect(figure('notices_total')).toBe('14'));
    fireEvent.click(screen.getByTestId('period-last_year'));
    await waitFor(() => expect(figure('notices_total')).toBe('9'));
    expect(asked.at(-1)).toBe('2025-01-01..2025-12-31');
    expect(screen.getByTestId('period-last_year').getAttribute('aria-pressed')).toBe('true');

    // The end is still 31 December 2025: a start in 2026 is after it.
    const before = asked.length;
    fireEvent.change(screen.getByLabelText(/^From/), { target: { value: '2026-03-01' } });
    expect(await screen.findByText('Choose two dates, the start not after the end.')).toBeTruthy();
    expect((screen.getByTestId('report-download-csv') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/^To \(included\)/), { target: { value: '2026-06-30' } });
    await waitFor(() => expect(asked.at(-1)).toBe('2026-03-01..2026-06-30'));
    expect(asked.slice(before)).toEqual(['2026-03-01..2026-06-30']);
  });

  test("Download CSV and JSON: the period's files, named as the API names them", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    gate.open();
    const saved = captureDownloads();
    const asked: string[] = [];
    renderPage(['moderator'], asked);
    await waitFor(() => expect(figure('notices_total')).toBe('14'));
    fireEvent.click(screen.getByTestId('report-download-csv'));
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual(['kolet-transparency-2025-11-21-2026-11-20.csv']));
    expect(await textOf(saved[0]!.content)).toBe('section,metric,key,value\nnotices,total,,14\n');
    expect(saved[0]!.content!.type).toBe('text/csv');
    fireEvent.click(screen.getByTestId('report-download-json'));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.name).toBe('kolet-transparency-2025-11-21-2026-11-20.json');
    expect(JSON.parse(await textOf(saved[1]!.content))).toMatchObject({
      period: { from: '2025-11-21', to: '2026-11-20' },
      notices: { total: 14 },
    });
    expect(asked).toContain('2025-11-21..2026-11-20 csv');
  });

  test('is for moderators: support sees "access denied" and nothing is asked', async () => {
    const asked: string[] = [];
    renderPage(['support'], asked);
    expect(await screen.findByText('Access denied')).toBeTruthy();
    expect(asked).toEqual([]);
  });
});

describe('the menu', () => {
  const definitions = Object.fromEntries(
    Object.entries(resources).map(([name, config]) => [name, { name, hasList: true, icon: config.icon }]),
  );
  const renderMenu = (roles: Role[]) => {
    server.use(signedInAs(roles));
    render(
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        <ResourceDefinitionContextProvider definitions={definitions}>
          <Menu />
        </ResourceDefinitionContextProvider>
      </AdminContext>,
    );
  };

  test('the Moderation group links to the report, for moderators only', async () => {
    renderMenu(['moderator']);
    const link = await screen.findByRole('menuitem', { name: 'Transparency report' }, { timeout: 5000 });
    expect(link.getAttribute('href')).toBe('#/dsa-transparency');
    cleanup();
    resetAuthCache();
    renderMenu(['support']);
    await screen.findByText('Support', {}, { timeout: 5000 });
    expect(screen.queryByRole('menuitem', { name: 'Transparency report' })).toBeNull();
  });
});

describe('the export to the Transparency Database', () => {
  function renderStatements(answer: (from: string, to: string) => Response) {
    const asked: string[] = [];
    server.use(
      signedInAs(['moderator']),
      http.get('*/api/statements-of-reasons/export', ({ request }) => {
        const params = new URL(request.url).searchParams;
        asked.push(`${params.get('from')}..${params.get('to')}`);
        return answer(params.get('from')!, params.get('to')!);
      }),
      http.get('*/api/statements-of-reasons', () => listOf('statements-of-reasons', [])),
    );
    render(
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        <ResourceContextProvider value="statements-of-reasons">
          <StatementOfReasonsList />
        </ResourceContextProvider>
      </AdminContext>,
    );
    return asked;
  }

  test('from/to → the statements in batches of 100, saved as the API names the file; the count and batches are shown', async () => {
    const saved = captureDownloads();
    const statements = Array.from({ length: 130 }, (_, i) => ({ puid: `kolet-sor-${String(i + 1).padStart(6, '0')}` }));
    const asked = renderStatements((from, to) =>
      HttpResponse.json(
        { count: 130, from, to, batches: [{ statements: statements.slice(0, 100) }, { statements: statements.slice(100) }], excluded: [] },
        { headers: { 'Content-Disposition': `attachment; filename="kolet-statements-${from}-${to}.json"` } },
      ),
    );
    // The list shows nothing (a filter, or no statement yet): the export stays at hand.
    expect(await screen.findByText(/^No Statements of reasons found/, {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.click(screen.getByTestId('export-statements'));
    const dialog = await screen.findByTestId('export-dialog');
    fireEvent.change(within(dialog).getByLabelText(/^From/), { target: { value: '2026-10-01' } });
    fireEvent.change(within(dialog).getByLabelText(/^To \(included\)/), { target: { value: '2026-10-31' } });
    fireEvent.click(within(dialog).getByTestId('export-confirm'));
    const result = await within(dialog).findByTestId('export-result', {}, { timeout: 5000 });
    expect(result.textContent).toBe('130 statements exported in 2 batches, saved as kolet-statements-2026-10-01-2026-10-31.json.');
    expect(asked).toEqual(['2026-10-01..2026-10-31']);
    expect(saved.map((s) => s.name)).toEqual(['kolet-statements-2026-10-01-2026-10-31.json']);
    expect(JSON.parse(await textOf(saved[0]!.content)).batches.map((b: { statements: unknown[] }) => b.statements.length)).toEqual([
      100, 30,
    ]);
    // Once in the database (webform, own tool), the moderator records it: the 130 are never sent or exported again.
    const marks: unknown[] = [];
    server.use(
      http.post('*/api/statements-of-reasons/mark-submitted', async ({ request }) => {
        marks.push(await request.json());
        return HttpResponse.json({ marked: statements.map((x) => x.puid), skipped: [], batchId: 3 });
      }),
    );
    expect((within(dialog).getByTestId('export-mark') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/^How they were submitted/), { target: { value: 'Webform' } });
    fireEvent.click(within(dialog).getByTestId('export-mark'));
    expect((await within(dialog).findByTestId('export-marked')).textContent).toBe('130 statements recorded as submitted.');
    expect(marks).toEqual([{ puids: statements.map((x) => x.puid), note: 'Webform' }]);
  });

  test('an empty period says there is nothing to send and saves no file; an end before the start is refused', async () => {
    const saved = captureDownloads();
    const asked = renderStatements((from, to) => HttpResponse.json({ count: 0, from, to, batches: [], excluded: [] }));
    fireEvent.click(await screen.findByTestId('export-statements', {}, { timeout: 5000 }));
    const dialog = await screen.findByTestId('export-dialog');
    fireEvent.change(within(dialog).getByLabelText(/^From/), { target: { value: '2026-10-01' } });
    fireEvent.change(within(dialog).getByLabelText(/^To \(included\)/), { target: { value: '2026-09-30' } });
    expect(within(dialog).getByText('The end must not be before the start')).toBeTruthy();
    expect((within(dialog).getByTestId('export-confirm') as HTMLButtonElement).disabled).toBe(true);
    expect(asked).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText(/^To \(included\)/), { target: { value: '2026-10-02' } });
    fireEvent.click(within(dialog).getByTestId('export-confirm'));
    expect((await within(dialog).findByTestId('export-result', {}, { timeout: 5000 })).textContent).toBe(
      'Every statement of reasons issued from 2026-10-01 to 2026-10-02 is already in the database: nothing to send.',
    );
    expect(saved).toEqual([]);
  });
});
