// The benchmark's section of docs/BENCHMARKS.md, one per database engine, replaced in place.
import fs from 'node:fs';
import os from 'node:os';
import type { LoadResult } from './load.ts';
import type { FirstRows, SpaWeight } from './spa.ts';

export interface Row {
  name: string;
  kind: 'read' | 'write' | 'baseline';
  result: LoadResult;
}
export interface EngineReport {
  engine: 'sqlite' | 'postgres';
  date: string;
  connections: number;
  duration: number;
  counts: Record<string, number>;
  rows: Row[];
  bare: LoadResult;
  jsonServer: LoadResult & { rows: number };
  ourListAt100k?: LoadResult;
  rssPeakMb: number;
  spa: SpaWeight | null;
  firstRows: FirstRows | null;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 1 : 0) : '—');
const rps = (v: number) => Math.round(v).toLocaleString('en');
const ok = (pass: boolean) => (pass ? 'yes' : '**no**');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function renderSection(r: EngineReport): string {
  const list = r.rows.find((x) => x.name.startsWith('accounts list'))!;
  const lines = [
    `<!-- bench:${r.engine} -->`,
    `### ${r.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} — ${r.date}`,
    '',
    `Machine: ${machine()}. Load: autocannon on loopback, ${r.connections} connections, ${r.duration} s per read after a warm-up; every response timed.`,
    '',
    `Data: ${Object.entries(r.counts)
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(', ')}.`,
    '',
    '| measured | p50 ms | p95 ms | p99 ms | req/s | vs bare Express | non-2xx | p95 ≤ 50 ms | ≥ 25 % of bare |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: | :---: |',
  ];
  for (const row of r.rows) {
    const share = row.result.rps / r.bare.rps;
    const read = row.kind === 'read';
    lines.push(
      `| ${row.name} | ${ms(row.result.p50)} | ${ms(row.result.p95)} | ${ms(row.result.p99)} | ${rps(row.result.rps)} | ${(share * 100).toFixed(0)} % | ${row.result.non2xx + row.result.errors} | ${read ? ok(row.result.p95 <= 50) : '—'} | ${read ? ok(share >= 0.25) : '—'} |`,
    );
  }
  lines.push(
    `| *baseline:* bare Express route (small JSON) | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${ms(r.bare.p99)} | ${rps(r.bare.rps)} | 100 % | ${r.bare.non2xx} | | |`,
  );
  lines.push(
    `| *baseline:* json-server 0.17, accounts list at ${r.jsonServer.rows.toLocaleString('en')} rows | ${ms(r.jsonServer.p50)} | ${ms(r.jsonServer.p95)} | ${ms(r.jsonServer.p99)} | ${r.jsonServer.rps.toFixed(1)} | ${((r.jsonServer.rps / r.bare.rps) * 100).toFixed(1)} % | ${r.jsonServer.non2xx} | | |`,
  );
  const ratio = list.result.rps / r.jsonServer.rps;
  lines.push(
    '',
    `- Accounts list vs json-server at ${r.jsonServer.rows.toLocaleString('en')} rows: **${ratio.toFixed(0)}×** its throughput (target ≥ 100×: ${ok(ratio >= 100)}).`,
  );
  lines.push(`- Server memory: peak RSS **${r.rssPeakMb.toFixed(0)} MB** under this load (target ≤ 300 MB: ${ok(r.rssPeakMb <= 300)}).`);
  if (r.spa)
    lines.push(
      `- Console: initial JavaScript **${r.spa.initialJsGzipKb} KB gzipped** (${r.spa.files.map((f) => `${f.file} ${f.gzipKb} KB`).join(', ')}; target ≤ 500 KB: ${ok(r.spa.initialJsGzipKb <= 500)}); ${r.spa.lazyJsGzipKb} KB more in lazy chunks (charts, heavy views).`,
    );
  if (r.firstRows) {
    const { afterLoginMs, navigationMs } = r.firstRows;
    lines.push(
      `- First accounts rows in headless Chromium, by the page's own clock: after a cold sign-in (new profile, nothing cached; ` +
        `from submitting the form) median **${median(afterLoginMs)} ms** (runs: ${afterLoginMs.join(', ')} ms; target ≤ 1,000 ms: ${ok(median(afterLoginMs) <= 1000)}); ` +
        `after a navigation once signed in median **${median(navigationMs)} ms** (runs: ${navigationMs.join(', ')} ms).`,
    );
  }
  lines.push(`<!-- /bench:${r.engine} -->`);
  return lines.join('\n');
}

/** `npm run bench -- --search-only`: the search box's queries only (docs/SEARCH.md), in their own section per engine. */
export function renderSearchSection(
  r: Pick<EngineReport, 'engine' | 'date' | 'connections' | 'duration' | 'counts' | 'rows' | 'bare' | 'rssPeakMb'>,
): string {
  const lines = [
    `<!-- bench:${r.engine}-search -->`,
    `### Search, ${r.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} — ${r.date}`,
    '',
    `Machine: ${machine()}. Load: autocannon on loopback, ${r.connections} connections, ${r.duration} s per query kind after a warm-up; every response timed.`,
    '',
    `Data: ${Object.entries(r.counts)
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(', ')}.`,
    '',
    '| measured | p50 ms | p95 ms | p99 ms | req/s | non-2xx | p95 ≤ 50 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const row of r.rows)
    lines.push(
      `| ${row.name} | ${ms(row.result.p50)} | ${ms(row.result.p95)} | ${ms(row.result.p99)} | ${rps(row.result.rps)} | ${row.result.non2xx + row.result.errors} | ${ok(row.result.p95 <= 50)} |`,
    );
  lines.push(
    `| *baseline:* bare Express route (small JSON) | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${ms(r.bare.p99)} | ${rps(r.bare.rps)} | ${r.bare.non2xx} | |`,
  );
  lines.push('', `- Server memory: peak RSS **${r.rssPeakMb.toFixed(0)} MB** under this load.`);
  lines.push(`<!-- /bench:${r.engine}-search -->`);
  return lines.join('\n');
}

/** Replaces this engine's section of the report, or appends it. */
export function writeSection(file: string, section: string, engine: string): void {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const re = new RegExp(`<!-- bench:${engine} -->[\\s\\S]*?<!-- /bench:${engine} -->`);
  fs.writeFileSync(file, re.test(text) ? text.replace(re, section) : `${text.trimEnd()}\n\n${section}\n`);
}
