// The language of reviews' texts, detected in its own thread (server/tdb/languageDetector.ts).
import { afterAll, describe, expect, test } from 'vitest';
import {
  detectBeforehand,
  detectContentLanguage,
  detectContentLanguages,
  languageOf,
  stopLanguageDetector,
} from '../../server/tdb/languageDetector.ts';

const FRENCH = 'Arnaque totale. Le gérant de Kolet est un escroc déjà condamné pour fraude.';
const ENGLISH = 'Best eSIM ever, much better than all the other providers, trust me.';

afterAll(() => stopLanguageDetector());

describe('the language thread', () => {
  test('French, English, German and Greek review texts, as the TDB names them', async () => {
    expect(await detectContentLanguage(FRENCH)).toBe('FR');
    expect(await detectContentLanguage(ENGLISH)).toBe('EN');
    expect(await detectContentLanguage('Sehr gut, hat in Italien sofort funktioniert.')).toBe('DE');
    expect(await detectContentLanguage('Πολύ καλή υπηρεσία, λειτούργησε αμέσως.')).toBe('EL');
  });

  test('no text, or too little to tell: none, and the answers keep the order of the texts', async () => {
    expect(await detectContentLanguages([null, FRENCH, '   ', 'Super !!!', ENGLISH, undefined])).toEqual([
      null,
      'FR',
      null,
      null,
      'EN',
      null,
    ]);
    expect(await detectContentLanguages([])).toEqual([]);
  });

  test('concurrent detections each get their own answer', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => (i % 2 ? FRENCH : ENGLISH));
    const answers = await Promise.all(texts.map((t) => detectContentLanguage(t)));
    expect(answers).toEqual(texts.map((t) => (t === FRENCH ? 'FR' : 'EN')));
  });

  test('stopped while a detection waits: the detection fails (never hangs), and the next one starts the thread again', async () => {
    const waiting = detectContentLanguages(Array.from({ length: 2000 }, () => FRENCH));
    await stopLanguageDetector();
    await expect(waiting).rejects.toThrow(/stopped|failed|terminated/i);
    expect(await detectContentLanguage(ENGLISH)).toBe('EN');
  });
});

describe('detected before the transaction, checked inside it', () => {
  test('the text detected beforehand is not detected again; a text changed in between is', async () => {
    const beforehand = await detectBeforehand([`  ${ENGLISH}  `, null]);
    expect([...beforehand]).toEqual([[ENGLISH, 'EN']]);
    expect(await languageOf(ENGLISH, beforehand)).toBe('EN');
    // The customer rewrote the review in French between the action's `prepare` and its transaction.
    expect(await languageOf(FRENCH, beforehand)).toBe('FR');
    expect(await languageOf(null, beforehand)).toBeNull();
    expect(await languageOf(FRENCH, undefined)).toBe('FR');
  });

  test("the known answer 'none' is kept (not detected again as missing)", async () => {
    const beforehand = new Map([['Super !!!', null]]);
    expect(await languageOf('Super !!!', beforehand)).toBeNull();
  });
});
