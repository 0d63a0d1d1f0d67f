import { Admin, CustomRoutes, Resource, localStorageStore } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider.ts';
import { dataProvider } from './dataProvider.ts';
import { i18nProvider } from './i18n/index.ts';
import { Layout } from './layout/Layout.tsx';
import { darkTheme, lightTheme } from './layout/themes.ts';
import { AccessDenied } from './pages/AccessDenied.tsx';
import { Dashboard } from './pages/Dashboard.tsx';
import { TRANSPARENCY_REPORT_PAGE } from './layout/menuGroups.ts';
import { LoginPage } from './pages/LoginPage.tsx';
import { TransparencyReportPage } from './pages/TransparencyReport.tsx';
import { resources } from './resources/index.ts';

const store = localStorageStore(undefined, 'KoletBackOffice');

// `accessDenied` is react-admin's /access-denied route: canAccess refusals and API 403s both land there.
export const App = () => (
  <Admin
    title="app.title"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    layout={Layout}
    dashboard={Dashboard}
    loginPage={LoginPage}
    accessDenied={AccessDenied}
    theme={lightTheme}
    darkTheme={darkTheme}
    defaultTheme="light"
    requireAuth
    disableTelemetry
  >
    {Object.entries(resources).map(([name, config]) => (
      <Resource key={name} name={name} {...config} />
    ))}
    <CustomRoutes>
      <Route path={TRANSPARENCY_REPORT_PAGE.path} element={<TransparencyReportPage />} />
    </CustomRoutes>
  </Admin>
);
