// The console's files (issue 15): hashed assets precompressed at build time and sent in the encoding the
// browser accepts, cached for a year as immutable; index.html always revalidated.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { startTestServer } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let app: HttpServer;
let base: string;
const spaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kolet-spa-'));
const script = `export const x = ${JSON.stringify('a compressible line of JavaScript; '.repeat(200))};\n`;
const style = `body { margin: 0 }\n`.repeat(200);

beforeAll(async () => {
  server = await startTestServer();
  fs.mkdirSync(path.join(spaDir, 'assets'));
  fs.writeFileSync(path.join(spaDir, 'index.html'), '<!doctype html><title>console</title>');
  const write = (name: string, body: string) => {
    fs.writeFileSync(path.join(spaDir, 'assets', name), body);
    fs.writeFileSync(path.join(spaDir, 'assets', `${name}.br`), brotliCompressSync(body));
    fs.writeFileSync(path.join(spaDir, 'assets', `${name}.gz`), gzipSync(body));
  };
  write('index-Abc123.js', script);
  write('index-Def456.css', style);
  fs.writeFileSync(path.join(spaDir, 'assets', 'tiny-X1.js'), 'console.log(1)');
  const e = createApp(server.db, loadConfig({ NODE_ENV: 'test' }), pino({ level: 'silent' }), { staticDir: spaDir });
  app = await new Promise((resolve) => {
    const s = e.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => app.close(() => r()));
  await server?.close();
  fs.rmSync(spaDir, { recursive: true, force: true });
});

const get = (p: string, acceptEncoding: string) => fetch(`${base}${p}`, { headers: { 'accept-encoding': acceptEncoding } });

describe('hashed assets', () => {
  test.each([
    ['br, gzip', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['gzip;q=1, br;q=0', 'gzip'],
  ])('Accept-Encoding %s: the %s file, same content, immutable', async (accept, encoding) => {
    const res = await get('/assets/index-Abc123.js', accept);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    const raw = fs.readFileSync(path.join(spaDir, 'assets', `index-Abc123.js.${encoding === 'br' ? 'br' : 'gz'}`));
    expect(Number(res.headers.get('content-length'))).toBe(raw.length);
    expect(raw.length).toBeLessThan(script.length / 5);
    expect(await res.text()).toBe(script); // fetch decodes it
  });

  test('CSS too', async () => {
    const res = await get('/assets/index-Def456.css', 'br');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await res.text()).toBe(style);
  });

  test('a browser that accepts neither gets the plain file, still immutable', async () => {
    const res = await get('/assets/index-Abc123.js', 'identity');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(script);
  });

  test('an asset without a compressed twin (too small to gain) is sent plain', async () => {
    const res = await get('/assets/tiny-X1.js', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  test('a missing asset, or a path out of the folder, is 404', async () => {
    for (const p of ['/assets/missing.js', '/assets/..%2findex.html', '/assets/..%2f..%2fpackage.json'])
      expect((await get(p, 'br')).status, p).toBe(404);
  });
});

describe("the console's page", () => {
  test.each(['/', '/accounts/12/show', '/index.html'])('%s is revalidated every time (no-cache)', async (p) => {
    const res = await get(p, 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>console</title>');
  });
});
