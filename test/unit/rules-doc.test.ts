// docs/RULES.md stays true: every function a row names is exported by its module, every test a
// row names exists, and every rule function of server/domain/<area>/ is named by some row.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const IMPORTS = { timeout: 60_000 }; // importing every rule module (the language detector's model among them) takes a while on a busy machine

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOMAIN = path.join(ROOT, 'server/domain');
const doc = fs.readFileSync(path.join(ROOT, 'docs/RULES.md'), 'utf8');
const rows = doc.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Rule') && !l.startsWith('| ---'));
const cells = (row: string) => row.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, ''));

/** `area/file.ts › a, b` in the "Decided by" column. */
const functionRefs = rows.flatMap((row) =>
  [...(cells(row)[2] ?? '').matchAll(/`([\w/.-]+\.ts) › ([\w, ]+)`/g)].flatMap((m) =>
    m[2]!.split(',').map((name) => ({ file: m[1]!, name: name.trim(), row: row.slice(0, 60) })),
  ),
);
/** `unit/file.test.ts › title` in the "Tests" column. */
const testRefs = rows.flatMap((row) =>
  [...(cells(row)[3] ?? '').matchAll(/`((?:unit|api|client|e2e)\/[\w.-]+\.test\.tsx?) › ([^`]+)`/g)].map((m) => ({
    file: m[1]!,
    title: m[2]!,
    row: row.slice(0, 60),
  })),
);

/** The rule modules: server/domain/<area>/*.ts (the top-level files are units, calendars, permissions, vocabularies). */
const ruleModules = fs
  .readdirSync(DOMAIN, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    fs
      .readdirSync(path.join(DOMAIN, d.name))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${d.name}/${f}`),
  );

describe('docs/RULES.md', () => {
  test('has rows, each naming the function that decides it or saying why none does', () => {
    expect(rows.length).toBeGreaterThan(30);
    expect(functionRefs.length).toBeGreaterThan(60);
    expect(testRefs.length).toBeGreaterThan(60);
  });

  test('every function a row names is exported by its module', IMPORTS, async () => {
    const missing: string[] = [];
    for (const ref of functionRefs) {
      const mod = (await import(path.join(DOMAIN, ref.file))) as Record<string, unknown>;
      if (typeof mod[ref.name] !== 'function') missing.push(`${ref.file} › ${ref.name} (row "${ref.row}…")`);
    }
    expect(missing).toEqual([]);
  });

  test('every test a row names exists, by its file and its title', () => {
    const missing = testRefs
      .filter((ref) => {
        const file = path.join(ROOT, 'test', ref.file);
        if (!fs.existsSync(file)) return true;
        const source = fs.readFileSync(file, 'utf8').replace(/\\'/g, "'");
        return !source.includes(`'${ref.title}'`) && !source.includes(`"${ref.title}"`) && !source.includes(`\`${ref.title}\``);
      })
      .map((ref) => `${ref.file} › ${ref.title}`);
    expect(missing).toEqual([]);
  });

  test('every rule function of server/domain/<area>/ is named by a row', IMPORTS, async () => {
    // By the function itself, so that one re-exported by another module (for the console's sake) counts once.
    const named = new Set<unknown>();
    for (const ref of functionRefs) named.add(((await import(path.join(DOMAIN, ref.file))) as Record<string, unknown>)[ref.name]);
    const unnamed: string[] = [];
    for (const file of ruleModules) {
      const mod = (await import(path.join(DOMAIN, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod))
        if (typeof value === 'function' && !named.has(value)) unnamed.push(`${file} › ${name}`);
    }
    expect(unnamed).toEqual([]);
  });
});
