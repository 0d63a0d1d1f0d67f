import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AdminContext, RecordContextProvider, ResourceContextProvider, memoryStore } from 'react-admin';
import type { Role } from '../../server/domain/enums.ts';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { RequestRefundButton } from '../../client/src/resources/orders/RequestRefundButton.tsx';
import { order, refund, rules, rulesHandler } from './refunds-fixtures.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const DAY = 86_400_000;
/** A datetime-local value (the browser's local time), as the staff member types it. */
const local = (at: Date) => new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

async function openRequest(roles: Role[]) {
  const posts: unknown[] = [];
  server.use(
    signedInAs(roles),
    rulesHandler(),
    http.post('*/api/orders/471/request-refund', async ({ request }) => {
      posts.push(await request.json());
      return HttpResponse.json(refund({ id: 52, eligibility: 'full' }), { status: 201 });
    }),
  );
  render(
    <AdminContext
      authProvider={authProvider}
      dataProvider={createDataProvider()}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    >
      <ResourceContextProvider value="orders">
        <RecordContextProvider value={order}>
          <RequestRefundButton />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
  fireEvent.click(await screen.findByTestId('request-refund'));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByLabelText(/^Customer’s reason/), { target: { value: 'Trip cancelled, asked by e-mail' } });
  await within(dialog).findByText(/Agents date it back 5 working days at most \(from /);
  return { dialog, posts, received: within(dialog).getByLabelText(/^Received at/) as HTMLInputElement };
}

describe('RequestRefundDialog: how far back an agent dates a request', () => {
  test('support may date it back 5 working days; earlier is refused, saying only an administrator can confirm it', async () => {
    const { dialog, posts, received } = await openRequest(['support']);
    fireEvent.change(received, { target: { value: local(new Date(Date.parse(rules.earliestAgentReceiptAt) - DAY)) } });
    fireEvent.click(within(dialog).getByTestId('request-refund-review'));
    expect(
      await within(dialog).findByText(/^More than 5 working days back \(before .*\): only an administrator can confirm an earlier date\.$/),
    ).toBeTruthy();
    expect(within(dialog).queryByLabelText(/^Why this earlier date/)).toBeNull();
    expect(within(dialog).queryByTestId('request-refund-confirm')).toBeNull();

    fireEvent.change(received, { target: { value: local(new Date(Date.now() - 2 * DAY)) } });
    fireEvent.click(within(dialog).getByTestId('request-refund-review'));
    fireEvent.click(await within(dialog).findByTestId('request-refund-confirm'));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).not.toHaveProperty('backdateReason');
  });

  test('an admin confirms an earlier date with a written reason, sent with the request', async () => {
    const { dialog, posts, received } = await openRequest(['admin']);
    fireEvent.change(received, { target: { value: local(new Date(Date.parse(rules.earliestAgentReceiptAt) - 3 * DAY)) } });
    expect((await within(dialog).findByTestId('request-backdate-admin')).textContent).toContain(
      'Further back than the 5 working days agents may date a request',
    );
    fireEvent.change(within(dialog).getByLabelText(/^Why this earlier date/), { target: { value: 'spam' } });
    fireEvent.click(within(dialog).getByTestId('request-refund-review'));
    expect(await within(dialog).findByText('Say why the request is dated this far back (10 characters at least)')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Why this earlier date/), {
      target: { value: 'E-mail found in the spam folder today' },
    });
    fireEvent.click(within(dialog).getByTestId('request-refund-review'));
    expect((await within(dialog).findByTestId('request-backdated')).textContent).toBe(
      'Dated back beyond the 5 working days agents may, confirmed by you: “E-mail found in the spam folder today”',
    );
    fireEvent.click(within(dialog).getByTestId('request-refund-confirm'));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ reason: 'Trip cancelled, asked by e-mail', backdateReason: 'E-mail found in the spam folder today' });
  });

  test('the API’s backdated_too_far is shown in the staff member’s words', async () => {
    const { dialog } = await openRequest(['support']);
    server.use(
      http.post('*/api/orders/471/request-refund', () =>
        HttpResponse.json(
          {
            message: 'An agent may date a request back 5 working days at most',
            code: 'backdated_too_far',
            errors: { receivedAt: 'more than 5 working days ago' },
          },
          { status: 422 },
        ),
      ),
    );
    fireEvent.click(within(dialog).getByTestId('request-refund-review'));
    fireEvent.click(await within(dialog).findByTestId('request-refund-confirm'));
    expect((await within(dialog).findByTestId('action-failure')).textContent).toContain(
      'An agent may date a request back a few working days at most: an administrator confirms an earlier date, with a reason.',
    );
  });
});
