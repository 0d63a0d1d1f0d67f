import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const apiServer = 'http://localhost:3000';

// The console (client/) builds to dist/, which the Express server serves in production.
// In development Vite serves the SPA on :5173 and proxies everything server-side to :3000.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': apiServer,
      '/public': apiServer,
      '/report-illegal-content': apiServer,
    },
  },
  build: {
    outDir: `${repoRoot}dist`,
    emptyOutDir: true,
    // The framework chunks are big but cached; the budget is on the gzipped initial load (≤ 500 KB).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks: a deploy of our code does not invalidate the framework.
        // Views that draw charts must be React.lazy() so that recharts stays out of the first load.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'mui', test: /[\\/]node_modules[\\/](@mui|@emotion)[\\/]/, priority: 20 },
            // Not the ra-language-* packages: French loads with our French messages, when the console speaks it.
            {
              name: 'react-admin',
              test: /[\\/]node_modules[\\/](react-admin|ra-(?!language-)[a-z-]+|@tanstack|react-hook-form|react-router|react-router-dom|lodash|node-polyglot)[\\/]/,
              priority: 10,
            },
            // Charts (and what only they use) load with the lazy views that draw them; lowest
            // priority, as a group also takes its dependencies (React stays in its own chunk).
            { name: 'charts', test: /[\\/]node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
