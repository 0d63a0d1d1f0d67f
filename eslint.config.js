import tseslint from 'typescript-eslint';

// Boundaries (docs/ARCHITECTURE.md "The layers"): the console imports nothing of the server but its
// pure rules (server/domain), and those rules import no Node, database or HTTP code.
const SERVER_OUTSIDE_DOMAIN = {
  group: ['**/server/*', '!**/server/domain', '!**/server/domain/**'],
  message: "The console may import only the server's pure rules (server/domain).",
};
const NOT_PURE = {
  patterns: [
    { group: ['node:*'], message: 'Rules in server/domain are pure: no Node module.' },
    {
      group: ['knex', 'express', 'pg', 'sqlite3', 'pino', 'nodemailer', 'eld', 'eld/*'],
      message: 'Rules in server/domain are pure: no database, HTTP or I/O library.',
    },
    {
      group: [
        '**/services/**',
        '**/http/**',
        '**/db/**',
        '**/rest/**',
        '**/outbox/**',
        '**/actions/**',
        '**/queries/**',
        '**/jobs/**',
        '**/auth/**',
        '**/integration/**',
        '**/settings.ts',
        '**/config.ts',
      ],
      message: 'Rules in server/domain depend on nothing outside server/domain.',
    },
  ],
};

// ELD's language model (60 MB of heap) is loaded by the language thread only (server/tdb/languageDetector.ts).
const ELD_IN_ITS_THREAD = {
  paths: [{ name: 'eld', message: 'Detect languages through server/tdb/languageDetector.ts (a worker thread).' }],
  patterns: [{ group: ['eld/*'], message: 'Detect languages through server/tdb/languageDetector.ts (a worker thread).' }],
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-server/', 'node_modules/', 'tmp/', 'data/', 'test/e2e/screenshots/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['server/**/*.ts', 'seeds/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', ELD_IN_ITS_THREAD] },
  },
  { files: ['client/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: [SERVER_OUTSIDE_DOMAIN] }] } },
  { files: ['server/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', NOT_PURE] } },
);
