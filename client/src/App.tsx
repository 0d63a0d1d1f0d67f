import { Admin, CustomRoutes, Resource, type I18nProvider } from 'react-admin';
import { createConsoleStore } from './userStore.ts';
import { QueryClient } from '@tanstack/react-query';
import { Route } from 'react-router-dom';
import { errorStatus } from './httpClient.ts';
import { SECURITY_PAGE_PATH, SecurityPage } from './pages/SecurityPage.tsx';
import { authProvider } from './authProvider.ts';
import { lazyView } from './components/lazyView.ts';
import { dataProvider } from './dataProvider.ts';
import { Layout } from './layout/Layout.tsx';
import { darkTheme, lightTheme } from './layout/themes.ts';
import { AccessDenied } from './pages/AccessDenied.tsx';
import { Dashboard } from './pages/Dashboard.tsx';
import { TRANSPARENCY_REPORT_PAGE } from './layout/menuGroups.ts';
import { LoginPage } from './pages/LoginPage.tsx';
import { resources } from './resources/index.ts';

/** Where react-admin keeps the staff member's preferences (the locale among them) in localStorage; saved queries per staff member (userStore.ts). */
export const store = createConsoleStore();

/**
 * react-query retries a failed read three times by default: right for a network blip or a 5xx, wrong
 * for a 4xx (a missing record, a refusal), which answers the same every time — the page says so at once.
 */
export const shouldRetry = (failureCount: number, error: unknown): boolean => {
  const status = errorStatus(error);
  return (status === undefined || status >= 500) && failureCount < 3;
};
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: shouldRetry } } });

// Like the resources' views (resources/<name>/index.ts), loaded when first opened.
const TransparencyReportPage = lazyView(() => import('./pages/TransparencyReport.tsx'), 'TransparencyReportPage');

// `accessDenied` is react-admin's /access-denied route: canAccess refusals and API 403s both land there.
// `i18nProvider` comes from loadI18nProvider() (main.tsx): the messages of the starting language are loaded.
export const App = ({ i18nProvider }: { i18nProvider: I18nProvider }) => (
  <Admin
    title="app.title"
    dataProvider={dataProvider}
    queryClient={queryClient}
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
      <Route path={SECURITY_PAGE_PATH} element={<SecurityPage />} />
    </CustomRoutes>
  </Admin>
);
