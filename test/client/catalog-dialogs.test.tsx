import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, Notification, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { ImportPlansDialog } from '../../client/src/resources/countries/ImportPlansDialog.tsx';
import { BulkPriceChangeDialog } from '../../client/src/resources/plans/BulkPriceChangeDialog.tsx';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

function renderInAdmin(ui: React.ReactElement) {
  server.use(signedInAs(['catalog']));
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      {ui}
      <Notification />
    </AdminContext>,
  );
}

describe('BulkPriceChangeDialog', () => {
  const changes = [
    { planId: 11, name: 'Japan 1 GB – 7 days', countryCode: 'JP', oldPriceCents: 499, newPriceCents: 524 },
    { planId: 12, name: 'Japan 3 GB – 15 days', countryCode: 'JP', oldPriceCents: 999, newPriceCents: 1049 },
  ];

  test('previews old → new from a dry run, then applies once with an Idempotency-Key', async () => {
    const posts: { body: { planIds: number[]; percent: number; dryRun: boolean }; key: string | null }[] = [];
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.post('*/api/plans/price-change', async ({ request }) => {
        const body = (await request.json()) as { planIds: number[]; percent: number; dryRun: boolean };
        posts.push({ body, key: request.headers.get('Idempotency-Key') });
        if (!body.dryRun) await answered;
        return HttpResponse.json({ applied: !body.dryRun, changes });
      }),
    );
    let closed = 0;
    renderInAdmin(
      <BulkPriceChangeDialog
        planIds={[11, 12]}
        onClose={() => {
          closed++;
        }}
      />,
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Change the prices of 2 plans')).toBeTruthy();
    expect(within(dialog).getByTestId('price-change-preview-button')).toHaveProperty('disabled', true);

    fireEvent.change(within(dialog).getByTestId('price-change-percent'), { target: { value: '5' } });
    fireEvent.click(within(dialog).getByTestId('price-change-preview-button'));
    const rows = await within(dialog).findAllByTestId('price-change-row');
    expect(rows.map((r) => r.textContent)).toEqual(['Japan 1 GB – 7 daysJP€4.99€5.24', 'Japan 3 GB – 15 daysJP€9.99€10.49']);
    expect(within(dialog).getByTestId('price-change-question').textContent).toBe(
      'Change the prices of these 2 plans by 5 %? They apply to new orders only.',
    );
    expect(posts).toEqual([{ body: { planIds: [11, 12], percent: 5, dryRun: true }, key: null }]);

    const apply = within(dialog).getByTestId('price-change-apply');
    expect(apply.textContent).toBe('Change 2 prices');
    // The change says why (kept in each plan's price history): no reason, no change.
    expect(apply).toHaveProperty('disabled', true);
    fireEvent.change(within(dialog).getByTestId('price-change-reason'), { target: { value: 'Yen exchange rate' } });
    expect(apply).toHaveProperty('disabled', false);
    fireEvent.click(apply);
    await waitFor(() => expect(posts).toHaveLength(2));
    // One confirmation: while the change runs, nothing can be clicked again.
    expect(within(dialog).getByTestId('price-change-apply')).toHaveProperty('disabled', true);
    fireEvent.click(within(dialog).getByTestId('price-change-apply'));
    expect(posts[1]!.body).toEqual({ planIds: [11, 12], percent: 5, reason: 'Yen exchange rate', dryRun: false });
    expect(posts[1]!.key).toMatch(/^[0-9a-f-]{36}$/);

    answer();
    await waitFor(() => expect(closed).toBe(1));
    expect(await screen.findByText('2 prices changed')).toBeTruthy();
    expect(posts).toHaveLength(2);
  });

  test('changing the percentage drops the preview: what is applied is always what was previewed', async () => {
    const percents: number[] = [];
    server.use(
      http.post('*/api/plans/price-change', async ({ request }) => {
        const body = (await request.json()) as { percent: number };
        percents.push(body.percent);
        return HttpResponse.json({ applied: false, changes });
      }),
    );
    renderInAdmin(<BulkPriceChangeDialog planIds={[11, 12]} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('price-change-percent'), { target: { value: '-10' } });
    fireEvent.click(within(dialog).getByTestId('price-change-preview-button'));
    await within(dialog).findByTestId('price-change-apply');
    fireEvent.change(within(dialog).getByTestId('price-change-percent'), { target: { value: '-12,5' } });
    expect(within(dialog).queryByTestId('price-change-apply')).toBeNull();
    expect(within(dialog).queryByTestId('price-change-preview')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('price-change-preview-button'));
    await within(dialog).findByTestId('price-change-apply');
    expect(percents).toEqual([-10, -12.5]);

    fireEvent.change(within(dialog).getByTestId('price-change-percent'), { target: { value: '-95' } });
    expect(within(dialog).getByText(/A percentage other than 0/)).toBeTruthy();
    expect(within(dialog).getByTestId('price-change-preview-button')).toHaveProperty('disabled', true);
  });
});

