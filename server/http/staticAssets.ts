// The console's files (dist/): hashed assets cached for a year and sent precompressed, index.html never cached.
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { notFound } from './errors.ts';

/** A hashed asset's name changes with its content: the browser may keep it for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current assets: always revalidated, so a deploy is seen at once. */
export const REVALIDATE = 'no-cache';

const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

/**
 * Serves dist/: /assets/* with immutable caching and, when the browser accepts it, the brotli or gzip
 * file the build wrote beside the original (vite.config.ts, precompress); the console's routes get
 * index.html, revalidated every time.
 */
export function consoleFiles(staticDir: string): Router {
  const router = express.Router();
  const assetsDir = path.join(staticDir, 'assets');
  // Which assets have a compressed twin, read once (the build writes them; dist/ does not change under a running server).
  const compressed = new Map<string, Set<string>>();
  if (fs.existsSync(assetsDir)) {
    for (const f of fs.readdirSync(assetsDir)) {
      const enc = ENCODINGS.find((e) => f.endsWith(e.ext));
      if (!enc) continue;
      const original = f.slice(0, -enc.ext.length);
      if (!compressed.has(original)) compressed.set(original, new Set());
      compressed.get(original)!.add(enc.name);
    }
  }
  const precompressed: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = decodeURIComponent(req.path).replace(/^\/+/, '');
    const available = compressed.get(name);
    if (!available || name.includes('/')) return next();
    res.vary('Accept-Encoding');
    // Brotli when accepted at all (smaller), else gzip; an encoding refused with q=0 is never sent.
    const enc = ENCODINGS.find((e) => available.has(e.name) && req.acceptsEncodings(e.name) === e.name);
    if (!enc) return next();
    res.type(path.extname(name));
    res.setHeader('Content-Encoding', enc.name);
    res.setHeader('Cache-Control', IMMUTABLE);
    res.sendFile(path.join(assetsDir, name + enc.ext), { cacheControl: false, acceptRanges: false }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  };
  router.use('/assets', precompressed);
  router.use(
    '/assets',
    express.static(assetsDir, { index: false, cacheControl: false, setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE) }),
  );
  // A file that is not there is a 404, not the console's page.
  router.use('/assets', (_req, _res, next) => next(notFound('No such file')));
  router.use(
    express.static(staticDir, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, file) => {
        if (path.basename(file) === 'index.html') res.setHeader('Cache-Control', REVALIDATE);
      },
    }),
  );
  // Only the console's routes (no file extension) get index.html.
  router.get('/{*path}', (req, res, next) => {
    if (/\.[A-Za-z0-9]{1,8}$/.test(req.path)) return next(notFound('No such file'));
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(path.join(staticDir, 'index.html'), { cacheControl: false });
  });
  return router;
}
