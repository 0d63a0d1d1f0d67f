import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, store } from './App.tsx';
import { loadI18nProvider } from './i18n/index.ts';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
// Only the starting language's messages are loaded (French is a chunk of its own), before the first render.
void loadI18nProvider(store.getItem<string>('locale')).then((i18nProvider) =>
  createRoot(container).render(
    <StrictMode>
      <App i18nProvider={i18nProvider} />
    </StrictMode>,
  ),
);
