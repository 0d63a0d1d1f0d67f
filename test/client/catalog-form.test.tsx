import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { AdminContext, Form, Notification, ResourceContextProvider, TestMemoryRouter, memoryStore } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { EuroInput } from '../../client/src/components/EuroInput.tsx';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { parsePercent } from '../../client/src/resources/plans/catalogApi.ts';
import { parseDataAmount } from '../../client/src/resources/plans/dataAmount.ts';
import { PlanCreate } from '../../client/src/resources/plans/PlanCreate.tsx';
import { PlanEdit } from '../../client/src/resources/plans/PlanEdit.tsx';
import { VatRateInput } from '../../client/src/resources/plans/VatRateInput.tsx';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

/** A bare form with the price and VAT inputs; resolves what it submits. */
function renderMoneyForm() {
  let submitted: Record<string, unknown> | null = null;
  render(
    <AdminContext i18nProvider={createI18nProvider('en')} store={memoryStore()}>
      <ResourceContextProvider value="plans">
        <Form
          onSubmit={(values: Record<string, unknown>) => {
            submitted = values;
          }}
          record={{ vatRateBp: 2000 }}
        >
          <EuroInput source="priceCents" />
          <VatRateInput source="vatRateBp" />
          <button type="submit">Submit</button>
        </Form>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return async (price: string, vat?: string) => {
    fireEvent.change(screen.getByLabelText('Price incl. VAT'), { target: { value: price } });
    if (vat !== undefined) fireEvent.change(screen.getByLabelText('VAT rate'), { target: { value: vat } });
    submitted = null;
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(submitted).not.toBeNull());
    return submitted as unknown as { priceCents: number; vatRateBp: number };
  };
}

describe('prices are typed in euros and stored in cents, without float drift', () => {
  test('9.99 is 999 cents exactly, "19,90" 1990, and amounts that drift in floats do not', async () => {
    const submit = renderMoneyForm();
    expect((await submit('9.99')).priceCents).toBe(999);
    expect((await submit('19,90')).priceCents).toBe(1990);
    // 0.1 + 0.2 = 0.30000000000000004 and 1.15 * 100 = 114.99999999999999 in floats.
    expect((await submit('0.3')).priceCents).toBe(30);
    expect((await submit('1.15')).priceCents).toBe(115);
    expect((await submit('4.35')).priceCents).toBe(435);
    expect((await submit('1 299,95 €')).priceCents).toBe(129995);
    expect(screen.getByLabelText('VAT rate')).toHaveProperty('value', '20');
  });

  test('a VAT rate in % is stored in basis points: 5,5 → 550, 20 → 2000', async () => {
    const submit = renderMoneyForm();
    expect((await submit('12,99', '5,5')).vatRateBp).toBe(550);
    expect((await submit('12,99', '2.1')).vatRateBp).toBe(210);
    expect((await submit('12,99', '20')).vatRateBp).toBe(2000);
  });

  test('data amounts and percentages are parsed from the digits', () => {
    expect(parseDataAmount('7', 'gb')).toBe(7168);
    expect(parseDataAmount('1,5', 'gb')).toBe(1536);
    expect(parseDataAmount('500', 'mb')).toBe(500);
    expect(parseDataAmount('0.1', 'gb')).toBeNull(); // 102.4 MB is not a whole number of MB
    expect(parseDataAmount('1.5', 'mb')).toBeNull();
    expect(parsePercent('5')).toBe(5);
    expect(parsePercent('-3,5')).toBe(-3.5);
    expect(parsePercent('+12.25 %')).toBe(12.25);
    expect(parsePercent('0')).toBeNull();
    expect(parsePercent('-95')).toBeNull();
    expect(parsePercent('1.234')).toBeNull();
  });
});

