// docs/RULES.md "SMS": encoding and segments before sending, receipts only moving forward, STOP/START words.
import { describe, expect, test } from 'vitest';
import { alertDestination } from '../../server/domain/accounts/alerts.ts';
import { deliveryStatusOf, nextDeliveryStatus, optOutKeyword, smsParts } from '../../server/domain/messages/sms.ts';

describe('encoding and segments', () => {
  test('GSM-7: French accents of the basic set (é, è, à, ù) stay GSM-7, one septet each', () => {
    expect(smsParts('Kolet : vous avez utilisé 90 % de votre forfait. Il reste 500 MB.')).toMatchObject({ encoding: 'gsm7', segments: 1 });
    expect(smsParts('éèàù')).toEqual({ encoding: 'gsm7', units: 4, segments: 1 });
  });
  test('GSM-7: an extension character (€, brackets, braces, ^, ~, backslash, bar) counts double', () => {
    expect(smsParts('10 €')).toEqual({ encoding: 'gsm7', units: 5, segments: 1 });
    expect(smsParts('{x}')).toEqual({ encoding: 'gsm7', units: 5, segments: 1 });
  });
  test('GSM-7: 160 septets are one segment, 161 are two of 153', () => {
    expect(smsParts('a'.repeat(160)).segments).toBe(1);
    expect(smsParts('a'.repeat(161)).segments).toBe(2);
    expect(smsParts('a'.repeat(306)).segments).toBe(2);
    expect(smsParts('a'.repeat(307)).segments).toBe(3);
  });
  test('GSM-7: 80 euro signs are 160 septets (one segment); 81 are two', () => {
    expect(smsParts('€'.repeat(80))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsParts('€'.repeat(81)).segments).toBe(2);
  });
  test('GSM-7: an extension character is never split across two segments', () => {
    // 152 septets then "€" (2): 154 > 153, so the euro sign opens the second segment.
    expect(smsParts(`${'a'.repeat(152)}€${'a'.repeat(10)}`).segments).toBe(2);
    expect(smsParts(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3);
  });
  test('UCS-2: one character outside GSM-7 (ç, ê, an emoji) makes the whole text UCS-2', () => {
    expect(smsParts('Reçu').encoding).toBe('ucs2');
    expect(smsParts('forêt').encoding).toBe('ucs2');
    expect(smsParts('ok 👍')).toEqual({ encoding: 'ucs2', units: 5, segments: 1 });
  });
  test('UCS-2: 70 units are one segment, 71 are two of 67', () => {
    expect(smsParts('ê'.repeat(70)).segments).toBe(1);
    expect(smsParts('ê'.repeat(71)).segments).toBe(2);
    expect(smsParts('ê'.repeat(134)).segments).toBe(2);
    expect(smsParts('ê'.repeat(135)).segments).toBe(3);
  });
  test('UCS-2: an emoji takes two units and is never split', () => {
    expect(smsParts('👍'.repeat(35))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsParts(`${'ê'.repeat(66)}👍${'ê'.repeat(5)}`).segments).toBe(2);
  });
  test('an empty text is one segment', () => {
    expect(smsParts('')).toEqual({ encoding: 'gsm7', units: 0, segments: 1 });
  });
});

describe('delivery receipts', () => {
  test("the provider's statuses in ours", () => {
    expect(
      ['accepted', 'queued', 'sending', 'sent', 'delivered', 'read', 'undelivered', 'failed', 'canceled'].map(deliveryStatusOf),
    ).toEqual(['queued', 'queued', 'queued', 'sent', 'delivered', 'delivered', 'undelivered', 'failed', 'failed']);
    expect(deliveryStatusOf('whatever')).toBeNull();
  });
  test('a late "sent" never overwrites "delivered"', () => {
    expect(nextDeliveryStatus('delivered', 'sent')).toBeNull();
    expect(nextDeliveryStatus('delivered', 'queued')).toBeNull();
  });
  test('a replayed receipt changes nothing', () => {
    expect(nextDeliveryStatus('sent', 'sent')).toBeNull();
    expect(nextDeliveryStatus('delivered', 'delivered')).toBeNull();
  });
  test('forward moves apply: queued → sent → delivered, or straight to an outcome', () => {
    expect(nextDeliveryStatus(null, 'sent')).toBe('sent');
    expect(nextDeliveryStatus('queued', 'sent')).toBe('sent');
    expect(nextDeliveryStatus('sent', 'delivered')).toBe('delivered');
    expect(nextDeliveryStatus('queued', 'undelivered')).toBe('undelivered');
  });
  test('the first outcome is final: a failed message is not later delivered, nor the reverse', () => {
    expect(nextDeliveryStatus('failed', 'delivered')).toBeNull();
    expect(nextDeliveryStatus('delivered', 'failed')).toBeNull();
    expect(nextDeliveryStatus('undelivered', 'failed')).toBeNull();
  });
});

describe('STOP and START', () => {
  test('STOP, ARRET (with or without accent, any case, a full stop) opt out', () => {
    for (const w of ['STOP', 'stop', ' Stop. ', 'ARRET', 'arrêt', 'STOPALL']) expect(optOutKeyword(w)).toBe('stop');
  });
  test('START opts back in', () => {
    expect(optOutKeyword('start')).toBe('start');
    expect(optOutKeyword('START')).toBe('start');
  });
  test('a sentence is a message, not an opt-out', () => {
    expect(optOutKeyword('please stop my plan')).toBeNull();
    expect(optOutKeyword('')).toBeNull();
  });
});

describe('a second number or address (seed 002)', () => {
  test('an SMS destination is stored in E.164; an e-mail lower-cased; the wrong kind is invalid', () => {
    expect(alertDestination('sms', '06 12 34 56 78')).toEqual({ value: '+33612345678' });
    expect(alertDestination('email', ' Mum@Example.COM ')).toEqual({ value: 'mum@example.com' });
    expect(alertDestination('sms', 'mum@example.com')).toBe('invalid');
    expect(alertDestination('email', '+33612345678')).toBe('invalid');
    expect(alertDestination('sms', null)).toEqual({ value: null });
  });
});
