import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { AdminContext, memoryStore } from 'react-admin';
import { authProvider } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { TwoFactorBanner } from '../../client/src/layout/TwoFactorBanner.tsx';
import type { Role } from '../../server/domain/enums.ts';
import { server } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

function renderAs(roles: Role[], twoFactorRequiredRoles: Role[]) {
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json({ id: 7, email: 'x@kolet.test', name: 'Test Staff', roles, twoFactorRequiredRoles })),
  );
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AdminContext
        authProvider={authProvider}
        dataProvider={createDataProvider()}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        <TwoFactorBanner />
        <span>rendered</span>
      </AdminContext>
    </QueryClientProvider>,
  );
}

// Waits for the /api/auth/me answer to have been read (the banner renders nothing before it).
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('the two-factor banner', () => {
  test('finance and admin see it while their roles may sign in without a second factor', async () => {
    renderAs(['finance'], []);
    expect(await screen.findByTestId('two-factor-banner')).toBeTruthy();
    cleanup();
    renderAs(['admin'], ['finance']);
    expect(await screen.findByTestId('two-factor-banner')).toBeTruthy();
  });

  test('support and moderators never see it: the setting does not concern them', async () => {
    for (const roles of [['support'], ['moderator'], ['catalog']] as Role[][]) {
      renderAs(roles, []);
      await screen.findByText('rendered');
      await settle();
      expect(screen.queryByTestId('two-factor-banner')).toBeNull();
      cleanup();
    }
  });

  test('nobody sees it once admin and finance must use a second factor', async () => {
    renderAs(['finance'], ['admin', 'finance']);
    await screen.findByText('rendered');
    await settle();
    expect(screen.queryByTestId('two-factor-banner')).toBeNull();
  });
});