describe('PlanCreate', () => {
  function renderCreate(posted: unknown[]) {
    server.use(
      signedInAs(['catalog']),
      http.get('*/api/countries', () => HttpResponse.json([], { headers: { 'Content-Range': 'countries 0-0/0' } })),
      http.post('*/api/plans', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        posted.push(body);
        return HttpResponse.json({ ...body, id: 501, version: 1 });
      }),
      http.get('*/api/plans/501', () => HttpResponse.json({ id: 501, name: 'x', version: 1 })),
    );
    render(
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        <ResourceContextProvider value="plans">
          <PlanCreate />
        </ResourceContextProvider>
      </AdminContext>,
    );
  }

  test('sends data in MB (7 GB → 7168), the price in cents, the VAT in basis points, and never the form-only switch', async () => {
    const posted: unknown[] = [];
    renderCreate(posted);
    fireEvent.change(await screen.findByLabelText('Name *'), { target: { value: 'Europe 7 GB – 15 days' } });
    fireEvent.change(screen.getByLabelText('Multi-country region'), { target: { value: 'Europe' } });
    fireEvent.change(screen.getByLabelText('Data *'), { target: { value: '7' } });
    expect(await screen.findByText('= 7,168 MB')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Validity (days) *'), { target: { value: '15' } });
    fireEvent.change(screen.getByLabelText('Price incl. VAT *'), { target: { value: '12,99' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(posted).toHaveLength(1), { timeout: 5000 });
    expect(posted[0]).toEqual({
      name: 'Europe 7 GB – 15 days',
      regionName: 'Europe',
      dataMb: 7168,
      fairUseMb: null,
      validityDays: 15,
      priceCents: 1299,
      vatRateBp: 2000,
      status: 'draft',
      promotional: false,
    });
  });

  test('an unlimited plan is dataMb null with a required fair-use cap; MB can be chosen as the unit', async () => {
    const posted: unknown[] = [];
    renderCreate(posted);
    fireEvent.change(await screen.findByLabelText('Name *'), { target: { value: 'Europe Unlimited – 7 days' } });
    fireEvent.change(screen.getByLabelText('Multi-country region'), { target: { value: 'Europe' } });
    fireEvent.click(screen.getByLabelText('Unlimited data'));
    fireEvent.change(screen.getByLabelText('Validity (days) *'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('Price incl. VAT *'), { target: { value: '29.99' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('An unlimited plan needs a fair-use cap')).toBeTruthy();
    expect(posted).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Fair-use cap *'), { target: { value: '20480' } });
    fireEvent.mouseDown(within(screen.getByTestId('fairUseMb-unit')).getByText('GB'));
    fireEvent.click(await screen.findByRole('option', { name: 'MB' }));
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    // The cap's error clears once the form has re-validated; saving before that is a race on a loaded machine.
    await waitFor(() => expect(screen.queryByText('An unlimited plan needs a fair-use cap')).toBeNull(), { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(posted).toHaveLength(1), { timeout: 5000 });
    expect(posted[0]).toMatchObject({ dataMb: null, fairUseMb: 20480, priceCents: 2999 });
    expect(posted[0]).not.toHaveProperty('dataUnlimited');
  });

  test('a plan needs a country or a region', async () => {
    const posted: unknown[] = [];
    renderCreate(posted);
    fireEvent.change(await screen.findByLabelText('Name *'), { target: { value: 'Nowhere 1 GB' } });
    fireEvent.change(screen.getByLabelText('Data *'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Validity (days) *'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('Price incl. VAT *'), { target: { value: '4.99' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Choose a country, or name a multi-country region')).toBeTruthy();
    expect(posted).toHaveLength(0);
  });
});

describe('PlanEdit', () => {
  test('an unlimited plan opens as unlimited with its cap in GB, and a new price keeps everything else as it was', async () => {
    const plan = {
      id: 10,
      countryCode: 'JP',
      regionName: null,
      name: 'Japan Unlimited – 15 days',
      dataMb: null,
      fairUseMb: 40960,
      validityDays: 15,
      priceCents: 4999,
      vatRateBp: 550,
      status: 'active',
      promotional: false,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      version: 4,
    };
    const puts: Record<string, unknown>[] = [];
    server.use(
      signedInAs(['catalog']),
      http.get('*/api/plans/10', () => HttpResponse.json(plan)),
      http.get('*/api/countries', () =>
        HttpResponse.json([{ id: 'JP', name: 'Japan' }], { headers: { 'Content-Range': 'countries 0-0/1' } }),
      ),
      http.put('*/api/plans/10', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        puts.push(body);
        return HttpResponse.json({ ...plan, ...body, version: 5 });
      }),
    );
    render(
      <TestMemoryRouter initialEntries={['/plans/10']}>
        <AdminContext
          authProvider={authProvider}
          dataProvider={createDataProvider()}
          i18nProvider={createI18nProvider('en')}
          store={memoryStore()}
        >
          <ResourceContextProvider value="plans">
            <Routes>
              <Route path="/plans/:id" element={<PlanEdit />} />
            </Routes>
          </ResourceContextProvider>
          <Notification />
        </AdminContext>
      </TestMemoryRouter>,
    );
    const cap = await screen.findByLabelText('Fair-use cap *');
    await waitFor(() => expect(cap).toHaveProperty('value', '40'));
    expect(screen.getByTestId('fairUseMb-unit').textContent).toBe('GB');
    expect(screen.getByLabelText('Unlimited data')).toHaveProperty('checked', true);
    expect(screen.queryByLabelText('Data *')).toBeNull();
    expect(screen.getByLabelText('VAT rate *')).toHaveProperty('value', '5.5');
    expect(screen.getByLabelText('Price incl. VAT *')).toHaveProperty('value', '49.99');

    fireEvent.change(screen.getByLabelText('Price incl. VAT *'), { target: { value: '44,90' } });
    // A new price says why (kept in the price history).
    fireEvent.change(within(await screen.findByTestId('price-change-reason')).getByRole('textbox'), {
      target: { value: 'Competitor pricing' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // The edit is undoable: the notification offers Undo, and the change is sent once it goes.
    expect(await screen.findByRole('button', { name: /undo/i })).toBeTruthy();
    expect(puts).toHaveLength(0);
    await waitFor(() => expect(puts).toHaveLength(1), { timeout: 10_000 });
    expect(puts[0]).toEqual({ ...plan, priceCents: 4490, priceChangeReason: 'Competitor pricing' });
  });
});
