import { describe, expect, test } from 'vitest';
import { isDisposableEmail } from '../../server/domain/accounts/disposable.ts';

// GCS §5.3.3.1: no temporary or single-use e-mail address for a promotional offer (the `disposable-email-domains` list).
describe('temporary e-mail addresses', () => {
  test.each(['lea@mailinator.com', 'lea@yopmail.com', 'lea@guerrillamail.com'])('%s is disposable', (email) => {
    expect(isDisposableEmail(email)).toBe(true);
  });
  test.each(['jeanne.martin@gmail.com', 'julien@orange.fr', 'sophie.bernard@outlook.fr'])('%s is an ordinary mailbox', (email) => {
    expect(isDisposableEmail(email)).toBe(false);
  });
  test('the domain is compared case-insensitively', () => {
    expect(isDisposableEmail('Lea@MAILINATOR.Com')).toBe(true);
  });
  test('spaces around the address do not hide the domain', () => {
    expect(isDisposableEmail('  lea@yopmail.com  ')).toBe(true);
  });
  test('a subdomain of a listed domain is disposable too', () => {
    expect(isDisposableEmail('lea@inbox.mailinator.com')).toBe(true);
  });
  test('a listed name inside another domain is not enough: mailinator.com.example.org is not listed', () => {
    expect(isDisposableEmail('lea@mailinator.com.example.org')).toBe(false);
  });
  test('a top-level domain alone never matches', () => {
    expect(isDisposableEmail('lea@com')).toBe(false);
  });
  test('something without a domain is not called disposable', () => {
    expect(isDisposableEmail('lea')).toBe(false);
    expect(isDisposableEmail('')).toBe(false);
  });
});
