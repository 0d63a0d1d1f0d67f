// The language detector's thread (server/tdb/languageDetector.ts): ELD's n-gram model, about 60 MB of
// heap, lives here and not in the API's capped heap. Plain JavaScript, so that it runs as it is under
// `npm start`, the tests and a bundle alike.
import { parentPort } from 'node:worker_threads';
import { eld } from 'eld/medium';

parentPort.on('message', ({ id, texts }) => {
  try {
    const results = texts.map((text) => {
      const r = eld.detect(text);
      return { language: r.language || null, reliable: Boolean(r.language) && r.isReliable() };
    });
    parentPort.postMessage({ id, results });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
});