describe('ImportPlansDialog', () => {
  const CSV =
    'id,name,dataMb,fairUseMb,validityDays,priceEuros,vatRatePercent,status,promotional\n11,Japan 1 GB – 7 days,1024,,7,5.49,20,active,false\n,Japan 7 GB – 15 days,7168,,15,12.99,20,draft,false\n';
  const withErrors = {
    dryRun: true,
    applied: false,
    unchanged: 3,
    created: [
      {
        line: 3,
        values: {
          name: 'Japan 7 GB – 15 days',
          dataMb: 7168,
          fairUseMb: null,
          validityDays: 15,
          priceCents: 1299,
          vatRateBp: 2000,
          status: 'draft',
          promotional: false,
        },
      },
    ],
    updated: [{ line: 2, id: 11, name: 'Japan 1 GB – 7 days', changes: { priceCents: [499, 549] } }],
    errors: [{ line: 4, message: 'priceEuros must be an amount like 9.99' }],
  };

  test('shows the dry-run report line by line; Apply stays disabled while a line is in error', async () => {
    const bodies: { csv: string; dryRun: boolean }[] = [];
    server.use(
      http.post('*/api/countries/JP/plans-import', async ({ request }) => {
        bodies.push((await request.json()) as { csv: string; dryRun: boolean });
        return HttpResponse.json(withErrors);
      }),
    );
    renderInAdmin(<ImportPlansDialog countryCode="JP" onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('import-apply')).toHaveProperty('disabled', true);
    fireEvent.change(within(dialog).getByTestId('import-csv'), { target: { value: `${CSV}x,bad,,,,abc,,,\n` } });
    fireEvent.click(within(dialog).getByTestId('import-check'));

    const report = await within(dialog).findByTestId('import-report');
    expect(bodies).toEqual([{ csv: `${CSV}x,bad,,,,abc,,,\n`, dryRun: true }]);
    expect(within(report).getByText('1 to create')).toBeTruthy();
    expect(within(report).getByText('1 to update')).toBeTruthy();
    expect(within(report).getByTestId('import-unchanged').textContent).toBe('3 unchanged');
    expect(within(report).getByText('1 error')).toBeTruthy();
    expect(within(report).getByTestId('import-line-created').textContent).toBe(
      '3New planJapan 7 GB – 15 days7 GB · 15 days · €12.99 · Draft',
    );
    expect(within(report).getByTestId('import-line-updated').textContent).toBe(
      '2Update#11 Japan 1 GB – 7 daysPrice incl. VAT: €4.99 → €5.49',
    );
    expect(within(report).getByTestId('import-line-error').textContent).toBe('4ErrorpriceEuros must be an amount like 9.99');
    expect(within(dialog).getByTestId('import-apply')).toHaveProperty('disabled', true);
  });

  test('without errors, Apply imports what the dry run reported, once', async () => {
    const bodies: { csv: string; dryRun: boolean }[] = [];
    server.use(
      http.post('*/api/countries/JP/plans-import', async ({ request }) => {
        const body = (await request.json()) as { csv: string; dryRun: boolean };
        bodies.push(body);
        return HttpResponse.json({ ...withErrors, errors: [], dryRun: body.dryRun, applied: !body.dryRun });
      }),
    );
    let closed = 0;
    renderInAdmin(
      <ImportPlansDialog
        countryCode="JP"
        onClose={() => {
          closed++;
        }}
      />,
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('import-csv'), { target: { value: CSV } });
    fireEvent.click(within(dialog).getByTestId('import-check'));
    await within(dialog).findByTestId('import-report');
    const apply = within(dialog).getByTestId('import-apply');
    await waitFor(() => expect(apply).toHaveProperty('disabled', false));
    fireEvent.click(apply);
    await waitFor(() => expect(closed).toBe(1));
    expect(bodies.map((b) => b.dryRun)).toEqual([true, false]);
    expect(await screen.findByText('Plans imported: 1 created, 1 updated')).toBeTruthy();
  });

  test('a refused import (422) shows its lines in error and keeps Apply disabled', async () => {
    server.use(
      http.post('*/api/countries/JP/plans-import', async ({ request }) => {
        const body = (await request.json()) as { dryRun: boolean };
        if (body.dryRun) return HttpResponse.json({ ...withErrors, errors: [] });
        return HttpResponse.json(
          {
            message: 'The CSV has 1 line(s) in error: nothing was imported',
            code: 'import_has_errors',
            errors: { 'line 3': 'plan 11 appears twice' },
          },
          { status: 422 },
        );
      }),
    );
    renderInAdmin(<ImportPlansDialog countryCode="JP" onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('import-csv'), { target: { value: CSV } });
    fireEvent.click(within(dialog).getByTestId('import-check'));
    await within(dialog).findByTestId('import-report');
    fireEvent.click(within(dialog).getByTestId('import-apply'));
    expect((await within(dialog).findByTestId('import-line-error')).textContent).toBe('3Errorplan 11 appears twice');
    expect(within(dialog).getByTestId('import-apply')).toHaveProperty('disabled', true);
  });
});
