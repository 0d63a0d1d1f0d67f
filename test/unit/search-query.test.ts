import { describe, expect, test } from 'vitest';
import { publicReference, publicReferenceOf } from '../../server/domain/dsa/references.ts';
import {
  foldText,
  iccidDigits,
  matchRank,
  maySearchField,
  phoneCandidates,
  rankResults,
  recordNumber,
  referenceCode,
  searchTerms,
  storedPhone,
  wholeEmail,
} from '../../server/domain/search/searchQuery.ts';

describe('folding and terms', () => {
  test('case and accents are folded, spaces collapsed: é = e', () => {
    expect(foldText('  Élodie  MÜLLER ')).toBe('elodie muller');
    expect(foldText('Łukasz Østergaard')).toBe('lukasz ostergaard');
  });
  test('a name in any order gives the same terms; words under 3 characters are dropped', () => {
    expect(searchTerms('Sophie Bernard')).toEqual(['sophie', 'bernard']);
    expect(searchTerms('bernard  SOPHIE')).toEqual(['bernard', 'sophie']);
    expect(searchTerms('Li Na')).toEqual([]);
  });
});

describe('phone numbers', () => {
  test('"06 25 06 95 71" and "+33 6 25 06 95 71" are the same E.164 number', () => {
    expect(phoneCandidates('06 25 06 95 71')).toContain('+33625069571');
    expect(phoneCandidates('+33 6 25 06 95 71')).toEqual(['+33625069571']);
    expect(phoneCandidates('0033 6 25 06 95 71')).toEqual(['+33625069571']);
    expect(phoneCandidates('+44 7700 900123')).toEqual(['+447700900123']);
  });
  test('what is not a phone number gives none', () => {
    expect(phoneCandidates('sophie')).toEqual([]);
    expect(phoneCandidates('1234')).toEqual([]);
    expect(phoneCandidates('8933 0123 4567 8901 2345')).toEqual([]);
  });
  test('a number given by the app is stored in E.164', () => {
    expect(storedPhone(' 06.25.06.95.71 ')).toBe('+33625069571');
    expect(storedPhone('12')).toBe('12');
  });
});

describe('identifiers', () => {
  test('the last 4 digits of an ICCID or more, spaces allowed; fewer is not an ICCID', () => {
    expect(iccidDigits('8933 0123')).toBe('89330123');
    expect(iccidDigits('4321')).toBe('4321');
    expect(iccidDigits('432')).toBeNull();
  });
  test('record numbers, whole e-mails and references as stored', () => {
    expect(recordNumber('#1234')).toBe(1234);
    expect(recordNumber('12a')).toBeNull();
    expect(wholeEmail(' Julien.Moreau@GMIAL.com ')).toBe('julien.moreau@gmial.com');
    expect(wholeEmail('julien.moreau@gmi')).toBeNull();
    expect(referenceCode('dsa-2026-yjhkltes')).toBe('DSA-2026-YJHKLTES');
  });
});

describe('ranking: exact first', () => {
  test('the whole value, then its start, then a word start, then inside, then terms apart', () => {
    expect(matchRank('Sophie Bernard', 'sophie bérnard')).toBe(0);
    expect(matchRank('sophie.bernard@outlook.fr', 'sophie.b')).toBe(1);
    expect(matchRank('sophie.bernard@outlook.fr', 'bernard@outl')).toBe(2);
    expect(matchRank('Sophie Bernard', 'bernard sophie')).toBe(2);
    expect(matchRank('sophie.bernard@outlook.fr', 'ernard')).toBe(3);
    expect(matchRank('Sophie Bernard', 'sophie martin')).toBe(4);
  });
  test('results of a kind: best rank, then the shorter value, then the newest; one per record', () => {
    const ranked = rankResults(
      [
        { id: 1, rank: 3, value: 'abc' },
        { id: 2, rank: 0, value: 'abcdef' },
        { id: 3, rank: 3, value: 'ab' },
        { id: 1, rank: 1, value: 'abc' },
        { id: 4, rank: 3, value: 'ab' },
      ],
      3,
    );
    expect(ranked.map((r) => r.id)).toEqual([2, 1, 4]);
  });
});

describe('masking: what a role cannot see, it cannot search', () => {
  test('a moderator never searches by phone, name or a part of an e-mail; by a whole e-mail and a notice reference, yes', () => {
    for (const f of ['customer_phone', 'customer_name', 'customer_email_part', 'esim_iccid_suffix', 'order_payment_reference'] as const)
      expect(maySearchField(f, ['moderator']), f).toBe(false);
    expect(maySearchField('customer_email', ['moderator'])).toBe(true);
    expect(maySearchField('dsa_notice_reference', ['moderator'])).toBe(true);
  });
  test('finance finds by a whole phone number (it sees it masked), never by a part; support by both', () => {
    expect(maySearchField('customer_phone', ['finance'])).toBe(true);
    expect(maySearchField('customer_name', ['finance'])).toBe(true);
    expect(maySearchField('customer_phone', ['support'])).toBe(true);
  });
});

describe('public references', () => {
  test('one format everywhere: prefix, year, 8 readable characters', () => {
    let i = 0;
    expect(publicReference('DSA', 2026, () => i++ % 32)).toBe('DSA-2026-23456789');
    expect(publicReferenceOf('DSA', 2026, 112)).toMatch(/^DSA-2026-[2-9A-HJ-NP-Z]{8}$/);
    expect(publicReferenceOf('DSA', 2026, 112)).not.toBe(publicReferenceOf('DSA', 2026, 113));
  });
});
