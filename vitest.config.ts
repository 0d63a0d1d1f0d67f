import { defineConfig } from 'vitest/config';

// The projects: `unit` (pure rules, no I/O; again as `unit-auckland` under another time zone), `api` (HTTP against a real database,
// SQLite or the PostgreSQL of DATABASE_URL), `client` (React components in jsdom with msw),
// and `e2e` (the built console in Debian's Chromium).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', env: { TZ: 'UTC' } } },
      // The calendar rules again under a time zone far from Paris: they must not depend on the machine's.
      {
        test: {
          name: 'unit-auckland',
          include: ['test/unit/{calendar,refund-*,list-query,dsa-rules,review-rules,account-alerts,account-promotions}.test.ts'],
          environment: 'node',
          env: { TZ: 'Pacific/Auckland' },
        },
      },
      { test: { name: 'api', include: ['test/api/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } },
      { test: { name: 'client', include: ['test/client/**/*.test.{ts,tsx}'], environment: 'jsdom', testTimeout: 20_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
