import { describe, expect, test } from 'vitest';
import { editDistance, preferExistingAccounts, suggestIntendedEmails } from '../../server/domain/transfers/emailSuggestions.ts';

describe('edit distance (optimal string alignment)', () => {
  test('a swap of neighbours costs 1: gmial → gmail', () => expect(editDistance('gmial', 'gmail')).toBe(1));
  test('insertion, deletion, substitution cost 1 each', () => {
    expect(editDistance('yaho.fr', 'yahoo.fr')).toBe(1);
    expect(editDistance('gmaill.com', 'gmail.com')).toBe(1);
    expect(editDistance('hotmail.fr', 'hotmael.fr')).toBe(1);
  });
  test('identical strings are at 0', () => expect(editDistance('a@b.fr', 'a@b.fr')).toBe(0));
});

describe('suggested intended address', () => {
  test.each([
    ['bob@gmial.com', 'bob@gmail.com'],
    ['bob@hotmial.fr', 'bob@hotmail.fr'],
    ['bob@yaho.fr', 'bob@yahoo.fr'],
    ['Bob@Gmail.con', 'bob@gmail.com'],
  ])('fixes the common domain typo %s → %s', (typed, expected) => {
    expect(suggestIntendedEmails(typed, [])[0]?.email).toBe(expected);
  });
  test('proposes nothing for a correct common domain and no close contact', () => {
    expect(suggestIntendedEmails('bob@gmail.com', [{ email: 'carol@orange.fr', source: 'earlier_recipient' }])).toEqual([]);
  });
  test('proposes an earlier recipient of the sender at edit distance ≤ 2', () => {
    const s = suggestIntendedEmails('jean.dupont@orange.fr', [{ email: 'jean.dupond@orange.fr', source: 'earlier_recipient' }]);
    expect(s).toEqual([{ email: 'jean.dupond@orange.fr', source: 'earlier_recipient', distance: 1 }]);
  });
  test('ignores a contact at edit distance 3', () => {
    expect(suggestIntendedEmails('abc@orange.fr', [{ email: 'xyz@orange.fr', source: 'contact' }])).toEqual([]);
  });
  test('ranks an earlier recipient before a domain typo fix at the same distance', () => {
    const s = suggestIntendedEmails('marie@gmial.com', [{ email: 'marie@gmiel.com', source: 'earlier_recipient' }]);
    expect(s.map((x) => x.email)).toEqual(['marie@gmiel.com', 'marie@gmail.com']);
  });
  test('puts first the suggestions an account already uses', () => {
    const s = suggestIntendedEmails('marie@gmial.com', [{ email: 'marie@gmiel.com', source: 'earlier_recipient' }]);
    const ranked = preferExistingAccounts(s, new Map([['marie@gmail.com', 42]]));
    expect(ranked.map((x) => [x.email, x.accountId])).toEqual([
      ['marie@gmail.com', 42],
      ['marie@gmiel.com', null],
    ]);
  });
});
