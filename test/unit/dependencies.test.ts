// Every package the code imports is declared in package.json, and every declared one is used
// (depcheck reads the imports of every file of the tree).
import path from 'node:path';
import depcheck from 'depcheck';
import { expect, test } from 'vitest';

// Used without an import: knex loads `sqlite3` by its client name, the benchmark runs `json-server` as a program.
const USED_WITHOUT_IMPORT = ['sqlite3', 'json-server', 'depcheck'];

test('package.json declares every package imported, and nothing unused', async () => {
  const result = await depcheck(path.resolve(import.meta.dirname, '../..'), {
    ignoreMatches: USED_WITHOUT_IMPORT,
    ignorePatterns: ['dist', 'data', 'tmp', 'test/e2e/screenshots', 'docs'],
  });
  expect({ undeclared: Object.keys(result.missing), unused: [...result.dependencies, ...result.devDependencies] }).toEqual({
    undeclared: [],
    unused: [],
  });
}, 60_000);
