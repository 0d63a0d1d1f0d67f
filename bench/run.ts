// `npm run bench [-- --database <url>] [--duration 10] [--no-browser] [--grow-audit 1000000]`: the issue 8 benchmark on the
// scale data set (run `npm run seed:scale` first). Writes its section of docs/BENCHMARKS.md.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, isPostgres } from '../server/db/connection.ts';
import { rowToRecord } from '../server/rest/fields.ts';
import { RESOURCE_DEFS } from '../server/rest/resources/index.ts';
import { SCALE_TABLES } from '../seeds/scale/tables.ts';
import { measure, type LoadResult } from './load.ts';
import { rssSampler, ROOT, startBareExpress, startConsoleServer, startJsonServer } from './processes.ts';
import { machine, renderSearchSection, renderSection, writeSection, type EngineReport, type Row } from './report.ts';

class SearchOnlyDone extends Error {}
import { benchReads, transferSources } from './requests.ts';
import { growAuditLog } from './growAudit.ts';
import { signIn } from './session.ts';
import { firstAccountsRows, spaWeight, type FirstRows } from './spa.ts';
import { buildSpaIfNeeded } from '../server/cli/spa.ts';

const { values } = parseArgs({
  options: {
    database: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    'json-server-rows': { type: 'string', default: '100000' },
    writes: { type: 'string', default: '3000' },
    'no-browser': { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
    /** After the reads, append this many audit entries and measure the 360 again (issue 15). */
    'grow-audit': { type: 'string', default: '0' },
    out: { type: 'string', default: path.join(ROOT, 'docs', 'BENCHMARKS.md') },
  },
});
const databaseUrl = values.database ?? process.env.DATABASE_URL ?? `sqlite:${path.join(ROOT, 'data', 'kolet-scale.sqlite')}`;
const duration = Number(values.duration);
const connections = Number(values.connections);
const say = (line: string) => console.log(line);

const db = openDatabase(databaseUrl);
const engine = isPostgres(db) ? 'postgres' : 'sqlite';
say(`bench on ${engine} (${databaseUrl.replace(/\/\/[^@]*@/, '//')}), ${machine()}`);
const counts: Record<string, number> = {};
for (const table of Object.keys(SCALE_TABLES)) counts[table] = Number((await db(table).count({ n: '*' }).first())?.n ?? 0);
if (counts.accounts! < 100_000) say(`warning: only ${counts.accounts} accounts; run npm run seed:scale first for the real figures`);
const searchOnly = values['search-only']!;
const reads = (await benchReads(db)).filter((r) => !searchOnly || r.name.startsWith('search'));
const sources = searchOnly ? [] : await transferSources(db, Number(values.writes));
const jsonRows = (await db('accounts').orderBy('id').limit(Number(values['json-server-rows'])).select('*')).map(
  (r: Record<string, unknown>) => rowToRecord(RESOURCE_DEFS.get('accounts')!.fields, r),
);
await db.destroy();

await buildSpaIfNeeded(say);
let server = await startConsoleServer(databaseUrl);
let rss = rssSampler(server.child.pid!);
const rows: Row[] = [];
let rssPeakMb = 0;
const growAudit = Number(values['grow-audit']);
try {
  const cookies: Record<string, string> = {};
  for (const role of ['support', 'finance', 'moderator'] as const) cookies[role] = await signIn(server.baseUrl, role);

  for (const read of reads) {
    let i = 0;
    const next = () => ({ path: read.paths[i++ % read.paths.length]!, headers: { cookie: cookies[read.role]! } });
    await measure({ url: server.baseUrl, connections, duration: 2, next }); // warm-up
    const result = await measure({ url: server.baseUrl, connections, duration, next });
    say(
      `${read.name}: p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, ${result.rps.toFixed(0)} req/s, non-2xx ${result.non2xx}`,
    );
    rows.push({ name: read.name, kind: 'read', result });
  }

  if (growAudit > 0) {
    // The 360 again after the audit log grew by `growAudit` entries about other records: its time must not move.
    const the360 = reads.filter((r) => r.name.startsWith('account 360'));
    const grown = `+${growAudit.toLocaleString('en')} audit rows`;
    for (const row of rows) if (row.name.startsWith('account 360')) row.name = `${row.name} (before ${grown})`;
    await server.stop();
    rssPeakMb = Math.max(rssPeakMb, rss.stop());
    const writer = openDatabase(databaseUrl);
    const sampleIds = the360.flatMap((r) => r.paths.map((p) => Number(/\/accounts\/(\d+)\//.exec(p)?.[1])));
    const ms = await growAuditLog(writer, growAudit, sampleIds, say);
    say(`audit log grown by ${growAudit.toLocaleString('en')} entries in ${(ms / 1000).toFixed(1)} s`);
    await writer.destroy();
    server = await startConsoleServer(databaseUrl);
    rss = rssSampler(server.child.pid!);
    for (const role of ['support', 'finance', 'moderator'] as const) cookies[role] = await signIn(server.baseUrl, role);
    for (const read of the360) {
      let i = 0;
      const next = () => ({ path: read.paths[i++ % read.paths.length]!, headers: { cookie: cookies[read.role]! } });
      await measure({ url: server.baseUrl, connections, duration: 2, next }); // warm-up
      const result = await measure({ url: server.baseUrl, connections, duration, next });
      say(
        `${read.name} after ${grown}: p50 ${result.p50} ms, p95 ${result.p95} ms, ${result.rps.toFixed(0)} req/s, non-2xx ${result.non2xx}`,
      );
      rows.push({ name: `${read.name} (after ${grown})`, kind: 'read', result });
    }
  }

  if (searchOnly) throw new SearchOnlyDone();
  // The write: fresh transfers through the integration API (as the customer app sends them), then support reverses each once.
  const token = 'demo-integration-token';
  const ids: number[] = [];
  for (const [n, s] of sources.entries()) {
    const res = await fetch(`${server.baseUrl}/api/integration/transfers`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': `bench-create-${Date.now()}-${n}`,
      },
      body: JSON.stringify({ ...s, recipientEmail: `bench.${Date.now()}.${n}@example.net`, amountGb: 1 }),
    });
    if (res.ok) ids.push(((await res.json()) as { id: number }).id);
  }
  say(`write: ${ids.length} fresh transfers created`);
  let w = 0;
  const write = await measure({
    url: server.baseUrl,
    connections,
    amount: ids.length,
    next: () => {
      const id = ids[w++ % ids.length]!;
      return {
        method: 'POST',
        path: `/api/transfers/${id}/reverse`,
        body: JSON.stringify({
          reasonCode: 'address_typo',
          intendedEmail: 'meant@example.com',
          reason: 'Sent to a mistyped address (benchmark)',
        }),
        headers: {
          cookie: cookies.support!,
          'content-type': 'application/json',
          origin: server.baseUrl,
          'x-kolet-csrf': '1',
          'idempotency-key': `bench-fix-${id}`,
        },
      };
    },
  });
  say(`transfer fix: p50 ${write.p50} ms, p95 ${write.p95} ms, ${write.rps.toFixed(0)} req/s, non-2xx ${write.non2xx}`);
  rows.push({ name: `transfer fix (reverse) on ${ids.length.toLocaleString('en')} fresh transfers`, kind: 'write', result: write });
} catch (error) {
  if (!(error instanceof SearchOnlyDone)) throw error;
} finally {
  rssPeakMb = Math.max(rssPeakMb, rss.stop());
}

if (searchOnly) {
  // `--search-only`: the search reads and the bare baseline, into their own section (docs/BENCHMARKS.md "Search").
  await server.stop();
  const bareOnly = await startBareExpress();
  const ping = () => ({ path: '/ping' });
  await measure({ url: bareOnly.baseUrl, connections, duration: 2, next: ping });
  const bareResult = await measure({ url: bareOnly.baseUrl, connections, duration, next: ping });
  await bareOnly.stop();
  writeSection(
    values.out!,
    renderSearchSection({
      engine,
      date: new Date().toISOString().slice(0, 10),
      connections,
      duration,
      counts,
      rows,
      bare: bareResult,
      rssPeakMb,
    }),
    `${engine}-search`,
  );
  say(`written to ${path.relative(ROOT, values.out!)}`);
  process.exit(0);
}

let firstRows: FirstRows | null = null;
if (!values['no-browser']) {
  firstRows = await firstAccountsRows(server.baseUrl);
  say(
    `first accounts rows after a cold sign-in: ${firstRows.afterLoginMs.join(', ')} ms; after a navigation: ${firstRows.navigationMs.join(', ')} ms`,
  );
}
await server.stop();

const bareServer = await startBareExpress();
const barePing = () => ({ path: '/ping' });
await measure({ url: bareServer.baseUrl, connections, duration: 2, next: barePing });
const bare = await measure({ url: bareServer.baseUrl, connections, duration, next: barePing });
say(`bare Express: ${bare.rps.toFixed(0)} req/s, p95 ${bare.p95} ms`);
await bareServer.stop();

const json = await startJsonServer(jsonRows, path.join(os.tmpdir(), 'kolet-bench-json-server'));
const jsonPath = () => ({ path: '/accounts?_sort=createdAt&_order=desc&_start=0&_end=25' });
const jsonResult: LoadResult = await measure({ url: json.baseUrl, connections, duration, next: jsonPath });
say(`json-server at ${jsonRows.length} rows: ${jsonResult.rps.toFixed(1)} req/s, p95 ${jsonResult.p95} ms`);
await json.stop();

const report: EngineReport = {
  engine,
  date: new Date().toISOString().slice(0, 10),
  connections,
  duration,
  counts,
  rows,
  bare,
  jsonServer: { ...jsonResult, rows: jsonRows.length },
  rssPeakMb,
  spa: spaWeight(),
  firstRows,
};
writeSection(values.out!, renderSection(report), engine);
say(`written to ${path.relative(ROOT, values.out!)}`);
