import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, ResourceDefinitionContextProvider, memoryStore, type ResourceDefinitions } from 'react-admin';
import { authProvider, resetAuthCache } from '../../client/src/authProvider.ts';
import { createDataProvider } from '../../client/src/dataProvider.ts';
import { createI18nProvider } from '../../client/src/i18n/index.ts';
import { Menu } from '../../client/src/layout/Menu.tsx';
import { resources } from '../../client/src/resources/index.ts';
import type { Role } from '../../server/domain/enums.ts';
import { server, signedInAs } from './server.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetAuthCache());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

// What <Admin> registers from its <Resource> children, so that the menu finds icons and labels.
const definitions: ResourceDefinitions = Object.fromEntries(
  Object.entries(resources).map(([name, config]) => [
    name,
    { name, hasList: true, hasShow: true, hasEdit: !!config.edit, hasCreate: !!config.create, icon: config.icon },
  ]),
);

async function renderMenuAs(roles: Role[]) {
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
  // Every role reads the catalog: once its group shows, the roles are known.
  await screen.findByText('Catalog');
}

const menuLinks = () =>
  screen
    .getAllByRole('menuitem')
    .map((item) => item.getAttribute('href'))
    .filter((href): href is string => !!href);

describe('Menu', () => {
  test('a moderator sees Moderation, Catalog and Support (accounts only), never Finance nor Administration', async () => {
    await renderMenuAs(['moderator']);
    expect(await screen.findByText('Moderation')).toBeTruthy();
    expect(screen.getByText('Catalog')).toBeTruthy();
    expect(screen.getByText('Support')).toBeTruthy();
    expect(screen.queryByText('Finance')).toBeNull();
    expect(screen.queryByText('Administration')).toBeNull();

    const visible = ['#/reviews', '#/dsa-notices', '#/dsa-complaints', '#/trusted-flaggers', '#/countries', '#/plans', '#/accounts'];
    await waitFor(() => expect(menuLinks()).toEqual(expect.arrayContaining(visible)));
    const hrefs = menuLinks();
    for (const hidden of ['#/orders', '#/refunds', '#/transfers', '#/messages', '#/audit-log', '#/staff', '#/settings']) {
      expect(hrefs).not.toContain(hidden);
    }
  });

  test('a catalog manager only sees the Catalog group', async () => {
    await renderMenuAs(['catalog']);
    await waitFor(() => expect(menuLinks()).toEqual(expect.arrayContaining(['#/countries', '#/plans', '#/plan-prices'])));
    for (const group of ['Support', 'Finance', 'Moderation', 'Administration']) expect(screen.queryByText(group)).toBeNull();
  });

  test('an admin sees every group, each resource once (orders under Finance)', async () => {
    await renderMenuAs(['admin']);
    for (const group of ['Support', 'Finance', 'Moderation', 'Administration']) expect(screen.getByText(group)).toBeTruthy();
    await waitFor(() => expect(menuLinks().filter((href) => href === '#/orders')).toHaveLength(1));
    expect(within(document.body).getByText('Audit log')).toBeTruthy();
  });
});
