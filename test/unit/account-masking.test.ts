import { describe, expect, test } from 'vitest';
import type { Role } from '../../server/domain/enums.ts';
import {
  maskEmail,
  maskingFor,
  maskPersonal,
  maskPersonalFields,
  maskPhone,
  maySearchBy,
  mayFilterBy,
  MASKING_POLICY,
  PERSONAL_KINDS,
  treatmentOf,
} from '../../server/domain/accounts/masking.ts';

interface PersonalData {
  email: string | null;
  name: string | null;
  phone: string | null;
}

// docs/ACCOUNTS.md "Masking": support and admin see personal data, finance a masked phone, moderators the account only.
const JEANNE: PersonalData = { email: 'jeanne.martin@gmail.com', name: 'Jeanne Martin', phone: '+33612345678' };
const IDENTITY = { email: 'email', name: 'name', phone: 'phone' } as const;
const seenBy = (...roles: Role[]) => maskPersonalFields({ ...JEANNE }, IDENTITY, roles);

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
    expect(maskPersonalFields({ ...none }, IDENTITY, ['moderator'])).toEqual(none);
    expect(maskPersonalFields({ ...none }, IDENTITY, ['finance'])).toEqual(none);
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

describe('the policy by kind of personal data (server/domain/accounts/masking.ts)', () => {
  test('admin sees every kind as it is', () => {
    for (const kind of PERSONAL_KINDS) expect(treatmentOf(kind, ['admin'])).toBe('shown');
  });
  test('no role is both shown and masked the same kind', () => {
    for (const kind of PERSONAL_KINDS)
      expect(MASKING_POLICY[kind].shown.filter((r) => MASKING_POLICY[kind].masked.includes(r))).toEqual([]);
  });
  test('device ids: support and finance (abuse flags) see them, moderators get nothing', () => {
    expect(maskPersonal('device', 'DEV-1234-ABCD', ['finance'])).toBe('DEV-1234-ABCD');
    expect(maskPersonal('device', 'DEV-1234-ABCD', ['moderator'])).toBeNull();
  });
  test('payment references: no payment data for moderators (docs/PRODUCT.md §1)', () => {
    expect(maskPersonal('payment', 'pi_3QX', ['moderator'])).toBeNull();
    expect(maskPersonal('payment', 'pi_3QX', ['finance'])).toBe('pi_3QX');
  });
  test('a contact (an e-mail or a phone) is treated as the one it is', () => {
    expect(maskPersonal('contact', 'jeanne@orange.fr', ['finance'])).toBe('jeanne@orange.fr');
    expect(maskPersonal('contact', 'jeanne@orange.fr', ['moderator'])).toBe('j•••@orange.fr');
    expect(maskPersonal('contact', '+33612345678', ['finance'])).toBe('+33 6•• •• •• 78');
    expect(maskPersonal('contact', '+33612345678', ['moderator'])).toBeNull();
    expect(maskPersonal('contact', '+33612345678', ['support'])).toBe('+33612345678');
  });
  test('the IP address and browser of a request: admin only', () => {
    for (const role of ['support', 'finance', 'moderator', 'catalog'] as const)
      expect(maskPersonal('network', '203.0.113.7', [role])).toBeNull();
  });
  test('what we wrote to a customer: support and finance', () => {
    expect(maskPersonal('correspondence', 'Bonjour Jeanne', ['moderator'])).toBeNull();
    expect(maskPersonal('correspondence', 'Bonjour Jeanne', ['finance'])).toBe('Bonjour Jeanne');
  });
  test('fields that are not declared personal pass untouched, and the record is not copied when nothing changes', () => {
    const record = { id: 1, email: 'a@b.fr', rating: 5 };
    expect(maskPersonalFields(record, { email: 'email' }, ['support'])).toBe(record);
    expect(maskPersonalFields(record, { email: 'email' }, ['moderator'])).toEqual({ id: 1, email: 'a•••@b.fr', rating: 5 });
  });
});

describe('looking people up by personal data', () => {
  test('a contact of unknown shape is looked up as strictly as the stricter of e-mail and phone', () => {
    expect(treatmentOf('contact', ['finance'])).toBe('masked');
    expect(treatmentOf('contact', ['support'])).toBe('shown');
  });
  test('equality on a masked field is allowed (the reader already knows the value), enumeration is not', () => {
    expect(mayFilterBy('email', ['moderator'], 'equals')).toBe(true);
    expect(mayFilterBy('email', ['moderator'], 'enumerates')).toBe(false);
    expect(mayFilterBy('email', ['support'], 'enumerates')).toBe(true);
  });
  test('a hidden field cannot be used to look anyone up', () => {
    expect(mayFilterBy('phone', ['moderator'], 'equals')).toBe(false);
  });
  test('the search box: a moderator finds an account by its whole e-mail, an id or a referral code, never by a prefix, an ICCID or a payment reference', () => {
    expect(maySearchBy('email', ['moderator'])).toBe(true);
    expect(maySearchBy('account', ['moderator'])).toBe(true);
    expect(maySearchBy('referral_code', ['moderator'])).toBe(true);
    expect(maySearchBy('email_prefix', ['moderator'])).toBe(false);
    expect(maySearchBy('iccid', ['moderator'])).toBe(false);
    expect(maySearchBy('payment_reference', ['moderator'])).toBe(false);
  });
  test('support searches by everything', () => {
    for (const kind of ['email', 'email_prefix', 'iccid', 'order', 'payment_reference', 'referral_code', 'account'] as const)
      expect(maySearchBy(kind, ['support'])).toBe(true);
  });
});
