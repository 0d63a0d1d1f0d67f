import { describe, expect, test } from 'vitest';
import { complaintMoveRefusal, OPEN_COMPLAINT_STATUSES } from '../../server/domain/complaints/complaintStates.ts';
import { complaintDueAt, foreignLink, mediatorDetailsSet } from '../../server/domain/complaints/complaintRules.ts';
import { noticeProblem, noticeText, type NoticeDraft } from '../../server/domain/notices/noticeRules.ts';

describe('customer complaints (GCU §14, GCS §14, §18)', () => {
  test('answered by the end of the Paris day, complaint_answer_days after receipt', () => {
    // 7 December 2026, 23:30 in Paris is already the 8th: due on 7 January at 23:59:59 Paris (22:59:59 UTC).
    expect(complaintDueAt(new Date('2026-12-07T23:30:00Z'), 30).toISOString()).toBe('2027-01-07T22:59:59.000Z');
    expect(complaintDueAt(new Date('2026-06-01T08:00:00Z'), 30).toISOString()).toBe('2026-07-01T21:59:59.000Z');
  });
  test('linked only to an order, refund or transfer of the same customer (a transfer they sent or received)', () => {
    expect(foreignLink(1, { order: { account_id: 1 }, refund: { account_id: 1 } })).toBeNull();
    expect(foreignLink(1, { order: { account_id: 2 } })).toBe('orderId');
    expect(foreignLink(1, { refund: { account_id: 2 } })).toBe('refundId');
    expect(foreignLink(1, { transfer: { sender_account_id: 2, recipient_account_id: 1 } })).toBeNull();
    expect(foreignLink(1, { transfer: { sender_account_id: 2, recipient_account_id: 3 } })).toBe('transferId');
  });
  test('the mediator is sent only after an answer, once; open complaints are the unanswered ones', () => {
    expect(OPEN_COMPLAINT_STATUSES).toEqual(['acknowledged', 'in_progress']);
    expect(complaintMoveRefusal('refer_mediator', 'answered')).toBeNull();
    expect(complaintMoveRefusal('refer_mediator', 'acknowledged')?.code).toBe('complaint_not_answered');
    expect(complaintMoveRefusal('refer_mediator', 'referred_to_mediator')?.code).toBe('complaint_not_answered');
    expect(complaintMoveRefusal('answer', 'answered')?.code).toBe('complaint_already_answered');
  });
  test("the mediator's details must be written before they are sent", () => {
    expect(mediatorDetailsSet('')).toBe(false);
    expect(mediatorDetailsSet('Médiateur X, 1 rue Y, 75001 Paris')).toBe(true);
  });
});

const draft = (over: Partial<NoticeDraft> = {}): NoticeDraft => ({
  kind: 'other',
  subjectFr: 'Objet',
  bodyFr: 'Texte',
  subjectEn: 'Subject',
  bodyEn: 'Text',
  audience: 'all_active',
  ...over,
});
const NOW = new Date('2026-12-07T10:00:00Z');

describe('notices to customers (GCU §10.1, GCS §10.2)', () => {
  test('written in French and in English: an empty text in either is refused', () => {
    expect(noticeProblem(draft(), NOW, 30)).toBeNull();
    expect(noticeProblem(draft({ bodyFr: '  ' }), NOW, 30)).toMatchObject({ field: 'bodyFr', code: 'notice_text_missing' });
    expect(noticeProblem(draft({ subjectEn: '' }), NOW, 30)).toMatchObject({ field: 'subjectEn' });
  });
  test('a change of the terms takes effect at least 30 days after it is announced', () => {
    expect(noticeProblem(draft({ kind: 'terms_change' }), NOW, 30)?.code).toBe('notice_effective_date_missing');
    expect(noticeProblem(draft({ kind: 'terms_change', effectiveOn: '2027-01-05' }), NOW, 30)?.code).toBe('notice_too_late');
    expect(noticeProblem(draft({ kind: 'terms_change', effectiveOn: '2027-01-06' }), NOW, 30)).toBeNull();
  });
  test('an interruption date is not in the past; the country audience names a country', () => {
    expect(noticeProblem(draft({ kind: 'interruption', effectiveOn: '2026-12-06' }), NOW, 30)?.code).toBe('notice_date_past');
    expect(noticeProblem(draft({ kind: 'interruption', effectiveOn: '2026-12-07' }), NOW, 30)).toBeNull();
    expect(noticeProblem(draft({ audience: 'active_plan_country' }), NOW, 30)?.code).toBe('notice_country_missing');
    expect(noticeProblem(draft({ audience: 'active_plan_country', country: 'JP' }), NOW, 30)).toBeNull();
  });
  test('each customer reads it in their language; a terms change says when and that they may terminate within 30 days', () => {
    expect(noticeText(draft(), 'en')).toEqual({ subject: 'Subject', body: 'Text' });
    expect(noticeText(draft(), 'fr').subject).toBe('Objet');
    const terms = noticeText(draft({ kind: 'terms_change', effectiveOn: '2027-02-01' }), 'fr').body;
    expect(terms).toContain('2027-02-01');
    expect(terms).toContain('30 jours');
  });
});
