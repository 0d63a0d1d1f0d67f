import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A view (a named export of its module) loaded the first time it is shown: the module and what only
 * it uses become a chunk of their own, out of the console's first load. React-admin's <Layout>
 * renders the page inside <Suspense fallback={<Loading />}>, which shows while the chunk loads.
 *
 * @example list: lazyView(() => import('./PlanList.tsx'), 'PlanList')
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- what React.lazy and react-admin's ResourceProps accept
export function lazyView<K extends string, C extends ComponentType<any>>(
  load: () => Promise<Record<K, C>>,
  name: K,
): LazyExoticComponent<C> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
