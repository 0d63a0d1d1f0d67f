import { describe, expect, test } from 'vitest';
import { searchKinds, type SearchKind } from '../../server/domain/accounts/search.ts';

// docs/ACCOUNTS.md "Search": one box for an e-mail or its start, an ICCID or its last digits, an order,
// a payment reference, a referral code, an account id. What was typed decides where the server looks.
const kinds = (q: string): SearchKind[] => searchKinds(q).map((k) => k.kind);
const valueFor = (q: string, kind: SearchKind) => searchKinds(q).find((k) => k.kind === kind)?.value;

describe('e-mails', () => {
  test('a whole e-mail is looked up as that e-mail, and only as that', () => {
    expect(searchKinds('jeanne.martin@gmail.com')).toEqual([{ kind: 'email', value: 'jeanne.martin@gmail.com' }]);
  });
  test('e-mails are compared lower-cased and trimmed', () => {
    expect(searchKinds('  Jeanne.MARTIN@Gmail.com ')).toEqual([{ kind: 'email', value: 'jeanne.martin@gmail.com' }]);
  });
  test('the start of an e-mail with its @ is a prefix', () => {
    expect(searchKinds('jeanne.martin@gm')).toEqual([{ kind: 'email_prefix', value: 'jeanne.martin@gm' }]);
  });
  test('the start of an e-mail without its @ is a prefix', () => {
    expect(kinds('jeanne.mar')).toEqual(['email_prefix']);
    expect(valueFor('Jeanne.Mar', 'email_prefix')).toBe('jeanne.mar');
  });
  test('an e-mail prefix needs three characters', () => {
    expect(kinds('jea')).toEqual(['email_prefix']);
    expect(kinds('je')).toEqual([]);
  });
  test('plus, dot, dash and underscore belong to an e-mail prefix', () => {
    expect(kinds('j.m+trip_1-a')).toEqual(['email_prefix']);
  });
  test('a word that could be a code is also tried as an e-mail prefix, after the code', () => {
    expect(kinds('sophie')).toEqual(['payment_reference', 'referral_code', 'email_prefix']);
  });
});

describe('ICCIDs', () => {
  test('a whole 19-digit ICCID is an ICCID', () => {
    expect(searchKinds('8933150123456789012')[0]).toEqual({ kind: 'iccid', value: '8933150123456789012' });
  });
  test('an ICCID read out in groups is compacted', () => {
    expect(valueFor('8933 1501 2345 6789 012', 'iccid')).toBe('8933150123456789012');
  });
  test('the last six digits of an ICCID are enough', () => {
    expect(valueFor('789012', 'iccid')).toBe('789012');
  });
  test('five digits are too few for an ICCID (an order or account number instead)', () => {
    expect(kinds('89012')).toEqual(['order', 'account', 'email_prefix']);
  });
  test('more than 22 digits is not an ICCID', () => {
    expect(kinds('8'.repeat(23))).not.toContain('iccid');
  });
  test('an ICCID comes first: it is the most specific', () => {
    expect(kinds('123456')[0]).toBe('iccid');
  });
});

describe('orders and accounts', () => {
  test('#123 is order 123 (and account 123)', () => {
    expect(searchKinds('#123')).toEqual([
      { kind: 'order', value: '123' },
      { kind: 'account', value: '123' },
    ]);
  });
  test('123 is order 123 or account 123', () => {
    expect(kinds('123')).toEqual(['order', 'account', 'email_prefix']);
    expect(valueFor('123', 'account')).toBe('123');
  });
  test('#5 is short enough: an order number may have one digit', () => {
    expect(searchKinds('#5')).toEqual([
      { kind: 'order', value: '5' },
      { kind: 'account', value: '5' },
    ]);
  });
  test('an order number has at most ten digits', () => {
    expect(kinds('#12345678901')).toEqual([]);
  });
  test('one character is too short to search', () => {
    expect(searchKinds('5')).toEqual([]);
    expect(searchKinds(' j ')).toEqual([]);
  });
});

describe('payment references and referral codes', () => {
  test('a card payment reference is looked up as typed', () => {
    expect(searchKinds('pi_3AbC123xyz')).toContainEqual({ kind: 'payment_reference', value: 'pi_3AbC123xyz' });
  });
  test('a Flying Blue reference with its dash is a payment reference', () => {
    expect(valueFor('FB-123456789012', 'payment_reference')).toBe('FB-123456789012');
  });
  test('a payment reference needs six characters', () => {
    expect(kinds('pi_3A')).not.toContain('payment_reference');
  });
  test('a referral code is looked up upper-cased', () => {
    expect(valueFor('julienab12', 'referral_code')).toBe('JULIENAB12');
  });
  test('a referral code has 6 to 20 letters and digits', () => {
    expect(kinds('LEA4X')).not.toContain('referral_code');
    expect(kinds('LEA4XY')).toContain('referral_code');
    expect(kinds('A'.repeat(21))).not.toContain('referral_code');
  });
  test('a reference with an underscore or a dash is not a referral code', () => {
    expect(kinds('pi_3AbC123xyz')).not.toContain('referral_code');
  });
  test('nothing with an @ is tried as a reference or code', () => {
    expect(kinds('julien@ab12')).toEqual(['email_prefix']);
  });
});
