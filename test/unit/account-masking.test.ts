import { describe, expect, test } from 'vitest';
import { applyMasking, maskEmail, maskingFor, maskPhone, type PersonalData } from '../../server/domain/accounts/masking.ts';

// docs/ACCOUNTS.md "Masking": support and admin see personal data, finance a masked phone, moderators the account only.
const JEANNE: PersonalData = { email: 'jeanne.martin@gmail.com', name: 'Jeanne Martin', phone: '+33612345678' };
const seenBy = (...roles: Parameters<typeof maskingFor>[0]) => applyMasking(JEANNE, maskingFor(roles));

describe('who sees what of a customer', () => {
  test('support sees the e-mail, the name and the phone as they are', () => {
    expect(seenBy('support')).toEqual(JEANNE);
  });
  test('admin sees the e-mail, the name and the phone as they are', () => {
    expect(seenBy('admin')).toEqual(JEANNE);
  });
  test('finance sees the e-mail and the name', () => {
    expect(seenBy('finance')).toMatchObject({ email: JEANNE.email, name: JEANNE.name });
  });
  test('finance sees a masked phone: +33 6•• •• •• 78', () => {
    expect(seenBy('finance').phone).toBe('+33 6•• •• •• 78');
  });
  test('a moderator sees a masked e-mail, no name and no phone', () => {
    expect(seenBy('moderator')).toEqual({ email: 'j•••@gmail.com', name: null, phone: null });
  });
  test('a catalog manager, who has no business with customers, sees nothing personal', () => {
    expect(seenBy('catalog')).toEqual({ email: 'j•••@gmail.com', name: null, phone: null });
  });
  test('the least masked of several roles applies: finance and moderator sees what finance sees', () => {
    expect(seenBy('moderator', 'finance')).toEqual(seenBy('finance'));
  });
  test('support with another role still sees everything', () => {
    expect(seenBy('catalog', 'support')).toEqual(JEANNE);
  });
  test('the console is told which fields it shows masked', () => {
    expect(maskingFor(['support'])).toEqual({ email: false, name: false, phone: false });
    expect(maskingFor(['finance'])).toEqual({ email: false, name: false, phone: true });
    expect(maskingFor(['moderator'])).toEqual({ email: true, name: true, phone: true });
  });
  test('a missing e-mail or phone stays missing, masked or not (a deactivated account)', () => {
    const none: PersonalData = { email: null, name: null, phone: null };
    expect(applyMasking(none, maskingFor(['moderator']))).toEqual(none);
    expect(applyMasking(none, maskingFor(['finance']))).toEqual(none);
  });
});

describe('a masked e-mail: the first letter and the domain', () => {
  test('jeanne.martin@gmail.com becomes j•••@gmail.com', () => {
    expect(maskEmail('jeanne.martin@gmail.com')).toBe('j•••@gmail.com');
  });
  test('a one-letter local part keeps the letter and hides its length', () => {
    expect(maskEmail('j@orange.fr')).toBe('j•••@orange.fr');
  });
  test('the domain is cut at the last @ (a quoted local part may hold one)', () => {
    expect(maskEmail('"a@b"@free.fr')).toBe('"•••@free.fr');
  });
  test('something that is not an e-mail shows nothing of itself', () => {
    expect(maskEmail('jeanne')).toBe('•••');
    expect(maskEmail('@gmail.com')).toBe('•••');
  });
});

describe('a masked phone: enough to confirm with the caller, not to call', () => {
  test('a French mobile keeps its country code, first digit and last two digits', () => {
    expect(maskPhone('+33612345678')).toBe('+33 6•• •• •• 78');
  });
  test('spaces and dots in the stored number do not matter', () => {
    expect(maskPhone(' +33 6 12.34.56.78 ')).toBe('+33 6•• •• •• 78');
  });
  test('a British mobile: +44 7•• •• •• 89', () => {
    expect(maskPhone('+447123456789')).toBe('+44 7•• •• •• 89');
  });
  test('a national number keeps its first digit and last two', () => {
    expect(maskPhone('06 12 34 56 78')).toBe('0•• •• •• 78');
  });
  test('never more than five digits of a number are shown', () => {
    const shown = maskPhone('+33612345678').replace(/\D/g, '');
    expect(shown).toBe('33678');
  });
  test('a number under four digits shows none of them', () => {
    expect(maskPhone('123')).toBe('••');
    expect(maskPhone('')).toBe('••');
  });
});
