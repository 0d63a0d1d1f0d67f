// The language of reviews' texts for statements of reasons, detected in a worker thread
// (docs/TRUST-SAFETY.md "Content language"). ELD's model takes about 60 MB of heap and 180 MB of
// memory: in the API's own heap (capped at 200 MB) it left the garbage collector little room and
// slowed every request. The thread starts at the first detection, and ends after a minute without one.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { tdbContentLanguage, textToDetect, type DetectedLanguage } from '../domain/dsa/contentLanguage.ts';
import { ROOT } from '../paths.ts';

const WORKER_FILE = path.join(ROOT, 'server/tdb/languageWorker.mjs');
const IDLE_MS = 60_000;

type Answer = { id: number; results?: DetectedLanguage[]; error?: string };
interface Pending {
  resolve: (results: DetectedLanguage[]) => void;
  reject: (err: Error) => void;
}

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(err: Error): void {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
}

function thread(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_FILE);
  w.unref(); // never keeps a process (a CLI, a test run) alive
  w.on('message', (answer: Answer) => {
    const p = pending.get(answer.id);
    if (!p) return;
    pending.delete(answer.id);
    if (answer.error) p.reject(new Error(`Language detection failed: ${answer.error}`));
    else p.resolve(answer.results!);
    if (!pending.size) idleLater();
  });
  w.on('error', (err) => {
    if (worker === w) worker = null;
    failAll(err);
  });
  w.on('exit', (code) => {
    if (worker === w) worker = null;
    if (pending.size) failAll(new Error(`The language detector stopped (exit code ${code})`));
  });
  worker = w;
  return w;
}

function idleLater(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => void stopLanguageDetector(), IDLE_MS);
  idleTimer.unref();
}

/** Ends the thread now (tests; the server's shutdown). The next detection starts it again. */
export async function stopLanguageDetector(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

function detectRaw(texts: string[]): Promise<DetectedLanguage[]> {
  if (!texts.length) return Promise.resolve([]);
  if (idleTimer) clearTimeout(idleTimer);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread().postMessage({ id, texts });
  });
}

/** Each text's TDB content language (null: none, or not reliable), in order. */
export async function detectContentLanguages(texts: readonly (string | null | undefined)[]): Promise<(string | null)[]> {
  const values = texts.map(textToDetect);
  const present = values.filter((v): v is string => v !== null);
  const results = await detectRaw(present);
  let i = 0;
  return values.map((v) => (v === null ? null : tdbContentLanguage(results[i++]!)));
}

export async function detectContentLanguage(text: string | null | undefined): Promise<string | null> {
  return (await detectContentLanguages([text]))[0]!;
}

/** Texts → their detected language, worked out before a transaction opens so that it never holds the writer. */
export type DetectedLanguages = ReadonlyMap<string, string | null>;

export async function detectBeforehand(texts: readonly (string | null | undefined)[]): Promise<DetectedLanguages> {
  const values = [...new Set(texts.map(textToDetect).filter((v): v is string => v !== null))];
  const languages = await detectContentLanguages(values);
  return new Map(values.map((v, i) => [v, languages[i]!]));
}

/**
 * The language of a text, from what was detected beforehand; a text changed since (a customer edited
 * the review between the two) is detected again here.
 */
export async function languageOf(text: string | null | undefined, beforehand: DetectedLanguages | undefined): Promise<string | null> {
  const value = textToDetect(text);
  if (value === null) return null;
  const known = beforehand?.get(value);
  return known !== undefined ? known : detectContentLanguage(value);
}
